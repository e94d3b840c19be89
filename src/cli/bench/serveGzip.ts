import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";

/** One answered request, as the server wrote it: the count the browser's figures are checked against. */
export interface ServedFile {
  path: string;
  /** Body bytes written (gzip for text, as stored otherwise; 0 for a 304). */
  bodyBytes: number;
  /** 200, or 304 when the browser's copy (If-None-Match) was still current. */
  status: 200 | 304;
}

// The dev server's rule (webpack.config.js), so the bench measures the caching a host is told to do.
const { cacheControlFor } = createRequire(__filename)("../../../webpack.config.js") as {
  cacheControlFor(pathname: string): string;
};

export interface GzipServer {
  origin: string;
  /** Bytes of the body sent for `path` (gzip, or as stored when not compressible). */
  sent(path: string): number;
  /** Every request answered with a file, in order. */
  served: ServedFile[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

/**
 * A static host of `root` on 127.0.0.1 that compresses as common servers do (gzip level 6 for
 * text). No directory listings and no CORS headers: the pane must work same-origin, as it is
 * deployed. Bodies are compressed once and kept, so repeated runs measure the page, not zlib.
 * Caching is what the README asks of a production host: hashed names immutable for a year, the
 * rest `no-cache` with an ETag, answered 304 while it matches.
 */
export function serveGzip(root: string): Promise<GzipServer> {
  const base = resolve(root);
  const bodies = new Map<string, Buffer>();
  const served: ServedFile[] = [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const file = resolve(join(base, path));
    if (!file.startsWith(base + sep) || !isFile(file)) {
      response.writeHead(404).end();
      return;
    }
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    let body = bodies.get(path);
    const text = type.startsWith("text/") || type.startsWith("application/json");
    if (!body) {
      body = text ? gzipSync(readFileSync(file), { level: 6 }) : readFileSync(file);
      bodies.set(path, body);
    }
    const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
    const headers = { ETag: etag, "Cache-Control": cacheControlFor(path) };
    if (request.headers["if-none-match"] === etag) {
      response.writeHead(304, headers).end();
      served.push({ path, bodyBytes: 0, status: 304 });
      return;
    }
    response.writeHead(200, {
      ...headers,
      "Content-Type": type,
      "Content-Length": body.length,
      ...(text ? { "Content-Encoding": "gzip" } : {}),
    });
    response.end(body);
    served.push({ path, bodyBytes: body.length, status: 200 });
  });
  // The Node figures block this process while they validate a large dataset; an idle timer
  // firing then would close a kept-alive socket under the client's next request (ECONNRESET).
  // Sockets stay open until the client closes them or close() ends them all.
  server.keepAliveTimeout = 0;
  return new Promise((ready, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      ready({
        origin: `http://127.0.0.1:${port}`,
        sent: (path) => bodies.get(path)?.length ?? 0,
        served,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
