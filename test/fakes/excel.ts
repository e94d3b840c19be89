/* eslint-disable @typescript-eslint/no-explicit-any -- the fake stands in for Office.js's untyped wire protocol */
import { parseAddress, toAddress, type CellRect } from "../../src/core/layout/address";
import { jsonBytes } from "../../src/core/layout/chunkPlan";
import { addComment, addNote, commentAt, type FakeComment } from "./cellAnnotations";
import { bodyRect, bodyRowCount, refuseResizeWithTotals } from "./totalsRow";
import { checkXmlPart } from "./xmlPartRules";
import { ChartCollectionProxy, type FakeChart } from "./charts";
import { ClientObject, FakeExcelError, invalid, notFound, notLoaded } from "./clientObject";

/**
 * An in-memory fake of the part of the Excel JavaScript API that Policy Tables uses, faithful
 * where our code depends on it (each behaviour is proven in test/fakes/excel.test.ts):
 *
 * - Proxy objects: every call is queued and runs at `context.sync()`, in order; reading a
 *   property that was not loaded (or before the sync) throws PropertyNotLoaded; methods on a
 *   missing *OrNullObject throw ItemNotFound at sync; a batch is not a transaction (operations
 *   before a failing one stay applied, later ones are dropped).
 * - Cells: `values` written to a cell not formatted "@" is parsed like typing: "=..." becomes a
 *   formula, "+x"/"-x"/"@x" too unless a number, "12", "1,000", "5%", "TRUE", "2023-12-04" become
 *   numbers/booleans/dates; a leading apostrophe (quote prefix) or the "@" format keeps text.
 *   A scalar assigned to a multi-cell range applies to every cell; null in an array leaves the
 *   cell as it is; an array of the wrong shape is rejected.
 * - Tables: tables.add(range, hasHeaders), unique valid names, getItem/getItemOrNullObject by
 *   name or id, header/body ranges, rows.add (inserting cells below, without copying formats:
 *   conservative, so text safety cannot rely on it), rows.getItemAt(i).delete(), resize, delete.
 * - Filters: a user's "Values" filter on a table column hides the body rows whose shown text it
 *   does not list; columns.getItemAt(i).filter loads its criteria and applies or clears it,
 *   table.clearFilters() shows every row. As in Excel, criteria come back with every unset
 *   field null (an unfiltered column's too), and apply() refuses criteria holding a null
 *   (office-js #1226). While a filter hides rows,
 *   rows.add and deleting a table row are refused: in Excel they misbehave on a filtered table
 *   (rows left undeleted, values landing in the wrong rows: office-js issues #994 and #224), so
 *   the fake makes any code path that tries them fail loudly. With `clearFiltersIgnored`,
 *   clearFilters() leaves filters set (office-js #468, #3030).
 * - Total Row (showTotals): the last row of the range, outside the data body; rows.add inserts
 *   above it; resize refuses while it is shown (see totalsRow.ts).
 * - Custom XML parts (refusing XML that is not well formed: see xmlPartRules.ts), workbook
 *   names, notes (1.18), comments (1.10), the active cell. A cell takes one note and one
 *   comment thread (cellAnnotations.ts).
 * - Requirement sets: `requirements.isSetSupported("ExcelApi", v)` and ApiNotFound at sync for a
 *   method newer than the fake's `apiVersion`.
 * - Payload: each sync's request is serialised as Office.js sends it (requestBody below: its
 *   Actions and ObjectPaths, every argument in full) and its UTF-8 bytes counted, independently
 *   of the estimate the writers aim with; a request over 5 MB is rejected, as Excel on the web
 *   does; so is a response over 5 MB, and reading more than five million cells in one get.
 *   `stats` counts syncs, request bytes and write operations, for tests and benchmarks.
 */

export const PAYLOAD_LIMIT_BYTES = 5_000_000;

export { FakeExcelError };

type Scalar = string | number | boolean;
export interface FakeCell {
  value: Scalar;
  formula: string | null;
  format: string;
  hyperlink?: string;
}
export interface FakeSheet {
  id: string;
  name: string;
  cells: Map<number, FakeCell>;
  notes: Map<number, string>;
  columnWidths: Map<number, number>;
  /** Rows hidden by a table's filter (0-based sheet rows). */
  hiddenRows: Set<number>;
}
/** The one kind of filter the fake models: show the rows whose text is one of `values`. */
export interface FakeFilterCriteria {
  filterOn: "Values";
  values: string[];
}
export interface FakeTable {
  id: string;
  name: string;
  sheet: FakeSheet;
  rect: CellRect;
  style: string;
  /** Filter criteria by column index within the table. */
  filters: Map<number, FakeFilterCriteria>;
  /** The Total Row is shown: the range's last row (see totalsRow.ts). */
  showTotals?: boolean;
}

const key = (row: number, col: number) => row * 16384 + col;
const emptyCell = (): FakeCell => ({ value: "", formula: null, format: "General" });
const EPOCH = Date.UTC(1899, 11, 30);

