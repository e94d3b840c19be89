import { parseAddress, toAddress } from "../layout/address";
import { locateColumns } from "./locateColumns";
import { cellHash } from "../layout/cellHash";
import type { CellPlan } from "../layout/planTable";
import type { CellValue } from "../layout/safeText";
import { tagHash, type TableTag } from "../layout/tableTag";
import type { RefreshConflict } from "../layout/workbookTypes";
import { matchRows } from "./matchRows";

/** What an inserted table holds now, as read from Excel. */
export interface TableState {
  /** Whole table range including the header, e.g. "Sheet1!B2:H40". */
  address: string;
  header: CellValue[];
  /** `Range.formulas` of the data body: constants as values, formulas as "=..." strings. */
  body: CellValue[][];
}

export interface CellWrite {
  row: number;
  col: number;
  value: CellValue;
  format: string;
}

/** The changes that bring one table up to date, in body coordinates of the table as it is. */
export interface TableUpdate {
  writes: CellWrite[];
  /** Body rows to delete, highest first, so each index is still valid when it is deleted. */
  deleteRows: number[];
  /** Rows to append, as wide as the table; null where the table has a column of the user's. */
  appendRows: { values: CellValue[]; formats: (string | null)[] }[];
  conflicts: RefreshConflict[];
  rowsAdded: number;
  rowsRemoved: number;
  valuesChanged: number;
  messages: string[];
  /** The tag after the update; `tagChanged` says whether it must be stored again. */
  tag: TableTag;
  tagChanged: boolean;
}

/**
 * Plans the refresh of one tagged table against a new plan of the same choice. Only cells that
 * still hold what was written (by hash) are changed; a cell the user typed into is kept and
 * reported as a conflict. Columns the user added are never written; rows the user added are
 * left alone; rows the user deleted are not brought back; a row whose record left the dataset
 * is deleted unless the user wrote in it.
 */
