import { jsonBytes } from "../../src/core/layout/chunkPlan";

/**
 * What Excel on the web shows for a custom function's result: the result, or "#BUSY!" for ever
 * when its JSON passes 5 MB (office-js #4654: a 20,000-row array of about 5.2 MB never arrives).
 */
export const RESULT_LIMIT_BYTES = 5_000_000;

export function cellShows(result: unknown): unknown {
  return jsonBytes(result) > RESULT_LIMIT_BYTES ? "#BUSY!" : result;
}