function compareVersions(a: string, b: string): number {
  const [x, y] = [a.split(".").map(Number), b.split(".").map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/** The workbook and its host: create one per test. */
export class FakeExcel {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  parts: { id: string; xml: string; namespace: string }[] = [];
  names: { name: string; sheet: FakeSheet; rect: CellRect; comment: string }[] = [];
  comments: FakeComment[] = [];
  /** Charts of every sheet (charts.ts). */
  charts: FakeChart[] = [];
  selection: { sheet: FakeSheet; row: number; col: number };
  stats = { syncs: 0, requestBytes: [] as number[], writeOps: 0, maxRequestBytes: 0 };
  /**
   * Table.clearFilters() returns without error yet leaves the filters set, as it does in some
   * Excel builds (office-js #468, #3030): code must check that filters are gone before relying
   * on it.
   */
  clearFiltersIgnored = false;
  /**
   * Workbook.use1904DateSystem ("True if the workbook uses the 1904 date system", Office.js
   * reference, Excel.Workbook). The installed type definitions list it under "ExcelApi BETA
   * (PREVIEW ONLY)", so by default loading it fails at sync with ApiNotFound, as on a build
   * without it; set `date1904Api` to model a build that has it.
   */
  use1904DateSystem = false;
  date1904Api = false;
  /** Each application.calculate(type) that reached Excel, in order ("Full", "Recalculate", ...). */
  calculations: string[] = [];
  private nextId = 1;

  constructor(
    public apiVersion = "1.18",
    sheetNames: string[] = ["Sheet1"],
  ) {
    for (const n of sheetNames) this.addSheet(n);
    this.selection = { sheet: this.sheets[0], row: 0, col: 0 };
  }

  readonly requirements = {
    isSetSupported: (name: string, version = "1.1") =>
      name === "ExcelApi" && compareVersions(version, this.apiVersion) <= 0,
  };

  /** Excel.run: a fresh context; queued operations left at the end are synced, as Office.js does. */
  run = async <T>(batch: (context: any) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this);
    const result = await batch(context);
    if (context.pending()) await context.sync();
    return result;
  };

  newId(): string {
    return String(this.nextId++);
  }

  addSheet(name: string): FakeSheet {
    if (this.sheet(name)) throw invalid(`A sheet named "${name}" already exists.`);
    const sheet: FakeSheet = {
      id: `{sheet-${this.newId()}}`,
      name,
      cells: new Map(),
      notes: new Map(),
      columnWidths: new Map(),
      hiddenRows: new Set(),
    };
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  table(nameOrId: string): FakeTable | undefined {
    return this.tables.find(
      (t) => t.id === nameOrId || t.name.toLowerCase() === nameOrId.toLowerCase(),
    );
  }

  getCell(sheet: FakeSheet, row: number, col: number): FakeCell {
    return sheet.cells.get(key(row, col)) ?? emptyCell();
  }

  setCell(sheet: FakeSheet, row: number, col: number, cell: FakeCell) {
    if (
      cell.value === "" &&
      cell.formula === null &&
      cell.format === "General" &&
      !cell.hyperlink
    ) {
      sheet.cells.delete(key(row, col));
    } else sheet.cells.set(key(row, col), cell);
  }

  /** Enters a value as Excel does for Range.values (and typing): see the class comment. */
  enter(sheet: FakeSheet, row: number, col: number, input: unknown, asFormula = false) {
    if (input === null || input === undefined) return;
    const cell = { ...this.getCell(sheet, row, col), formula: null as string | null };
    if (input === "") cell.value = "";
    else if (typeof input === "number" || typeof input === "boolean") cell.value = input;
    else if (typeof input !== "string")
      throw invalid(`Unsupported cell value ${JSON.stringify(input)}.`);
    else if (input.startsWith("'")) cell.value = input.slice(1);
    else if (cell.format === "@") cell.value = input;
    else {
      const parsed = parseInput(input, asFormula, this.use1904DateSystem);
      if (parsed.formula) {
        cell.formula = parsed.formula;
        cell.value = evaluate(parsed.formula);
      } else cell.value = parsed.value;
      if (parsed.format && cell.format === "General") cell.format = parsed.format;
    }
    this.setCell(sheet, row, col, cell);
  }

  // ── What a user does in Excel, applied at once (no sync) ──

  /** Selects a cell, as a click does: "Sheet1!B2". */
  select(address: string) {
    const rect = parseAddress(address);
    const sheet = this.sheet(rect.sheet) ?? this.fail(`no sheet ${rect.sheet}`);
    this.selection = { sheet, row: rect.row, col: rect.col };
  }

  /** Types into a cell: the same parsing as Range.values, so "=1+1" becomes a formula. */
  type(address: string, input: string | number) {
    const rect = parseAddress(address);
    this.enter(
      this.sheet(rect.sheet) ?? this.fail(`no sheet ${rect.sheet}`),
      rect.row,
      rect.col,
      input,
    );
  }

  /** What a cell holds: value (as Range.values returns it), formula, number format. */
  cell(address: string): FakeCell & { text: string } {
    const rect = parseAddress(address);
    const cell = this.getCell(
      this.sheet(rect.sheet) ?? this.fail(`no sheet ${rect.sheet}`),
      rect.row,
      rect.col,
    );
    return { ...cell, text: display(cell, this.use1904DateSystem) };
  }

  /** Values of a rectangle, as Range.values returns them. */
  values(address: string): Scalar[][] {
    const rect = parseAddress(address);
    const sheet = this.sheet(rect.sheet) ?? this.fail(`no sheet ${rect.sheet}`);
    return rows(rect).map((r) => cols(rect).map((c) => this.getCell(sheet, r, c).value));
  }

  renameTable(from: string, to: string) {
    (this.table(from) ?? this.fail(`no table ${from}`)).name = to;
  }

  /** Cuts a table (and its cells) and pastes it with its top-left at `to` ("Sheet2!D5"). */
  moveTable(name: string, to: string) {
    const table = this.table(name) ?? this.fail(`no table ${name}`);
    const dest = parseAddress(to);
    const target = this.sheet(dest.sheet) ?? this.fail(`no sheet ${dest.sheet}`);
    const { rect, sheet } = table;
    const moved: [number, number, FakeCell][] = [];
    for (const r of rows(rect))
      for (const c of cols(rect))
        moved.push([r - rect.row, c - rect.col, this.getCell(sheet, r, c)]);
    for (const r of rows(rect)) for (const c of cols(rect)) sheet.cells.delete(key(r, c));
    for (const [dr, dc, cell] of moved) this.setCell(target, dest.row + dr, dest.col + dc, cell);
    for (const r of rows(rect)) sheet.hiddenRows.delete(r);
    table.sheet = target;
    table.rect = {
      sheet: target.name,
      row: dest.row,
      col: dest.col,
      lastRow: dest.row + rect.lastRow - rect.row,
      lastCol: dest.col + rect.lastCol - rect.col,
    };
    applyFilters(this, table);
  }

  /** Deletes a table with its cells, as selecting it and pressing Delete Table Rows does. */
  deleteTable(name: string) {
    const table = this.table(name) ?? this.fail(`no table ${name}`);
    for (const r of rows(table.rect))
      for (const c of cols(table.rect)) table.sheet.cells.delete(key(r, c));
    this.tables = this.tables.filter((t) => t !== table);
  }

  deleteSheet(name: string) {
    const sheet = this.sheet(name) ?? this.fail(`no sheet ${name}`);
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.tables = this.tables.filter((t) => t.sheet !== sheet);
    this.names = this.names.filter((n) => n.sheet !== sheet);
    this.charts = this.charts.filter((c) => c.sheet !== sheet);
  }

  /** Adds a column at the right of a table (a user's notes or a calculated column). */
  addTableColumn(name: string, title: string, cells: (string | number)[]) {
    const table = this.table(name) ?? this.fail(`no table ${name}`);
    const col = table.rect.lastCol + 1;
    table.rect = { ...table.rect, lastCol: col };
    this.enter(table.sheet, table.rect.row, col, title);
    cells.forEach((v, i) => this.enter(table.sheet, table.rect.row + 1 + i, col, v));
  }

  /** Sorts a table's body rows by one column, moving whole rows as Excel's sort does. */
  sortTable(name: string, column: number, descending = false) {
    const table = this.table(name) ?? this.fail(`no table ${name}`);
    const { rect, sheet } = table;
    const body = rows(bodyRect(table)).map((r) => cols(rect).map((c) => this.getCell(sheet, r, c)));
    body.sort((a, b) => {
      const x = a[column].value;
      const y = b[column].value;
      const d =
        typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
      return descending ? -d : d;
    });
    body.forEach((cells, i) =>
      cells.forEach((cell, j) => this.setCell(sheet, rect.row + 1 + i, rect.col + j, cell)),
    );
    // Hidden rows follow their content; a Values filter hides by content, so recompute.
    applyFilters(this, table);
  }

  /** Deletes one body row of a table (cells below move up), as "Delete Table Rows" does. */
  deleteTableRow(name: string, index: number) {
    const table = this.table(name) ?? this.fail(`no table ${name}`);
    deleteTableRow(this, table, index);
    applyFilters(this, table);
  }

  /**
   * Shows a table's Total Row with `formulas` (one per column, "" for none), as Table Design >
   * Total Row does: the row below the table becomes its last row.
   */
  showTotals(name: string, formulas: string[]) {
    const table = this.table(name) ?? this.fail(`no table ${name}`);
    if (table.showTotals) this.fail(`${name} already shows its totals`);
    const row = table.rect.lastRow + 1;
    table.rect = { ...table.rect, lastRow: row };
    table.showTotals = true;
    formulas.forEach((f, i) => this.enter(table.sheet, row, table.rect.col + i, f));
  }

  /** Filters a table column to rows showing one of `values`, as the header's drop-down does. */
  filterTable(name: string, column: number, values: string[]) {
    const table = this.table(name) ?? this.fail(`no table ${name}`);
    if (column < 0 || column > table.rect.lastCol - table.rect.col)
      this.fail(`no column ${column} in ${name}`);
    table.filters.set(column, { filterOn: "Values", values: [...values] });
    applyFilters(this, table);
  }

  /** Whether a sheet row is hidden: "Sheet1!A5" asks about row 5. */
  isRowHidden(address: string): boolean {
    const rect = parseAddress(address);
    const sheet = this.sheet(rect.sheet) ?? this.fail(`no sheet ${rect.sheet}`);
    return sheet.hiddenRows.has(rect.row);
  }

  fail(message: string): never {
    throw new Error(`FakeExcel: ${message}`);
  }
}

function rows(rect: CellRect): number[] {
  return Array.from({ length: rect.lastRow - rect.row + 1 }, (_, i) => rect.row + i);
}
function cols(rect: CellRect): number[] {
  return Array.from({ length: rect.lastCol - rect.col + 1 }, (_, i) => rect.col + i);
}
const overlaps = (a: CellRect, b: CellRect) =>
  a.sheet.toLowerCase() === b.sheet.toLowerCase() &&
  a.row <= b.lastRow &&
  b.row <= a.lastRow &&
  a.col <= b.lastCol &&
  b.col <= a.lastCol;

/*
 * A date typed (or written through Range.values) becomes the serial of the workbook's date
 * system: days since 30 Dec 1899 in the 1900 system, since 1 Jan 1904 in the 1904 one, 1,462
 * fewer for the same day; a date before 1904 does not exist there and stays text ("Date systems
 * in Excel", support.microsoft.com/office/e7fe7167-48a9-4b96-bb53-5612a800b487; "Differences
 * between the 1900 and the 1904 date system in Excel", learn.microsoft.com/office/troubleshoot/
 * excel/1900-and-1904-date-system). Range.text shows a serial in the same system.
 */
const EPOCH_1904 = Date.UTC(1904, 0, 1);

function parseInput(
  input: string,
  asFormula: boolean,
  date1904: boolean,
): { value: Scalar; formula?: string; format?: string } {
  if (input.startsWith("=")) return { value: "", formula: input };
  const number = /^[+-]?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?([eE][+-]?\d+)?$/;
  if (number.test(input)) return { value: Number(input.replace(/,/g, "")) };
  if (/^[+\-@]/.test(input)) return { value: "", formula: "=" + input };
  if (/^\d+(\.\d+)?%$/.test(input))
    return { value: Number(input.slice(0, -1)) / 100, format: "0%" };
  if (/^(true|false)$/i.test(input)) return { value: input.toLowerCase() === "true" };
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input);
  if (iso && !asFormula) {
    const serial =
      (Date.UTC(+iso[1], +iso[2] - 1, +iso[3]) - (date1904 ? EPOCH_1904 : EPOCH)) / 86_400_000;
    return serial < 0 ? { value: input } : { value: serial, format: "yyyy-mm-dd" };
  }
  return { value: input };
}

/** The fake computes constant formulas only; anything else shows #NAME? as an unknown name would. */
function evaluate(formula: string): Scalar {
  const n = /^=\s*([+-]?\d+(\.\d+)?)\s*$/.exec(formula);
  return n ? Number(n[1]) : "#NAME?";
}

/** Range.text: a small subset of Excel's number formatting. */
function display(cell: FakeCell, date1904: boolean): string {
  const v = cell.value;
  if (typeof v !== "number") return String(v === true ? "TRUE" : v === false ? "FALSE" : v);
  const f = cell.format;
  if (/y/.test(f)) {
    const d = new Date((date1904 ? EPOCH_1904 : EPOCH) + v * 86_400_000);
    const mon = d.toLocaleString("en-US", { month: "short", timeZone: "UTC" });
    const [y, m, day] = d.toISOString().slice(0, 10).split("-");
    return f === "yyyy" ? y : f === "mmm yyyy" ? `${mon} ${y}` : `${y}-${m}-${day}`;
  }
  // A "%" outside quotes scales the number by 100, as Excel does ("To display numbers as a
  // percentage of 100 - for example, to display .08 as 8% - include the percent sign (%) in the
  // number format": support.microsoft.com, "Review guidelines for customizing a number format";
  // ECMA-376 Part 1, 18.8.31 numFmt). A quoted "%" is only text: 68 under 0"%" shows 68%.
  const scaling = f.replace(/"[^"]*"/g, "").includes("%");
  const decimals = (/\.(0+)/.exec(f)?.[1] ?? "").length;
  const fixed = (scaling ? v * 100 : v).toFixed(decimals);
  const grouped = f.includes(",")
    ? Number(fixed).toLocaleString("en-US", {
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
      })
    : fixed;
  return (f.startsWith("$") ? "$" : "") + grouped + (scaling || f.includes('"%"') ? "%" : "");
}

function deleteTableRow(fake: FakeExcel, table: FakeTable, index: number) {
  const { rect, sheet } = table;
  const bodyRows = bodyRowCount(table);
  if (index < 0 || index >= bodyRows) throw invalid(`Row ${index} is outside table ${table.name}.`);
  const at = rect.row + 1 + index;
  const last = Math.max(...[...sheet.cells.keys()].map((k) => Math.floor(k / 16384)), rect.lastRow);
  for (let r = at; r <= last; r++) {
    for (const c of cols(rect)) fake.setCell(sheet, r, c, fake.getCell(sheet, r + 1, c));
  }
  if (bodyRows > 1) {
    sheet.hiddenRows.delete(rect.lastRow);
    table.rect = { ...rect, lastRow: rect.lastRow - 1 };
  }
}

/** Shows a table's body rows, then hides those its filters exclude (by their shown text). */
function applyFilters(fake: FakeExcel, table: FakeTable) {
  const { rect, sheet } = table;
  // A filter never hides the Total Row (see totalsRow.ts).
  if (table.showTotals) sheet.hiddenRows.delete(rect.lastRow);
  for (const r of rows(bodyRect(table))) {
    const excluded = [...table.filters].some(
      ([c, criteria]) =>
        !criteria.values.includes(
          display(fake.getCell(sheet, r, rect.col + c), fake.use1904DateSystem),
        ),
    );
    if (excluded) sheet.hiddenRows.add(r);
    else sheet.hiddenRows.delete(r);
  }
}

/** Refuses what Excel gets wrong on a filtered table (see the class comment). */
function refuseWhileFiltered(table: FakeTable, what: string) {
  const { rect, sheet } = table;
  if (rows(rect).some((r) => sheet.hiddenRows.has(r))) {
    throw new FakeExcelError(
      "InvalidOperation",
      `${what} is not possible while a filter hides rows of table ${table.name}.`,
    );
  }
}

/** What an operation adds to the request body (requestBody). */
interface Wire {
  action: "Instantiate" | "Query" | "Method" | "SetProperty";
  args?: unknown;
}

export interface Op {
  wire: Wire;
  write: boolean;
  minApi?: string;
  run: () => void;
}

export class FakeContext {
  private queue: Op[] = [];
  readonly workbook: WorkbookProxy;
  constructor(readonly fake: FakeExcel) {
    this.workbook = new WorkbookProxy(this);
  }
  pending(): boolean {
    return this.queue.length > 0;
  }
  /** Objects created while a batch runs (the items of a loaded collection) resolve at once. */
  enqueue(op: Op) {
    if (this.executing) op.run();
    else this.queue.push(op);
  }
  private executing = false;
  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const fake = this.fake;
    fake.stats.syncs++;
    const bytes = utf8Bytes(JSON.stringify(requestBody(ops)));
    fake.stats.requestBytes.push(bytes);
    fake.stats.maxRequestBytes = Math.max(fake.stats.maxRequestBytes, bytes);
    if (bytes > PAYLOAD_LIMIT_BYTES) {
      throw new FakeExcelError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size has exceeded the limit (${bytes} bytes > ${PAYLOAD_LIMIT_BYTES}).`,
      );
    }
    let response = 0;
    this.executing = true;
    try {
      this.runAll(ops);
    } finally {
      this.executing = false;
    }
    for (const p of this.loadedThisSync.splice(0)) response += jsonBytes(p);
    if (response > PAYLOAD_LIMIT_BYTES) {
      throw new FakeExcelError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size has exceeded the limit.`,
      );
    }
  }
  private runAll(ops: Op[]) {
    const fake = this.fake;
    for (const op of ops) {
      if (op.minApi && compareVersions(op.minApi, fake.apiVersion) > 0) {
        throw new FakeExcelError(
          "ApiNotFound",
          `The API you are trying to use could not be found. It may be available in a newer version of Excel (ExcelApi ${op.minApi}).`,
        );
      }
      op.run();
      if (op.write) fake.stats.writeOps++;
    }
  }
  loadedThisSync: unknown[] = [];
}

