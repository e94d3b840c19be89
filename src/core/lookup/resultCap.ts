import { jsonBytes } from "../layout/chunkPlan";
import { PolicyError } from "../errors";
import type { LookupIndex } from "./buildIndex";

/**
 * Largest spilled result a POLICY function returns. Excel on the web takes a custom function's
 * result as JSON and stays at #BUSY! past 5 MB (office-js #4654); the byte cap leaves room below
 * that for the runtime's own envelope, the row cap keeps a spill within what a sheet shows well.
 */
export const RESULT_MAX_ROWS = 10_000;
export const RESULT_MAX_BYTES = 4_000_000;

/**
 * The result unchanged when it is within both caps (header row included, bytes as UTF-8 JSON
 * of the 2-D array, the serialisation Excel receives); otherwise a not_supported PolicyError
 * (#N/A) saying how large it is, the caps, and how to narrow it.
 * @example capResult([["Id"], ["a"]], 'POLICY.TABLE("sanctions")') // [["Id"], ["a"]]
 */
export function capResult<T>(rows: T[][], call: string, narrow: string): T[][] {
  if (rows.length > RESULT_MAX_ROWS + 1) throw tooLarge(call, rows.length - 1, null, narrow);
  const bytes = jsonBytes(rows);
  if (bytes > RESULT_MAX_BYTES) throw tooLarge(call, rows.length - 1, bytes, narrow);
  return rows;
}

function tooLarge(call: string, rows: number, bytes: number | null, narrow: string): PolicyError {
  const size = bytes === null ? "" : ` (${(bytes / 1_000_000).toFixed(1)} MB)`;
  return new PolicyError(
    "not_supported",
    `${call} would return ${rows.toLocaleString("en-US")} rows${size}, more than a formula result may hold ` +
      `(${RESULT_MAX_ROWS.toLocaleString("en-US")} rows and ${RESULT_MAX_BYTES / 1_000_000} MB; Excel stays at #BUSY! past 5 MB). ` +
      `${narrow} Or insert the table from the Policy Tables pane, which has no such limit.`,
  );
}

/** capResult for POLICY.TABLE, whose message names the table's own columns as examples. */
export function capTable<T>(index: LookupIndex, tableId: string, rows: T[][]): T[][] {
  const id = tableId.trim();
  const table = index.tables.get(id.toLowerCase());
  const keys = table?.columns.map((c) => c.key) ?? [];
  const numeric = table?.columns.find((c) => c.type === "number")?.key;
  return capResult(
    rows,
    `POLICY.TABLE("${id}")`,
    `Name fewer columns, e.g. POLICY.TABLE("${id}", "${keys.slice(0, 2).join(",")}"), or keep fewer rows with a filter, e.g. POLICY.TABLE("${id}", , "${numeric ?? keys[0]} >= 100").`,
  );
}
