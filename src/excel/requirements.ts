import { PolicyError } from "../core/errors";

/** The one thing we ask of Office.context.requirements; the Excel fake implements it too. */
export interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** ExcelApi versions each feature needs, and what happens without them. */
export const EXCEL_API = {
  /** getRangeByIndexes, getActiveCell, Range.hyperlink, NamedItem.formula: required to insert. */
  insert: "1.7",
  /** Custom XML parts hold table tags; without them a table is inserted but cannot be refreshed. */
  tags: "1.5",
  /** Table.resize grows a table before writing its new rows; otherwise rows.add is used. */
  resize: "1.13",
  /** worksheet.notes for the citation of an inserted figure; otherwise a comment. */
  notes: "1.18",
  /** ChartAxis.numberFormat: a chart's value axis shows the unit's format; without it, General. */
  chartFormat: "1.8",
  /** workbook.comments, the fallback for the citation; without both, no citation in the cell. */
  comments: "1.10",
} as const;

export function supports(requirements: Requirements, version: string): boolean {
  return requirements.isSetSupported("ExcelApi", version);
}

/** Throws a PolicyError("not_supported") that says what needs which version. */
export function requireExcelApi(requirements: Requirements, version: string, what: string): void {
  if (!supports(requirements, version)) {
    throw new PolicyError(
      "not_supported",
      `${what} needs Excel JavaScript API ${version} (ExcelApi ${version}), which this version of Excel does not support. Update Excel, or use Excel on the web.`,
    );
  }
}

/**
 * Why this Excel cannot insert or refresh, for the pane to say at start; undefined when it can.
 * It lives here, in the Excel chunk, not in the pane's first download.
 */
export function missingInsertApi(requirements: Requirements): PolicyError | undefined {
  if (supports(requirements, EXCEL_API.insert)) return undefined;
  return new PolicyError(
    "not_supported",
    `This version of Excel does not support Excel JavaScript API ${EXCEL_API.insert}, which ` +
      "Policy Tables needs to insert and refresh tables. Search, Trace and the POLICY " +
      "functions still work.",
  );
}
