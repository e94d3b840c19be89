import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";
import { canonicalJson, hashedContent } from "./canonicalJson";

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
  return sha256Hex(hashedContent(dataset));
}
