import type { Dataset } from "../../core/dataset/schema";
import type { FigureOrEvent } from "../../core/lookup/fields";
import { excelValue } from "../../core/layout/excelValue";
import { excelDateSerial } from "../../core/lookup/excelDate";
import type { SelectionInfo } from "../workbook";
import { formatIsoDate, formatNumber } from "./format";

export type Freshness =
  | { status: "current"; message: string }
  | { status: "stale"; message: string }
  | { status: "unknown"; message: string };

/**
 * Whether what a cell shows is still what the dataset says. Without a cell (a record chosen in
 * the list) the record is by definition the dataset's current one.
 */
export function freshness(
  found: FigureOrEvent,
  dataset: Dataset,
  selection: SelectionInfo | null,
): Freshness {
  const inDataset = `dataset ${dataset.version}`;
  if (!selection || selection.recordId !== found.record.id) {
    return { status: "current", message: `This is the record as it stands in ${inDataset}.` };
  }
  const cell = selection.cellValue;
  const from = selection.datasetVersion
    ? ` (inserted from dataset ${selection.datasetVersion})`
    : "";
  if (cell === null || cell === "") {
    return {
      status: "unknown",
      message: `Cell ${selection.address} is empty, so it cannot be compared with ${inDataset}.`,
    };
  }
  const expected = expectedCell(found);
  const matches =
    typeof cell === "number"
      ? expected.numbers.some((n) => Math.abs(n - cell) < 1e-9)
      : expected.texts.includes(String(cell).trim());
  if (matches) {
    return {
      status: "current",
      message: `Cell ${selection.address} matches ${inDataset}${from}.`,
    };
  }
  return {
    status: "stale",
    message:
      `Cell ${selection.address} shows ${typeof cell === "number" ? formatNumber(cell) : `"${cell}"`}, ` +
      `but ${inDataset} says ${expected.shown}${from}. ` +
      `Refresh updates inserted tables; a value you typed yourself is kept and reported.`,
  };
}

function expectedCell(found: FigureOrEvent): { numbers: number[]; texts: string[]; shown: string } {
  if (found.type === "figure") {
    // The cell holds what Excel outputs hold: a percent as its fraction (68% is 0.68).
    const f = found.record;
    const shown = f.unit === "percent" ? `${formatNumber(f.value)}%` : formatNumber(f.value);
    return {
      numbers: [excelValue(f)],
      texts: [String(f.value), formatNumber(f.value), shown],
      shown,
    };
  }
  const date = found.record.date;
  if (!date) return { numbers: [], texts: [], shown: "no date" };
  return { numbers: [excelDateSerial(date)], texts: [date], shown: formatIsoDate(date) };
}
