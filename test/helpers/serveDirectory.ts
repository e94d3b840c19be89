import { readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";

/** What a static host sends for the files a build holds; anything else is a download. */
export const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export interface ServeOptions {
  /** The file served for "/"; without it "/" is a 404, as a folder is. */
  index?: string;
  /** The host name in origin: "localhost" (default) or "127.0.0.1"; it listens on 127.0.0.1. */
  host?: "localhost" | "127.0.0.1";
}

export interface Served {
  /** e.g. http://localhost:41234 (no trailing slash). */
  origin: string;
  close(): Promise<void>;
}

/** Serves the files below dir over plain http on a free port, as any static host would. */
export function serveDirectory(dir: string, options: ServeOptions = {}): Promise<Served> {
  const root = resolve(dir);
  const server = createServer((request, response) => {
    let file: string;
    try {
      const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
      file = resolve(join(root, path === "/" && options.index ? options.index : path));
    } catch {
      response.writeHead(400).end("bad request");
      return;
    }
    if (!file.startsWith(root + sep) || !isFile(file)) {
      response.writeHead(404).end("not found");
      return;
    }
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
    response.writeHead(200, { "Content-Type": type });
    response.end(readFileSync(file));
  });
  return new Promise((ready, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      ready({
        origin: `http://${options.host ?? "localhost"}:${port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
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