/**
 * The JSON body Office.js posts at context.sync, as ClientRequestBase.
 * buildRequestMessageBodyAndRequestFlags builds it (node_modules/@microsoft/office-js/dist/
 * excel-web-16.00.debug.js): { AutoKeepReference, Actions, ObjectPaths }, where each proxy is an
 * object path (ObjectPathType 3, a method of its parent) with an Instantiate action (type 1),
 * and loads, methods and property sets are actions of type 2, 3 and 4 carrying their arguments.
 * The fake does not record which property or method an operation names: each gets a
 * 24-character name, longer than any the add-in uses ("numberFormat", "columnWidth", ...), so the
 * count errs high, never low.
 */
function requestBody(ops: Op[]) {
  const type = { Instantiate: 1, Query: 2, Method: 3, SetProperty: 4 } as const;
  const name = "x".repeat(24);
  const Actions: unknown[] = [];
  const ObjectPaths: Record<number, unknown> = {};
  let id = 0;
  let path = 0;
  for (const { wire } of ops) {
    id += 1;
    if (wire.action === "Instantiate") {
      ObjectPaths[id] = {
        Id: id,
        ObjectPathType: 3,
        Name: name,
        ParentObjectPathId: path,
        ArgumentInfo: {},
      };
      path = id;
      Actions.push({ Id: ++id, ActionType: type.Instantiate, Name: "", ObjectPathId: path });
    } else if (wire.action === "Query") {
      Actions.push({
        Id: id,
        ActionType: type.Query,
        Name: "",
        ObjectPathId: path,
        QueryInfo: { Select: wire.args, Expand: [], Skip: null, Top: null },
      });
    } else {
      Actions.push({
        Id: id,
        ActionType: type[wire.action],
        Name: name,
        ObjectPathId: path,
        ArgumentInfo: { Arguments: wire.args === undefined ? [] : [wire.args] },
      });
    }
  }
  return { AutoKeepReference: false, Actions, ObjectPaths };
}

