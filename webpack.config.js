// Policy Tables web build: one shared-runtime page (taskpane.html) that loads office.js, the
// custom functions, the ribbon commands and the task pane.
//
//   npm run build                                    production build into dist/
//   npm run build -- --env url=https://host/path/    ... with dist/manifest.xml for that host
//   npm start                                        dev server (src/cli/start.ts)
//
// Env options: url (deployment URL, production), data (dataset folder, default dist/data),
// http (dev server without TLS), port (dev server, default 3000), certs (folder holding
// localhost.crt/localhost.key/ca.crt, default ~/.office-addin-dev-certs).
const crypto = require("node:crypto");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { URL } = require("node:url");
const zlib = require("node:zlib");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const DEV_ORIGIN = "https://localhost:3000";
const DEV_URL = `${DEV_ORIGIN}/`;
/** Placeholder host for a production build given no --env url; validation accepts it, Office cannot load it. */
const SAMPLE_URL = "https://example.com/policy-tables/";
const OUT = path.resolve(__dirname, "dist");
const OFFICE_JS = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

/**
 * One policy for every page, sent as a <meta> tag (works on any static host) and as a header by
 * the dev server. No 'unsafe-eval': production bundles and source maps must not need eval.
 * 'unsafe-inline' styles: Fluent UI (Griffel) inserts its CSS rules into <style> elements.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  // office.js frames Office's telemetry proxy 3 s after it loads, inside Excel and out.
  "frame-src https://telemetryservice.firstpartyapps.oaspapps.com",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/**
 * The Cache-Control a host sends for a path of the build. A name carrying its content's hash
 * (webpack's chunks, `name.1a2b3c4d.js`; the dataset's pieces, `name.<16 hex>.json|txt`) never
 * changes content, so browsers keep it a year without asking again; every other name (the page,
 * the entry scripts, functions.json, catalog.json, dataset.json, icons) may change under the same
 * name, so it is revalidated on each use (ETag, a 304 when unchanged).
 */
const IMMUTABLE = "public, max-age=31536000, immutable";
const REVALIDATE = "no-cache";
function cacheControlFor(pathname) {
  return /\.[0-9a-f]{8,64}\.[a-z]+(\.map)?$/.test(pathname) ? IMMUTABLE : REVALIDATE;
}