export function diffTable(tag: TableTag, state: TableState, plan: CellPlan): TableUpdate {
  const messages: string[] = [];
  const header = state.header.map((h) => String(h ?? ""));
  const columnAt = locateColumns(tag.columns, header);
  const missing = tag.columns.filter((_, j) => columnAt[j] < 0).map((c) => `"${c.title}"`);
  if (missing.length)
    messages.push(
      `Column${missing.length > 1 ? "s" : ""} ${missing.join(", ")} ${missing.length > 1 ? "were" : "was"} renamed or removed, so ${missing.length > 1 ? "they are" : "it is"} no longer refreshed.`,
    );
  const planCol = new Map(plan.columns.map((c, q) => [c.key, q]));
  const gone = tag.columns.filter((c, j) => columnAt[j] >= 0 && !planCol.has(c.key));
  if (gone.length)
    messages.push(
      `The dataset no longer has column${gone.length > 1 ? "s" : ""} ${gone.map((c) => `"${c.title}"`).join(", ")}; kept as last written.`,
    );
  const tagKeys = new Set(tag.columns.map((c) => c.key));
  const fresh = plan.columns.filter((c) => !tagKeys.has(c.key));
  if (fresh.length)
    messages.push(
      `The dataset now also has ${fresh.map((c) => `"${c.title}"`).join(", ")}: insert the table again to get ${fresh.length > 1 ? "them" : "it"}.`,
    );
  // Owned from now on: columns still in the table and still in the dataset.
  const owned = tag.columns
    .map((c, j) => ({
      key: c.key,
      title: c.title,
      j,
      at: columnAt[j],
      q: planCol.get(c.key) ?? -1,
    }))
    .filter((c) => c.at >= 0 && c.q >= 0);

  const { currentOf, taggedOf } = matchRows(tag, columnAt, state.body);
  const planRow = new Map(plan.rowIds.map((id, p) => [id, p]));
  const rect = parseAddress(state.address);
  const writes: CellWrite[] = [];
  const deleteRows: number[] = [];
  const conflicts: (RefreshConflict & { row: number; col: number })[] = [];
  const kept: { rowId: string; hashes: string[] }[] = [];
  let valuesChanged = 0;
  let keptForEdits = 0;

  state.body.forEach((row, i) => {
    const k = taggedOf[i];
    if (k < 0) return; // a row of the user's
    const rowId = tag.rowIds[k];
    const p = planRow.get(rowId);
    const edited = owned.filter((c) => cellHash(row[c.at] ?? null) !== tagHash(tag, k, c.j));
    if (p === undefined) {
      // Deleted only when every cell is as written: columns the dataset dropped included.
      const asWritten = columnAt.every(
        (at, j) => at < 0 || cellHash(row[at] ?? null) === tagHash(tag, k, j),
      );
      const userCells = row.some((v, c) => !columnAt.includes(c) && isUserContent(v));
      if (asWritten && !userCells) {
        deleteRows.push(i);
        return;
      }
      keptForEdits++;
      edited.forEach((c) =>
        conflicts.push({
          row: i,
          col: c.at,
          recordId: rowId,
          column: c.title,
          address: "",
          userValue: row[c.at] ?? null,
          datasetValue: null,
        }),
      );
      kept.push({ rowId, hashes: owned.map((c) => tagHash(tag, k, c.j)) });
      return;
    }
    const hashes = owned.map((c) => {
      const stored = tagHash(tag, k, c.j);
      const wanted = plan.hashes[p][c.q];
      const now = cellHash(row[c.at] ?? null);
      if (now === stored) {
        if (wanted !== stored) {
          writes.push({
            row: i,
            col: c.at,
            value: plan.values[p][c.q],
            format: plan.numberFormats[p][c.q],
          });
          valuesChanged++;
        }
        return wanted;
      }
      if (now === wanted) return wanted; // the user typed what the dataset now says
      conflicts.push({
        row: i,
        col: c.at,
        recordId: rowId,
        column: c.title,
        address: "",
        userValue: row[c.at] ?? null,
        datasetValue: plan.values[p][c.q],
      });
      return stored;
    });
    kept.push({ rowId, hashes });
  });

  const deletedByUser = tag.rowIds.filter((id, k) => currentOf[k] < 0 && planRow.has(id));
  const known = new Set(tag.rowIds);
  const width = Math.max(header.length, 1);
  const appendRows: TableUpdate["appendRows"] = [];
  plan.rowIds.forEach((id, p) => {
    if (known.has(id)) return;
    const values: CellValue[] = new Array(width).fill(null);
    const formats: (string | null)[] = new Array(width).fill(null);
    owned.forEach((c) => {
      values[c.at] = plan.values[p][c.q];
      formats[c.at] = plan.numberFormats[p][c.q];
    });
    appendRows.push({ values, formats });
    kept.push({ rowId: id, hashes: owned.map((c) => plan.hashes[p][c.q]) });
  });

  const outOfOrder = appendedOutOfOrder(kept, appendRows.length, planRow);
  if (outOfOrder)
    messages.push(
      `${plural(outOfOrder, "row")} added at the bottom, out of ${tag.choice.sort ? `the order by ${tag.choice.sort.key}` : "the dataset's order"}: refresh never moves rows, since you may have ordered them yourself. Sort the table to put ${outOfOrder > 1 ? "them" : "it"} in place.`,
    );
  if (deletedByUser.length)
    messages.push(
      `${plural(deletedByUser.length, "row")} you deleted ${deletedByUser.length > 1 ? "were" : "was"} not added back.`,
    );
  if (keptForEdits)
    messages.push(
      `${plural(keptForEdits, "row")} whose record left the dataset ${keptForEdits > 1 ? "were" : "was"} kept because you wrote in ${keptForEdits > 1 ? "them" : "it"}.`,
    );

  const deletedAbove = (i: number) => deleteRows.filter((d) => d < i).length;
  const top = rect.row + 1;
  const finalConflicts = conflicts.map(({ row, col, ...c }) => ({
    ...c,
    address: toAddress({
      sheet: rect.sheet,
      row: top + row - deletedAbove(row),
      col: rect.col + col,
      lastRow: top + row - deletedAbove(row),
      lastCol: rect.col + col,
    }),
  }));

  const newTag: TableTag = {
    ...tag,
    datasetVersion: plan.datasetVersion,
    contentHash: plan.contentHash,
    columns: owned.map((c) => ({ key: c.key, title: c.title })),
    rowIds: kept.map((r) => r.rowId),
    hashes: kept.map((r) => r.hashes.join("")).join(""),
  };
  const tagChanged =
    newTag.datasetVersion !== tag.datasetVersion ||
    newTag.contentHash !== tag.contentHash ||
    newTag.hashes !== tag.hashes ||
    newTag.rowIds.join("\n") !== tag.rowIds.join("\n") ||
    newTag.columns.length !== tag.columns.length;
  return {
    writes,
    deleteRows: deleteRows.sort((a, b) => b - a),
    appendRows,
    conflicts: finalConflicts,
    rowsAdded: appendRows.length,
    rowsRemoved: deleteRows.length,
    valuesChanged,
    messages,
    tag: newTag,
    tagChanged,
  };
}

/** Content a user typed (a note), as opposed to nothing or a calculated column's formula. */
function isUserContent(value: CellValue): boolean {
  return value !== null && value !== "" && !(typeof value === "string" && value.startsWith("="));
}

/**
 * How many of the rows appended at the end of `kept` belong above a row before them in the
 * plan's order (its sort, or the dataset's: a timeline by date).
 */
function appendedOutOfOrder(
  kept: readonly { rowId: string }[],
  appended: number,
  planRow: ReadonlyMap<string, number>,
): number {
  let highest = -1;
  let out = 0;
  kept.forEach(({ rowId }, k) => {
    const p = planRow.get(rowId) ?? -1;
    if (k >= kept.length - appended && p < highest) out += 1;
    highest = Math.max(highest, p);
  });
  return out;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