/** UTF-8 length of a string, as it goes over the wire. */
function utf8Bytes(text: string): number {
  return typeof TextEncoder === "function"
    ? new TextEncoder().encode(text).length
    : new Blob([text]).size;
}

class WorkbookProxy {
  private made = new Map<string, unknown>();
  constructor(private context: FakeContext) {}
  use1904DateSystem: boolean | undefined = undefined;
  /** Only use1904DateSystem is loadable on the workbook itself; see FakeExcel.date1904Api. */
  load(props: string): this {
    if (props.trim() !== "use1904DateSystem")
      throw invalid(`The fake workbook cannot load "${props}".`);
    const fake = this.context.fake;
    this.context.enqueue({
      wire: { action: "Query", args: [props] },
      write: false,
      run: () => {
        if (!fake.date1904Api) {
          throw new FakeExcelError(
            "ApiNotFound",
            "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
          );
        }
        this.use1904DateSystem = fake.use1904DateSystem;
      },
    });
    return this;
  }
  private once<T>(name: string, make: () => T): T {
    if (!this.made.has(name)) this.made.set(name, make());
    return this.made.get(name) as T;
  }
  get worksheets(): WorksheetCollectionProxy {
    return this.once("worksheets", () => new WorksheetCollectionProxy(this.context));
  }
  get tables(): TableCollectionProxy {
    return this.once("tables", () => new TableCollectionProxy(this.context, null));
  }
  get customXmlParts(): XmlPartCollectionProxy {
    return this.once("parts", () => new XmlPartCollectionProxy(this.context, null));
  }
  get names(): NameCollectionProxy {
    return this.once("names", () => new NameCollectionProxy(this.context));
  }
  get comments(): {
    add: (cell: RangeProxy | string, content: string) => void;
    getItemByCell: (cell: RangeProxy | string) => CommentProxy;
  } {
    const context = this.context;
    return {
      add: (cell, content) =>
        context.enqueue({
          wire: { action: "Method", args: [typeof cell === "string" ? cell : null, content] },
          write: true,
          minApi: "1.10",
          run: () => {
            const r =
              typeof cell === "string" ? resolveAddress(context.fake, cell, null) : cell.rect();
            addComment(context.fake, r.sheet, r.rect.row, r.rect.col, content, invalid);
          },
        }),
      // CommentCollection.getItemByCell: "If there is no comment in the cell, an error is thrown."
      getItemByCell: (cell) =>
        new CommentProxy(context, () => {
          const r =
            typeof cell === "string" ? resolveAddress(context.fake, cell, null) : cell.rect();
          return commentAt(context.fake, r.sheet, r.rect.row, r.rect.col) ?? null;
        }),
    };
  }
  /** application.calculate(type) (ExcelApi 1.1): recorded in fake.calculations at sync. */
  get application(): { calculate: (type: string) => void } {
    const context = this.context;
    return {
      calculate: (type) =>
        context.enqueue({
          wire: { action: "Method", args: [type] },
          write: false,
          run: () => void context.fake.calculations.push(type),
        }),
    };
  }
  getActiveCell(): RangeProxy {
    const fake = this.context.fake;
    return new RangeProxy(
      this.context,
      () => ({
        sheet: fake.selection.sheet,
        rect: {
          sheet: fake.selection.sheet.name,
          row: fake.selection.row,
          col: fake.selection.col,
          lastRow: fake.selection.row,
          lastCol: fake.selection.col,
        },
      }),
      false,
      "1.7",
    );
  }
}

