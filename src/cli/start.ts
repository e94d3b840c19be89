import { spawnSync } from "node:child_process";
import { X509Certificate } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir, platform } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import webpack, { type Configuration } from "webpack";
import WebpackDevServer from "webpack-dev-server";

const ROOT = resolve(__dirname, "../..");
export const DEFAULT_PID_FILE = join(ROOT, ".tmp/dev-server.pid");
const CERT_DIR = join(homedir(), ".office-addin-dev-certs");
const CERT_FILES = ["localhost.crt", "localhost.key", "ca.crt"];

/** What the pid file records, so `npm stop` (and a second `npm start`) find the server. */
export interface PidFile {
  pid: number;
  url: string;
}

type MakeConfig = (
  env: Record<string, unknown>,
  argv: { mode: string },
) => Configuration & { devServer: WebpackDevServer.Configuration };

const USAGE = `usage: npm start [-- --http] [--port N] [--data DIR] [--pid-file FILE]
  --http       serve plain http (headless tests; Excel itself needs https)
  --port N     port (default 3000; manifest.xml names 3000)
  --data DIR   folder holding dataset.json (default dist/data, built by npm run dataset if missing)
  --pid-file   where to record the server's pid (default .tmp/dev-server.pid)`;

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function readPidFile(file: string): PidFile | null {
  if (!existsSync(file)) return null;
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8")) as PidFile;
    return Number.isInteger(parsed.pid) ? parsed : null;
  } catch {
    return null;
  }
}

function fail(message: string): never {
  console.error(`npm start: ${message}`);
  process.exit(1);
}

function ensureDataset(dataDir: string | undefined): string {
  if (dataDir) {
    const dir = resolve(dataDir);
    if (!existsSync(join(dir, "dataset.json"))) fail(`--data ${dir} holds no dataset.json.`);
    return dir;
  }
  const dir = join(ROOT, "dist/data");
  if (!existsSync(join(dir, "dataset.json"))) {
    console.log("No dist/data/dataset.json yet: building it with `npm run dataset`…");
    const run = spawnSync("npm", ["run", "-s", "dataset"], { cwd: ROOT, stdio: "inherit" });
    if (run.status !== 0 || !existsSync(join(dir, "dataset.json"))) {
      fail("`npm run dataset` did not produce dist/data/dataset.json; fix the error above.");
    }
  }
  return dir;
}

/** True when https certificates are ready; creates them with office-addin-dev-certs if needed. */
async function ensureCertificates(): Promise<boolean> {
  const missing = () => CERT_FILES.filter((f) => !existsSync(join(CERT_DIR, f)));
  const expired = () => {
    const pem = readFileSync(join(CERT_DIR, "localhost.crt"));
    return new Date(new X509Certificate(pem).validTo).getTime() < Date.now() + 60_000;
  };
  if (missing().length === 0 && !expired()) return true;
  // office-addin-dev-certs makes certificates valid for 30 days; browsers reject expired ones.
  console.log(`Creating development certificates in ${CERT_DIR} (office-addin-dev-certs)…`);
  try {
    const { generateCertificates } = await import("office-addin-dev-certs");
    await generateCertificates();
  } catch (error) {
    console.warn(`Could not create certificates: ${(error as Error).message}`);
  }
  if (missing().length === 0) return true;
  console.warn(
    `\nFalling back to plain http: ${CERT_DIR} lacks ${missing().join(", ")}.\n` +
      "Excel loads add-ins only over https, so sideloading will not work until\n" +
      "`npx office-addin-dev-certs install` succeeds. The browser preview works over http.\n",
  );
  return false;
}

export function sideloadInstructions(manifest: string, previewUrl: string, os: string): string {
  const linux = os !== "win32" && os !== "darwin";
  return `
Policy Tables dev server is running.

  Manifest:         ${manifest}
  Browser preview:  ${previewUrl}
  Stop it with:     npm stop

Sideload the manifest (the server must keep running):

  Excel on the web
    1. Open ${previewUrl} once in the same browser and accept the certificate.
    2. Open a workbook at https://www.office.com, then Home > Add-ins > More Add-ins
       (or Insert > Add-ins), choose "Upload My Add-in", pick manifest.xml, Upload.
    3. Home tab > Policy Tables group > "Open Policy Tables".

  Excel on Windows
    1. Trust the certificate once: npx office-addin-dev-certs install
    2. Share a folder holding manifest.xml (e.g. \\\\MYPC\\addins), add that path under
       File > Options > Trust Center > Trust Center Settings > Trusted Add-in Catalogs,
       tick "Show in Menu", restart Excel.
    3. Home > Add-ins > More Add-ins > SHARED FOLDER > Policy Tables > Add.
    (Or let Office's tool do it: npx office-addin-debugging start manifest.xml desktop)

  Excel on Mac
    1. Trust the certificate once: npx office-addin-dev-certs install
    2. Copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/
       (create the wef folder if needed), then restart Excel.
    3. Home > Add-ins (My Add-ins menu) > Policy Tables.
${
  linux
    ? `
  On Linux there is no desktop Excel and Office's sideloading tool does not run, so
  sideload by hand in Excel on the web (steps above).
`
    : ""
}`;
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      options: {
        http: { type: "boolean", default: false },
        port: { type: "string", default: "3000" },
        data: { type: "string" },
        "pid-file": { type: "string", default: DEFAULT_PID_FILE },
        help: { type: "boolean", default: false },
      },
    }).values;
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(args.port);
  if (!Number.isInteger(port) || port <= 0 || port > 65535)
    fail(`--port ${args.port} is not a port.`);
  const pidFile = resolve(args["pid-file"]);
  const running = readPidFile(pidFile);
  if (running && isRunning(running.pid)) {
    fail(
      `a dev server is already running (pid ${running.pid}, ${running.url}); run npm stop first.`,
    );
  }

  const dataDir = ensureDataset(args.data);
  const https = args.http ? false : await ensureCertificates();
  const load = createRequire(__filename);
  const makeConfig = load(join(ROOT, "webpack.config.js")) as MakeConfig;
  const env = { serve: true, http: !https, port, data: dataDir };
  const config = makeConfig(env, { mode: "development" });
  const compiler = webpack(config);
  const server = new WebpackDevServer(config.devServer, compiler);

  const base = `${https ? "https" : "http"}://localhost:${port}/`;
  const firstBuild = new Promise<void>((done) => compiler.hooks.done.tap("start", () => done()));
  await server.start();
  mkdirSync(dirname(pidFile), { recursive: true });
  writeFileSync(pidFile, JSON.stringify({ pid: process.pid, url: base } satisfies PidFile));

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    if (readPidFile(pidFile)?.pid === process.pid) rmSync(pidFile, { force: true });
    console.log("Policy Tables dev server stopped.");
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);

  await firstBuild;
  await new Promise((r) => setImmediate(r)); // after webpack's own build summary
  const manifest = relative(process.cwd(), join(ROOT, "manifest.xml")) || "manifest.xml";
  console.log(sideloadInstructions(resolve(manifest), `${base}taskpane.html`, platform()));
  if (port !== 3000) {
    console.log(`  Note: manifest.xml names port 3000; Excel cannot load it from port ${port}.\n`);
  }
}

if (require.main === module) {
  main().catch((error: Error) => fail(error.message));
}
