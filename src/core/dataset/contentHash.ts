import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";
import { canonicalJson, hashedContentChunks } from "./canonicalJson";

export { canonicalJson };

/** Hex sha256 of a UTF-8 string; the same in Node and in the browser. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/**
 * The sha256 of a dataset's canonical content: everything but `version` and `contentHash`,
 * so a workbook can tell whether its tables are current whatever the version label says.
 */
export function contentHash(dataset: Record<string, unknown>): string {
  return sha256OfChunks(hashedContentChunks(dataset));
}

/**
 * Hex sha256 of the UTF-8 text the chunks join to, hashed in batches: the canonical text of a
 * large corpus, and its UTF-8 bytes, would each be hundreds of megabytes as one string or array.
 */
export function sha256OfChunks(chunks: Iterable<string>): string {
  const hash = sha256Text();
  for (const chunk of chunks) hash.update(chunk);
  return hash.hex();
}

/** A sha256 of UTF-8 text taken a piece at a time (see sha256OfChunks). */
export function sha256Text(): { update: (text: string) => void; hex: () => string } {
  const hash = sha256.create();
  let batch = "";
  return {
    update(text) {
      batch += text;
      if (batch.length >= HASH_BATCH_CHARS) {
        hash.update(utf8ToBytes(batch));
        batch = "";
      }
    },
    hex() {
      hash.update(utf8ToBytes(batch));
      batch = "";
      return bytesToHex(hash.digest());
    },
  };
}

const HASH_BATCH_CHARS = 1 << 20;