interface RangeTarget {
  sheet: FakeSheet;
  rect: CellRect;
}

function resolveAddress(fake: FakeExcel, address: string, sheet: FakeSheet | null): RangeTarget {
  const rect = parseAddress(address);
  const s = rect.sheet ? fake.sheet(rect.sheet) : sheet;
  if (!s) throw notFound(`sheet of ${address}`);
  return { sheet: s, rect: { ...rect, sheet: s.name } };
}

export class RangeProxy extends ClientObject<RangeTarget> {
  private worksheetProxy?: WorksheetProxy;
  readonly format: { columnWidth: number; autofitColumns: () => void };
  constructor(
    context: FakeContext,
    resolve: () => RangeTarget | null,
    orNull = false,
    minApi?: string,
  ) {
    super(context, resolve, orNull, minApi);
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const range = this;
    this.format = {
      set columnWidth(points: number) {
        range.write(points, () => {
          const { sheet, rect } = range.live();
          for (const c of cols(rect)) sheet.columnWidths.set(c, points);
        });
      },
      get columnWidth(): number {
        throw notLoaded("columnWidth");
      },
      autofitColumns: () => range.write(null, () => range.live()),
    };
  }
  rect(): RangeTarget {
    return this.live();
  }
  private derive(f: (t: RangeTarget) => RangeTarget | null, orNull = false): RangeProxy {
    return new RangeProxy(this.context, () => f(this.live()), orNull);
  }
  protected property(name: string): unknown {
    const { sheet, rect } = this.live();
    const grid = (f: (cell: FakeCell) => unknown) => {
      const cells = (rect.lastRow - rect.row + 1) * (rect.lastCol - rect.col + 1);
      if (cells > 5_000_000) {
        throw new FakeExcelError(
          "ResponsePayloadSizeLimitExceeded",
          `Reading ${cells} cells exceeds Excel's limit of five million cells per get operation.`,
        );
      }
      return rows(rect).map((r) => cols(rect).map((c) => f(this.fake.getCell(sheet, r, c))));
    };
    switch (name) {
      case "address":
        return toAddress(rect);
      case "values":
        return grid((c) => c.value);
      case "formulas":
        return grid((c) => c.formula ?? c.value);
      case "numberFormat":
        return grid((c) => c.format);
      case "text":
        return grid((c) => display(c, this.fake.use1904DateSystem));
      case "valueTypes":
        return grid((c) =>
          c.value === ""
            ? "Empty"
            : typeof c.value === "number"
              ? "Double"
              : typeof c.value === "boolean"
                ? "Boolean"
                : String(c.value).startsWith("#")
                  ? "Error"
                  : "String",
        );
      case "rowIndex":
        return rect.row;
      case "columnIndex":
        return rect.col;
      case "rowCount":
        return rect.lastRow - rect.row + 1;
      case "columnCount":
        return rect.lastCol - rect.col + 1;
      default:
        throw invalid(`The fake Range has no property ${name}.`);
    }
  }
  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get text(): string[][] {
    return this.read("text");
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get values(): any[][] {
    return this.read("values");
  }
  set values(v: any) {
    this.setGrid("values", v, (s, r, c, x) => this.fake.enter(s, r, c, x));
  }
  get formulas(): any[][] {
    return this.read("formulas");
  }
  set formulas(v: any) {
    this.setGrid("formulas", v, (s, r, c, x) => this.fake.enter(s, r, c, x, true));
  }
  get numberFormat(): any[][] {
    return this.read("numberFormat");
  }
  set numberFormat(v: any) {
    this.setGrid("numberFormat", v, (s, r, c, x) => {
      if (typeof x !== "string")
        throw invalid(`A number format must be text, not ${JSON.stringify(x)}.`);
      this.fake.setCell(s, r, c, {
        ...this.fake.getCell(s, r, c),
        format: x === "" ? "General" : x,
      });
    });
  }
  set hyperlink(link: { address?: string; textToDisplay?: string }) {
    this.write(
      link,
      () => {
        const { sheet, rect } = this.live();
        if (link.textToDisplay !== undefined)
          this.fake.enter(sheet, rect.row, rect.col, link.textToDisplay);
        this.fake.setCell(sheet, rect.row, rect.col, {
          ...this.fake.getCell(sheet, rect.row, rect.col),
          hyperlink: link.address,
        });
      },
      "1.7",
    );
  }
  private setGrid(
    what: string,
    input: unknown,
    put: (s: FakeSheet, r: number, c: number, x: unknown) => void,
  ) {
    this.write(input, () => {
      const { sheet, rect } = this.live();
      const height = rect.lastRow - rect.row + 1;
      const width = rect.lastCol - rect.col + 1;
      if (Array.isArray(input)) {
        if (
          input.length !== height ||
          input.some((row) => !Array.isArray(row) || row.length !== width)
        ) {
          throw invalid(
            `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}: ${height} × ${width} expected).`,
          );
        }
        input.forEach((row: unknown[], i) =>
          row.forEach((x, j) => put(sheet, rect.row + i, rect.col + j, x)),
        );
      } else for (const r of rows(rect)) for (const c of cols(rect)) put(sheet, r, c, input);
    });
  }
  get worksheet(): WorksheetProxy {
    this.worksheetProxy ??= new WorksheetProxy(this.context, () => this.live().sheet);
    return this.worksheetProxy;
  }
  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.derive(({ sheet, rect }) => {
      const lastRow = rect.lastRow + deltaRows;
      const lastCol = rect.lastCol + deltaColumns;
      if (lastRow < rect.row || lastCol < rect.col)
        throw invalid("The resized range would have no cells.");
      return { sheet, rect: { ...rect, lastRow, lastCol } };
    });
  }
  getCell(row: number, column: number): RangeProxy {
    return this.derive(({ sheet, rect }) => ({
      sheet,
      rect: {
        ...rect,
        row: rect.row + row,
        col: rect.col + column,
        lastRow: rect.row + row,
        lastCol: rect.col + column,
      },
    }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this.derive(({ sheet, rect }) => ({
      sheet,
      rect: {
        ...rect,
        row: rect.row + rowOffset,
        lastRow: rect.lastRow + rowOffset,
        col: rect.col + columnOffset,
        lastCol: rect.lastCol + columnOffset,
      },
    }));
  }
  getRow(row: number): RangeProxy {
    return this.derive(({ sheet, rect }) => ({
      sheet,
      rect: { ...rect, row: rect.row + row, lastRow: rect.row + row },
    }));
  }
  getRowsBelow(count = 1): RangeProxy {
    return this.derive(({ sheet, rect }) => ({
      sheet,
      rect: { ...rect, row: rect.lastRow + 1, lastRow: rect.lastRow + count },
    }));
  }
  getUsedRangeOrNullObject(_valuesOnly = false): RangeProxy {
    return this.derive(({ sheet, rect }) => {
      let [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
      for (const [k, cell] of sheet.cells) {
        const r = Math.floor(k / 16384);
        const c = k % 16384;
        if (r < rect.row || r > rect.lastRow || c < rect.col || c > rect.lastCol) continue;
        if (
          cell.value === "" &&
          cell.formula === null &&
          (_valuesOnly || cell.format === "General")
        )
          continue;
        [top, left, bottom, right] = [
          Math.min(top, r),
          Math.min(left, c),
          Math.max(bottom, r),
          Math.max(right, c),
        ];
      }
      return bottom < 0
        ? null
        : {
            sheet,
            rect: { sheet: sheet.name, row: top, col: left, lastRow: bottom, lastCol: right },
          };
    }, true);
  }
  clear(): void {
    this.write(null, () => {
      const { sheet, rect } = this.live();
      for (const r of rows(rect)) for (const c of cols(rect)) sheet.cells.delete(key(r, c));
    });
  }
  select(): void {
    this.write(null, () => {
      const { sheet, rect } = this.live();
      this.fake.selection = { sheet, row: rect.row, col: rect.col };
    });
  }
}

/** A threaded comment: a missing one is ItemNotFound at sync. */
class CommentProxy extends ClientObject<FakeComment> {
  constructor(context: FakeContext, resolve: () => FakeComment | null) {
    super(
      context,
      () =>
        resolve() ??
        (() => {
          throw notFound("comment");
        })(),
      false,
      "1.10",
    );
  }
  protected property(name: string): unknown {
    if (name === "content") return this.live().content;
    throw invalid(`The fake Comment has no property ${name}.`);
  }
  get content(): string {
    return this.read("content");
  }
}

class NoteProxy extends ClientObject<{ content: string }> {
  constructor(context: FakeContext, resolve: () => { content: string } | null) {
    super(context, resolve, true, "1.18");
  }
  protected property(name: string): unknown {
    if (name === "content") return this.live().content;
    throw invalid(`The fake Note has no property ${name}.`);
  }
  get content(): string {
    return this.read("content");
  }
}

class WorksheetProxy extends ClientObject<FakeSheet> {
  private tablesProxy?: TableCollectionProxy;
  private chartsProxy?: ChartCollectionProxy;
  constructor(
    context: FakeContext,
    resolve: () => FakeSheet | null,
    orNull = false,
    preload?: string,
  ) {
    super(context, resolve, orNull);
    if (preload) this.load(preload);
  }
  get tables(): TableCollectionProxy {
    this.tablesProxy ??= new TableCollectionProxy(this.context, () => this.live());
    return this.tablesProxy;
  }
  get charts(): ChartCollectionProxy {
    this.chartsProxy ??= new ChartCollectionProxy(this.context, () => this.live());
    return this.chartsProxy;
  }
  get notes(): {
    add: (cell: RangeProxy | string, content: string) => void;
    getItemOrNullObject: (cell: RangeProxy | string) => NoteProxy;
  } {
    const at = (cell: RangeProxy | string) =>
      typeof cell === "string" ? resolveAddress(this.fake, cell, this.live()) : cell.rect();
    return {
      add: (cell, content) =>
        this.write(
          content,
          () => {
            const t = at(cell);
            addNote(t.sheet, key(t.rect.row, t.rect.col), content, invalid);
          },
          "1.18",
        ),
      getItemOrNullObject: (cell) =>
        new NoteProxy(this.context, () => {
          const t = at(cell);
          const content = t.sheet.notes.get(key(t.rect.row, t.rect.col));
          return content === undefined ? null : { content };
        }),
    };
  }
  protected property(name: string): unknown {
    const sheet = this.live();
    if (name === "name") return sheet.name;
    if (name === "id") return sheet.id;
    if (name === "position") return this.fake.sheets.indexOf(sheet);
    throw invalid(`The fake Worksheet has no property ${name}.`);
  }
  get id(): string {
    return this.read("id");
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.write(value, () => {
      if (
        this.fake.sheets.some(
          (s) => s !== this.live() && s.name.toLowerCase() === value.toLowerCase(),
        )
      )
        throw invalid(`A sheet named "${value}" already exists.`);
      this.live().name = value;
    });
  }
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.context, () => {
      const sheet = this.live();
      return address
        ? resolveAddress(this.fake, address, sheet)
        : { sheet, rect: { sheet: sheet.name, row: 0, col: 0, lastRow: 1048575, lastCol: 16383 } };
    });
  }
  getRangeByIndexes(row: number, col: number, rowCount: number, columnCount: number): RangeProxy {
    return new RangeProxy(
      this.context,
      () => {
        if (rowCount < 1 || columnCount < 1)
          throw invalid("getRangeByIndexes needs at least one row and one column.");
        const sheet = this.live();
        return {
          sheet,
          rect: {
            sheet: sheet.name,
            row,
            col,
            lastRow: row + rowCount - 1,
            lastCol: col + columnCount - 1,
          },
        };
      },
      false,
      "1.7",
    );
  }
  activate(): void {
    this.write(null, () => {
      this.fake.selection = { sheet: this.live(), row: 0, col: 0 };
    });
  }
  delete(): void {
    this.write(null, () => this.fake.deleteSheet(this.live().name));
  }
}

class WorksheetCollectionProxy extends ClientObject<FakeSheet[]> {
  protected override readonly isCollection = true;
  constructor(context: FakeContext) {
    super(context, () => context.fake.sheets);
  }
  protected property(name: string): unknown {
    if (!name.startsWith("items"))
      throw invalid(`The fake WorksheetCollection has no property ${name}.`);
    const sub = name.split("/")[1];
    return this.live().map((s) => new WorksheetProxy(this.context, () => s, false, sub));
  }
  get items(): WorksheetProxy[] {
    return this.read("items");
  }
  add(name?: string): WorksheetProxy {
    let sheet: FakeSheet | null = null;
    this.write(name, () => {
      const fake = this.fake;
      let n = name;
      for (let i = fake.sheets.length + 1; !n; i++) if (!fake.sheet(`Sheet${i}`)) n = `Sheet${i}`;
      if (!/^[^:\\/?*[\]]{1,31}$/.test(n) || /^'|'$/.test(n))
        throw invalid(`"${n}" is not a valid sheet name.`);
      sheet = fake.addSheet(n);
    });
    return new WorksheetProxy(this.context, () => sheet);
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(
      this.context,
      () =>
        this.fake.sheet(name) ??
        (() => {
          throw notFound(`sheet ${name}`);
        })(),
    );
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.fake.sheet(name) ?? null, true);
  }
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.fake.selection.sheet);
  }
}

