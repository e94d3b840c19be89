import { entitiesSupported } from "./entitiesSupported";
import { formulas } from "./formulas";
import { toExcelError, toExcelErrorMatrix } from "./toExcelError";

// functions.js loads with the page, so Excel finds every function associated at once (a call
// before CustomFunctions.associate fails with #VALUE!, office-js #4769); the reader of the
// dataset (verify, index, pieces) is a chunk of its own, fetched by the first call, which keeps
// it off the task pane's start-up download. Its promise is kept (an import() per call is a
// loader round trip in some hosts), unless the load failed: the next call tries again.
let reader: Promise<typeof import("./runtimeDataset")> | undefined;
const runtime = () =>
  (reader ??= import(/* webpackChunkName: "runtime-dataset" */ "./runtimeDataset").catch((e) => {
    reader = undefined;
    throw e;
  }));
const runtimeIndexForTable = async (tableId: unknown) =>
  (await runtime()).runtimeIndexForTable(tableId);
const runtimeIndexForSearch = async (text: unknown, max: unknown) =>
  (await runtime()).runtimeIndexForSearch(text, max);
const runtimeIndexForVersion = async () => (await runtime()).runtimeIndexForVersion();
const runtimeIndexFor = async (id: unknown) => (await runtime()).runtimeIndexFor(id);
const runtimeIndexForLookup = async (
  ...query: Parameters<typeof import("./runtimeDataset").runtimeIndexForLookup>
) => (await runtime()).runtimeIndexForLookup(...query);

/*
 * POLICY.* custom functions. Each one delegates to src/core/lookup/policyFormulas.ts over an
 * index of what the call needs, read from the pieces published beside the dataset: the id
 * shards of one id (runtimeIndexFor), LOOKUP's postings, one table's piece, a page of search
 * hits, or the catalog alone; the whole dataset.json is fetched only where no pieces are
 * published (runtimeDataset.ts). Errors come back as #N/A or #VALUE!
 * with a message saying what was wrong and what would be valid; nothing is thrown.
 * custom-functions-metadata-plugin builds functions.json from these comments and appends the
 * CustomFunctions.associate calls, so this file does not call associate itself.
 */

/**
 * The number of a sourced figure.
 * @customfunction VALUE
 * @param id Figure id, e.g. "us-overdose-deaths-2022". POLICY.SEARCH finds ids.
 * @returns The value; POLICY.FIELD gives its unit and qualifier, POLICY.QUOTE its sentence.
 */
export async function value(id: string): Promise<number | CustomFunctions.Error> {
  return toExcelError(async () => (await formulas()).value(await runtimeIndexFor(id), id));
}

/**
 * Finds the one figure whose description holds every word, e.g. =POLICY.LOOKUP("pill presses", "DHS", "FY 2023"). A period matches only figures whose period is that period or inside it (FY 2023 is not inside 2022). Several matches, or none, give #N/A listing the candidates; a percent comes back as its fraction (68% is 0.68).
 * @customfunction LOOKUP
 * @param metric_or_text Words of the metric, e.g. "pill presses seized", or a figure id. A share or multiple needs a word such as share, percent or times.
 * @param [actor] Who reported or acted, e.g. "OFAC", "CBP", "US Treasury", "Customs and Border Protection".
 * @param [period] 2023, "FY23", "FY 2023", "fiscal 2023", "Q4 2023", "Nov 2023", "11/7/2023", "2023-11", or a date cell.
 * @param [field] A field to return instead of the value, e.g. "id", "unit", "quote".
 * @returns The figure's value, or the named field.
 */
export async function lookup(
  metric_or_text: string,
  actor?: string,
  period?: any, // eslint-disable-line @typescript-eslint/no-explicit-any -- "any" in functions.json: Excel passes a number or a date serial unchanged
  field?: string,
): Promise<number | string | boolean | CustomFunctions.Error> {
  return toExcelError(async () =>
    (await formulas()).lookup(
      await runtimeIndexForLookup(metric_or_text, actor, period),
      metric_or_text,
      actor,
      period,
      field,
    ),
  );
}