/** The deployment URL for dist/manifest.xml: https, ending with "/". */
function deploymentUrl(env, production) {
  if (!production) return DEV_URL;
  const raw = env.url ?? SAMPLE_URL;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`--env url=${raw} is not an absolute URL; expected e.g. https://host/path/`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`--env url=${raw} must use https: Office loads add-ins only over https.`);
  }
  if (!env.url) {
    console.warn(
      `\nNo --env url given: dist/manifest.xml points at the placeholder ${SAMPLE_URL}.\n` +
        "Rebuild with `npm run build -- --env url=https://your.host/path/` before deploying.\n",
    );
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

function rewriteManifest(xml, url) {
  const origin = new URL(url).origin;
  return xml.split(DEV_URL).join(url).split(DEV_ORIGIN).join(origin);
}

/** Dev server TLS from office-addin-dev-certs, or plain http when asked or when none exist. */
function devServerTransport(env) {
  if (env.http) return "http";
  const dir = env.certs ?? path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  const missing = Object.values(files).filter((f) => !fs.existsSync(path.join(dir, f)));
  if (missing.length) {
    console.warn(
      `No development certificates in ${dir} (missing ${missing.join(", ")}): serving plain http.\n` +
        "Excel needs https; run `npm start`, which creates them, or `npx office-addin-dev-certs install`.",
    );
    return "http";
  }
  const options = {};
  for (const [key, file] of Object.entries(files)) {
    options[key] = fs.readFileSync(path.join(dir, file));
  }
  return { type: "https", options };
}

/** Prints raw and gzip sizes of the JavaScript each entry loads up front. */
class BundleSizeReport {
  apply(compiler) {
    const { Compilation } = compiler.webpack;
    let lines = [];
    compiler.hooks.thisCompilation.tap("BundleSizeReport", (compilation) => {
      const stage = Compilation.PROCESS_ASSETS_STAGE_REPORT;
      compilation.hooks.processAssets.tap({ name: "BundleSizeReport", stage }, () => {
        const kib = (n) => `${(n / 1024).toFixed(1)} KiB`.padStart(10);
        lines = ["Bundle sizes (JavaScript each entry loads at start; office.js not included):"];
        for (const [name, entry] of compilation.entrypoints) {
          let raw = 0;
          let gzip = 0;
          for (const file of entry.getFiles().filter((f) => f.endsWith(".js"))) {
            const buffer = compilation.getAsset(file).source.buffer();
            raw += buffer.length;
            gzip += zlib.gzipSync(buffer, { level: 9 }).length;
          }
          lines.push(`  ${name.padEnd(10)} ${kib(raw)} raw ${kib(gzip)} gzip`);
        }
      });
    });
    compiler.hooks.done.tap("BundleSizeReport", (stats) => {
      if (!stats.hasErrors() && lines.length) console.log(lines.join("\n"));
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const production = (argv.mode ?? process.env.NODE_ENV) === "production";
  const serving = Boolean(process.env.WEBPACK_SERVE) || Boolean(env.serve);
  const url = deploymentUrl(env, production);
  const dataDir = path.resolve(env.data ?? path.join(OUT, "data"));
  if (!fs.existsSync(path.join(dataDir, "dataset.json"))) {
    throw new Error(
      `No dataset at ${path.join(dataDir, "dataset.json")}: run \`npm run dataset\` first.`,
    );
  }

  // The pane accepts this dataset by its content hash instead of validating it before the first
  // paint (src/functions/verifyDataset.ts); `npm run dataset` validated it when it wrote it.
  const shipped = JSON.parse(fs.readFileSync(path.join(dataDir, "dataset.json"), "utf8"));
  const shippedIdentity = { version: shipped.version, contentHash: shipped.contentHash };
  // The catalog lists every piece's sha256: a catalog with these bytes proves its pieces too
  // (src/functions/checkedPieces.ts).
  const catalogFile = path.join(dataDir, "catalog.json");
  const shippedCatalogSha256 = fs.existsSync(catalogFile)
    ? crypto.createHash("sha256").update(fs.readFileSync(catalogFile)).digest("hex")
    : null;

  const copies = [
    { from: "assets/*.png", to: "assets/[name][ext]" },
    {
      from: "manifest.xml",
      to: "manifest.xml",
      transform: (content) => (production ? rewriteManifest(content.toString(), url) : content),
    },
  ];
  if (!serving) {
    // The dev server serves these two folders in place (see devServer.static) instead.
    copies.push({ from: OFFICE_JS, to: "office-js", info: { minimized: true } });
    if (dataDir !== path.join(OUT, "data")) copies.push({ from: dataDir, to: "data" });
  }

  return {
    mode: production ? "production" : "development",
    // Source maps without eval, so the CSP needs no 'unsafe-eval' in either mode.
    devtool: production ? "source-map" : "cheap-module-source-map",
    entry: {
      // functions.js keeps its own file: the manifest names it (Functions.Script.Url).
      functions: "./src/functions/functions.ts",
      // The ribbon commands ride in taskpane.js: a file of their own was one more request and
      // a second copy of the error module before the Catalog.
      taskpane: ["./src/commands/commands.ts", "./src/taskpane/index.tsx"],
    },
    output: {
      path: OUT,
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      publicPath: "auto",
      // dist/data/ belongs to `npm run dataset`; a build replaces everything else.
      clean: { keep: (asset) => asset === "data" || asset.startsWith("data/") },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: {
            // tsc --noEmit type-checks separately; ES modules let webpack tree-shake Fluent UI.
            transpileOnly: true,
            compilerOptions: { module: "esnext", noEmit: false, sourceMap: true },
          },
        },
      ],
    },
    optimization: {
      // One webpack runtime for the three entries: they share module instances (one dataset).
      runtimeChunk: "single",
    },
    performance: { hints: false },
    stats: serving ? "errors-warnings" : "normal",
    plugins: [
      new webpack.DefinePlugin({
        SHIPPED_DATASET: JSON.stringify(shippedIdentity),
        SHIPPED_CATALOG_SHA256: JSON.stringify(shippedCatalogSha256),
      }),
      new CustomFunctionsMetadataPlugin({
        input: "./src/functions/functions.ts",
        output: "functions.json",
      }),
      new HtmlWebpackPlugin({
        template: "./src/taskpane/taskpane.html",
        filename: "taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        csp: CSP,
      }),
      new CopyWebpackPlugin({ patterns: copies }),
      ...(production ? [new BundleSizeReport()] : []),
    ],
    devServer: {
      host: "localhost",
      port: Number(env.port ?? 3000),
      server: serving ? devServerTransport(env) : "http",
      // No Access-Control-Allow-Origin: the pane, the functions and the commands share this
      // origin, and a wildcard would let any web page the developer visits read the dataset.
      // Each response gets its Cache-Control by name (cacheControlFor); the static folders and
      // webpack-dev-middleware keep a Cache-Control already set and add their ETag.
      headers: (req) => ({
        "Content-Security-Policy": CSP,
        "Cache-Control": cacheControlFor(new URL(req.url, DEV_ORIGIN).pathname),
      }),
      // serveIndex off: a folder URL is a 404, not a listing of what the folder holds.
      static: [
        { directory: OFFICE_JS, publicPath: "/office-js", watch: false, serveIndex: false },
        { directory: dataDir, publicPath: "/data", watch: true, serveIndex: false },
      ],
      hot: false,
      liveReload: true,
      client: { overlay: { errors: true, warnings: false }, logging: "warn" },
      devMiddleware: { writeToDisk: false, etag: "strong" },
    },
  };
};

module.exports.CSP = CSP;
module.exports.cacheControlFor = cacheControlFor;
module.exports.DEV_URL = DEV_URL;
module.exports.SAMPLE_URL = SAMPLE_URL;
module.exports.rewriteManifest = rewriteManifest;