class TableCollectionProxy extends ClientObject<FakeTable[]> {
  protected override readonly isCollection = true;
  constructor(
    context: FakeContext,
    private readonly sheet: (() => FakeSheet) | null,
  ) {
    super(context, () =>
      sheet ? context.fake.tables.filter((t) => t.sheet === sheet()) : context.fake.tables,
    );
  }
  protected property(name: string): unknown {
    if (name === "count") return this.live().length;
    if (!name.startsWith("items"))
      throw invalid(`The fake TableCollection has no property ${name}.`);
    return this.live().map((t) => new TableProxy(this.context, () => t, false, name.split("/")[1]));
  }
  get items(): TableProxy[] {
    return this.read("items");
  }
  get count(): number {
    return this.read("count");
  }
  add(address: RangeProxy | string, hasHeaders: boolean): TableProxy {
    let table: FakeTable | null = null;
    this.write([typeof address === "string" ? address : "range", hasHeaders], () => {
      const fake = this.fake;
      const t =
        typeof address === "string"
          ? resolveAddress(fake, address, this.sheet?.() ?? null)
          : address.rect();
      if (!hasHeaders) throw invalid("The fake supports tables.add with hasHeaders = true only.");
      if (t.rect.lastRow <= t.rect.row)
        throw invalid("A table with headers needs at least two rows.");
      if (fake.tables.some((x) => overlaps(x.rect, t.rect)))
        throw invalid("A table can't overlap another table.");
      const titles = new Set<string>();
      for (const c of cols(t.rect)) {
        const cell = fake.getCell(t.sheet, t.rect.row, c);
        let title = String(cell.formula ? cell.value : cell.value) || `Column${c - t.rect.col + 1}`;
        for (let n = 2; titles.has(title.toLowerCase()); n++) title = `${title}${n}`;
        titles.add(title.toLowerCase());
        fake.setCell(t.sheet, t.rect.row, c, { ...cell, value: title, formula: null });
      }
      let n = 1;
      while (fake.table(`Table${n}`)) n++;
      table = {
        id: fake.newId(),
        name: `Table${n}`,
        sheet: t.sheet,
        rect: { ...t.rect },
        style: "TableStyleMedium2",
        filters: new Map(),
      };
      fake.tables.push(table);
    });
    return new TableProxy(this.context, () => table);
  }
  getItem(key: string): TableProxy {
    return new TableProxy(
      this.context,
      () =>
        this.fake.table(key) ??
        (() => {
          throw notFound(`table ${key}`);
        })(),
    );
  }
  getItemOrNullObject(key: string): TableProxy {
    return new TableProxy(this.context, () => this.fake.table(key) ?? null, true, undefined, "1.4");
  }
}