/**
 * An Excel date for an event, or for the start or end of a figure's period. A month or year stands for its first day (a period end for its last day); POLICY.FIELD(id, "precision") tells which.
 * @customfunction DATE
 * @param id Event or figure id, e.g. "treasury-strike-force-launch".
 * @param [part] "date" (events, the default), "start" or "end" (a figure's period), or "source_date".
 * @returns A date serial; format the cell as a date.
 */
export async function date(id: string, part?: string): Promise<number | CustomFunctions.Error> {
  return toExcelError(async () => (await formulas()).date(await runtimeIndexFor(id), id, part));
}

/**
 * Any field of a figure or event: unit, qualifier, metric, actor, period, period_start, period_end, doc, quote, source_title, source_publisher, source_date, url, rights, citation, and for events date, precision, kind, title, parties.
 * @customfunction FIELD
 * @param id Figure or event id.
 * @param field Field name, e.g. "unit", "quote", "source_title", "precision".
 * @returns The field's value; #N/A when the dataset has none, with the reason.
 */
export async function field(
  id: string,
  field: string,
): Promise<number | string | boolean | CustomFunctions.Error> {
  return toExcelError(async () => (await formulas()).field(await runtimeIndexFor(id), id, field));
}

/**
 * A citation of the document a figure or event comes from: author, title, publisher, date and address (or a note that the document states none).
 * @customfunction SOURCE
 * @param id Figure, event or source id.
 * @param [style] "plain" (the default, one line), "apa" (APA 7) or "chicago" (Chicago bibliography).
 * @returns The citation.
 */
export async function source(id: string, style?: string): Promise<string | CustomFunctions.Error> {
  return toExcelError(async () => (await formulas()).source(await runtimeIndexFor(id), id, style));
}

/**
 * The exact sentence a figure or event was taken from, as it appears in the source document.
 * @customfunction QUOTE
 * @param id Figure or event id.
 * @returns The quoted sentence.
 */
export async function quote(id: string): Promise<string | CustomFunctions.Error> {
  return toExcelError(async () => (await formulas()).quote(await runtimeIndexFor(id), id));
}

/**
 * A dataset table as a spilling array, header row first. Dates are ISO text, so month and year precision stay visible.
 * @customfunction TABLE
 * @param table_id Table id, e.g. "sanctions".
 * @param [columns] Columns by key or title, comma-separated, e.g. "metric,value,unit". All when omitted.
 * @param [filter] Rows to keep, e.g. "value >= 100; unit = persons". Operators: = != > >= < <= ~ (contains) !~.
 * @returns The table's header and rows.
 */
export async function table(
  table_id: string,
  columns?: string,
  filter?: string,
): Promise<unknown[][]> {
  return toExcelErrorMatrix(async () =>
    (await formulas()).table(await runtimeIndexForTable(table_id), table_id, columns, filter),
  );
}

/**
 * Figures and events matching all the words, best first, as a spilling array: id, value (an event's date), unit, what, source.
 * @customfunction SEARCH
 * @param text Words to find, e.g. "pill presses" or "OFAC sanctions".
 * @param [max] Most rows to return, 1 to 500 (default 20).
 * @returns A header row and one row per match.
 */
export async function search(text: string, max?: number): Promise<unknown[][]> {
  return toExcelErrorMatrix(async () =>
    (await formulas()).search(await runtimeIndexForSearch(text, max), text, max),
  );
}

/**
 * The dataset version and content hash this workbook's POLICY formulas read, e.g. "1.2.0 (sha 1a2b3c4d)".
 * @customfunction VERSION
 * @param [part] "version", "hash" (all 64 hex digits), "schema" or "extractor"; both version and short hash when omitted.
 * @returns The version text.
 */
export async function version(part?: string): Promise<string | number | CustomFunctions.Error> {
  return toExcelError(async () => (await formulas()).version(await runtimeIndexForVersion(), part));
}

/**
 * A figure or event as a data type: the cell shows the number (or date) and opens a card with the quote, source and date. Where Excel lacks data types it returns the plain value.
 * @customfunction CARD
 * @param id Figure or event id.
 * @returns An entity card, or the plain value.
 */
export async function card(id: string): Promise<unknown> {
  return toExcelError(async () =>
    (await formulas()).card(await runtimeIndexFor(id), id, entitiesSupported()),
  );
}
