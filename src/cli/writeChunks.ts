import { createHash } from "node:crypto";
import { closeSync, openSync, writeSync } from "node:fs";
import type { WrittenFile } from "../core/dataset/dataPackage";

/** Text gathered before each write: large enough to keep writes few, small beside the data. */
const BATCH_CHARS = 1 << 20;

/**
 * Writes the text `chunks` yield to `file` (UTF-8), hashing as it goes, so a file of hundreds
 * of megabytes is never one string. Returns its size and sha256 for the descriptors.
 */
export function writeChunks(file: string, path: string, chunks: Iterable<string>): WrittenFile {
  const hash = createHash("sha256");
  const fd = openSync(file, "w");
  let bytes = 0;
  let batch: string[] = [];
  let held = 0;
  const flush = () => {
    const buffer = Buffer.from(batch.join(""), "utf8");
    hash.update(buffer);
    for (let at = 0; at < buffer.length;) at += writeSync(fd, buffer, at);
    bytes += buffer.length;
    batch = [];
    held = 0;
  };
  try {
    for (const chunk of chunks) {
      batch.push(chunk);
      held += chunk.length;
      if (held >= BATCH_CHARS) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
  return { path, bytes, sha256: hash.digest("hex") };
}