export class TableProxy extends ClientObject<FakeTable> {
  readonly rows: {
    add: (index?: number | null, values?: any[][], alwaysInsert?: boolean) => void;
    getItemAt: (index: number) => { delete: () => void };
    getCount: () => void;
  };
  readonly columns: { getItemAt: (index: number) => { filter: FilterProxy } };
  private worksheetProxy?: WorksheetProxy;
  constructor(
    context: FakeContext,
    resolve: () => FakeTable | null,
    orNull = false,
    preload?: string,
    minApi?: string,
  ) {
    super(context, resolve, orNull, minApi);
    if (preload) this.load(preload);
    this.rows = {
      add: (index, values, alwaysInsert = true) =>
        this.write(values ?? null, () => {
          if (index !== null && index !== undefined)
            throw invalid("The fake adds rows at the end of a table only.");
          const table = this.live();
          refuseWhileFiltered(table, "Adding table rows");
          const { rect, sheet } = table;
          const width = rect.lastCol - rect.col + 1;
          const input = values ?? [new Array(width).fill(null)];
          if (input.some((r) => r.length !== width))
            throw invalid(`Each new row needs ${width} values.`);
          const n = input.length;
          // New rows go below the data body: above the totals row, which moves down with them.
          const end = bodyRect(table).lastRow;
          if (alwaysInsert || table.showTotals) {
            const last = Math.max(
              rect.lastRow,
              ...[...sheet.cells.keys()].map((k) => Math.floor(k / 16384)),
            );
            for (let r = last; r > end; r--)
              for (const c of cols(rect))
                this.fake.setCell(sheet, r + n, c, this.fake.getCell(sheet, r, c));
            for (let r = end + 1; r <= end + n; r++)
              for (const c of cols(rect)) sheet.cells.delete(key(r, c));
          }
          input.forEach((row, i) =>
            row.forEach((x, j) => this.fake.enter(sheet, end + 1 + i, rect.col + j, x)),
          );
          table.rect = { ...rect, lastRow: rect.lastRow + n };
        }),
      getItemAt: (index) => ({
        delete: () =>
          this.write(index, () => {
            refuseWhileFiltered(this.live(), "Deleting a table row");
            deleteTableRow(this.fake, this.live(), index);
          }),
      }),
      getCount: () => undefined,
    };
    this.columns = {
      getItemAt: (index) => ({
        filter: new FilterProxy(this.context, () => {
          const table = this.live();
          if (index < 0 || index > table.rect.lastCol - table.rect.col)
            throw invalid(`Column ${index} is outside table ${table.name}.`);
          return { table, index };
        }),
      }),
    };
  }
  /** Removes every filter of the table, showing all its rows (ExcelApi 1.2). */
  clearFilters(): void {
    this.write(null, () => {
      const table = this.live();
      if (this.fake.clearFiltersIgnored) return;
      table.filters.clear();
      applyFilters(this.fake, table);
    });
  }
  protected property(name: string): unknown {
    const t = this.live();
    if (name === "id") return t.id;
    if (name === "name") return t.name;
    if (name === "style") return t.style;
    if (name === "showTotals") return Boolean(t.showTotals);
    throw invalid(`The fake Table has no property ${name}.`);
  }
  get id(): string {
    return this.read("id");
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.write(value, () => {
      const fake = this.fake;
      const table = this.live();
      if (
        !/^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(value) ||
        /^[A-Za-z]{1,3}\d+$/.test(value) ||
        /^[RrCc]$/.test(value)
      ) {
        throw invalid(`"${value}" is not a valid table name.`);
      }
      // Table names share one namespace with workbook names (office-js #551).
      if (
        fake.tables.some((t) => t !== table && t.name.toLowerCase() === value.toLowerCase()) ||
        fake.names.some((n) => n.name.toLowerCase() === value.toLowerCase())
      ) {
        throw invalid(`A table or name called "${value}" already exists.`);
      }
      table.name = value;
    });
  }
  get style(): string {
    return this.read("style");
  }
  get showTotals(): boolean {
    return this.read("showTotals");
  }
  set style(value: string) {
    this.write(value, () => (this.live().style = value));
  }
  get worksheet(): WorksheetProxy {
    this.worksheetProxy ??= new WorksheetProxy(this.context, () => this.live().sheet);
    return this.worksheetProxy;
  }
  private range(f: (t: FakeTable) => CellRect): RangeProxy {
    return new RangeProxy(this.context, () => ({ sheet: this.live().sheet, rect: f(this.live()) }));
  }
  getRange(): RangeProxy {
    return this.range((t) => t.rect);
  }
  getHeaderRowRange(): RangeProxy {
    return this.range((t) => ({ ...t.rect, lastRow: t.rect.row }));
  }
  getDataBodyRange(): RangeProxy {
    return this.range(bodyRect);
  }
  /** The Total Row; ItemNotFound when it is not shown, as Excel's getTotalRowRange. */
  getTotalRowRange(): RangeProxy {
    return this.range((t) => {
      if (!t.showTotals) throw notFound(`Total Row of ${t.name}`);
      return { ...t.rect, row: t.rect.lastRow };
    });
  }
  resize(newRange: RangeProxy | string): void {
    this.write(
      typeof newRange === "string" ? newRange : "range",
      () => {
        const table = this.live();
        const refusal = refuseResizeWithTotals(table);
        if (refusal) throw new FakeExcelError("InvalidOperation", refusal);
        const t =
          typeof newRange === "string"
            ? resolveAddress(this.fake, newRange, table.sheet)
            : newRange.rect();
        if (
          t.sheet !== table.sheet ||
          t.rect.row !== table.rect.row ||
          !overlaps(t.rect, table.rect)
        ) {
          throw invalid(
            "The new range must overlap with the original table range and the headers (or the top of the table) must be in the same row.",
          );
        }
        if (this.fake.tables.some((x) => x !== table && overlaps(x.rect, t.rect)))
          throw invalid("A table can't overlap another table.");
        table.rect = { ...t.rect };
      },
      "1.13",
    );
  }
  delete(): void {
    this.write(null, () => {
      const table = this.live();
      this.fake.tables = this.fake.tables.filter((t) => t !== table);
    });
  }
}

/** How Excel reports the criteria of a column: every field present, unset ones null. */
const UNSET_CRITERIA = {
  color: null,
  criterion1: null,
  criterion2: null,
  dynamicCriteria: null,
  filterOn: null,
  icon: null,
  operator: null,
  subField: null,
  values: null,
};

/** Excel.Filter of one table column (ExcelApi 1.2). */
class FilterProxy extends ClientObject<{ table: FakeTable; index: number }> {
  protected property(name: string): unknown {
    const { table, index } = this.live();
    if (name === "criteria") {
      const c = table.filters.get(index);
      return { ...UNSET_CRITERIA, ...(c ? { filterOn: c.filterOn, values: [...c.values] } : {}) };
    }
    throw invalid(`The fake Filter has no property ${name}.`);
  }
  get criteria(): Record<string, unknown> {
    return this.read("criteria");
  }
  apply(criteria: FakeFilterCriteria): void {
    this.write(criteria, () => {
      if (Object.values(criteria ?? {}).some((v) => v === null))
        throw invalid("The argument is invalid or missing or has an incorrect format.");
      if (criteria?.filterOn !== "Values" || !Array.isArray(criteria.values))
        throw invalid("The fake applies Values filters only.");
      const { table, index } = this.live();
      table.filters.set(index, { filterOn: "Values", values: [...criteria.values] });
      applyFilters(this.fake, table);
    });
  }
  clear(): void {
    this.write(null, () => {
      const { table, index } = this.live();
      table.filters.delete(index);
      applyFilters(this.fake, table);
    });
  }
}

interface XmlPart {
  id: string;
  xml: string;
  namespace: string;
}

class XmlPartCollectionProxy extends ClientObject<XmlPart[]> {
  protected override readonly isCollection = true;
  constructor(
    context: FakeContext,
    private readonly namespace: string | null,
  ) {
    super(
      context,
      () => context.fake.parts.filter((p) => namespace === null || p.namespace === namespace),
      false,
      "1.5",
    );
  }
  protected property(name: string): unknown {
    if (!name.startsWith("items"))
      throw invalid(`The fake CustomXmlPartCollection has no property ${name}.`);
    return this.live().map(
      (p) => new XmlPartProxy(this.context, () => p, false, name.split("/")[1]),
    );
  }
  get items(): XmlPartProxy[] {
    return this.read("items");
  }
  add(xml: string): XmlPartProxy {
    let part: XmlPart | null = null;
    this.write(
      xml,
      () => {
        const ns = /xmlns="([^"]*)"/.exec(xml)?.[1] ?? "";
        checkXmlPart(xml);
        part = { id: `{part-${this.fake.newId()}}`, xml, namespace: ns };
        this.fake.parts.push(part);
      },
      "1.5",
    );
    return new XmlPartProxy(this.context, () => part);
  }
  getByNamespace(namespace: string): XmlPartCollectionProxy {
    return new XmlPartCollectionProxy(this.context, namespace);
  }
  getItem(id: string): XmlPartProxy {
    return new XmlPartProxy(
      this.context,
      () =>
        this.fake.parts.find((p) => p.id === id) ??
        (() => {
          throw notFound(`custom XML part ${id}`);
        })(),
    );
  }
}

class XmlPartProxy extends ClientObject<XmlPart> {
  constructor(
    context: FakeContext,
    resolve: () => XmlPart | null,
    orNull = false,
    preload?: string,
  ) {
    super(context, resolve, orNull, "1.5");
    if (preload) this.load(preload);
  }
  protected property(name: string): unknown {
    const p = this.live();
    if (name === "id") return p.id;
    if (name === "namespaceUri") return p.namespace;
    throw invalid(`The fake CustomXmlPart has no property ${name}.`);
  }
  get id(): string {
    return this.read("id");
  }
  getXml(): { value: string } {
    let value: string | undefined;
    this.context.enqueue({
      wire: { action: "Method" },
      write: false,
      run: () => {
        value = this.live().xml;
        this.context.loadedThisSync.push(value);
      },
    });
    return {
      get value() {
        if (value === undefined) throw notLoaded("value");
        return value;
      },
    };
  }
  setXml(xml: string): void {
    this.write(xml, () => {
      checkXmlPart(xml);
      this.live().xml = xml;
    });
  }
  delete(): void {
    this.write(null, () => {
      const part = this.live();
      this.fake.parts = this.fake.parts.filter((p) => p !== part);
    });
  }
}

class NameCollectionProxy extends ClientObject<FakeExcel["names"]> {
  protected override readonly isCollection = true;
  constructor(context: FakeContext) {
    super(context, () => context.fake.names);
  }
  protected property(name: string): unknown {
    if (!name.startsWith("items"))
      throw invalid(`The fake NamedItemCollection has no property ${name}.`);
    return this.live().map((n) => new NamedItemProxy(this.context, () => n, name.split("/")[1]));
  }
  get items(): NamedItemProxy[] {
    return this.read("items");
  }
  add(name: string, reference: RangeProxy | string, comment = ""): void {
    this.write(
      [name, comment],
      () => {
        const fake = this.fake;
        if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(name))
          throw invalid(`"${name}" is not a valid name.`);
        if (fake.names.some((n) => n.name.toLowerCase() === name.toLowerCase()) || fake.table(name))
          throw invalid(`The name "${name}" already exists.`);
        const t =
          typeof reference === "string"
            ? resolveAddress(fake, reference.replace(/^=/, ""), null)
            : reference.rect();
        fake.names.push({ name, sheet: t.sheet, rect: t.rect, comment });
      },
      "1.4",
    );
  }
}

class NamedItemProxy extends ClientObject<FakeExcel["names"][number]> {
  constructor(context: FakeContext, resolve: () => FakeExcel["names"][number], preload?: string) {
    super(context, resolve);
    if (preload) this.load(preload);
  }
  protected property(name: string): unknown {
    const n = this.live();
    if (name === "name") return n.name;
    if (name === "type") return "Range";
    // Excel returns a named range's value as its absolute address.
    if (name === "value" || name === "formula") {
      const a = toAddress({ ...n.rect, sheet: n.sheet.name }).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
      return name === "formula" ? "=" + a : a;
    }
    throw invalid(`The fake NamedItem has no property ${name}.`);
  }
  get name(): string {
    return this.read("name");
  }
  get value(): string {
    return this.read("value");
  }
  get formula(): string {
    return this.read("formula");
  }
}
