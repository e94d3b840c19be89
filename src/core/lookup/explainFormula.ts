import { EXCEL_ERROR, PolicyError, userMessage } from "../errors";
import type { Dataset } from "../dataset/schema";
import type { LookupIndex } from "./buildIndex";
import { findRecord } from "./findFigure";
import { policyFormulas } from "./policyFormulas";

/**
 * What Trace says about a cell holding a POLICY formula. Excel on Windows and Mac shows a
 * custom function's #N/A or #VALUE! without its message (office-js #4971, #4813), so the pane
 * parses the formula, makes the same core call the function makes, and shows the result or the
 * message, with the function's usage.
 */

/** One argument as written in the formula. */
export type FormulaArg =
  | { kind: "value"; value: string | number | boolean }
  | { kind: "omitted" }
  | { kind: "ref"; address: string }
  | { kind: "expression"; text: string };

export interface PolicyCall {
  /** Upper case, without "POLICY.", e.g. "LOOKUP". */
  name: string;
  args: FormulaArg[];
}

export type FormulaResult =
  | { kind: "value"; value: string | number | boolean; shown: string }
  | { kind: "error"; code: "#N/A" | "#VALUE!" | "#NAME?"; message: string }
  | { kind: "unknown"; message: string };

export interface FormulaExplanation {
  formula: string;
  /** "POLICY.LOOKUP(metric_or_text, [actor], [period], [field])", or null for an unknown name. */
  usage: string | null;
  result: FormulaResult;
  /** The figure or event the call reads, when it names one that exists. */
  recordId: string | null;
}

export const POLICY_USAGE: Readonly<Record<string, string>> = {
  VALUE: "POLICY.VALUE(id)",
  LOOKUP: "POLICY.LOOKUP(metric_or_text, [actor], [period], [field])",
  DATE: 'POLICY.DATE(id, ["date" | "start" | "end" | "source_date"])',
  FIELD: "POLICY.FIELD(id, field)",
  SOURCE: 'POLICY.SOURCE(id, ["plain" | "apa" | "chicago"])',
  QUOTE: "POLICY.QUOTE(id)",
  TABLE: "POLICY.TABLE(table_id, [columns], [filter])",
  SEARCH: "POLICY.SEARCH(text, [max])",
  VERSION: 'POLICY.VERSION(["version" | "hash" | "schema" | "extractor"])',
  CARD: "POLICY.CARD(id)",
};

const CALL = /POLICY\.([A-Za-z]+)\s*\(/i;
const REF = /^(?:(?:'(?:[^']|'')+'|[A-Za-z0-9_.]+)!)?\$?[A-Za-z]{1,3}\$?\d+$/;

/**
 * The first POLICY call in a formula (as Range.formulas gives it: English, commas), with its
 * arguments: literals, omitted ones, single-cell references, or other expressions.
 * @example parsePolicyCall('=POLICY.LOOKUP("pill presses", , B2)') // { name: "LOOKUP", args: [text, omitted, ref B2] }
 */
export function parsePolicyCall(formula: string): PolicyCall | null {
  const m = CALL.exec(formula);
  if (!m) return null;
  const args: string[] = [];
  let depth = 0;
  let current = "";
  let inString = false;
  for (let i = m.index + m[0].length; i < formula.length; i++) {
    const c = formula[i];
    if (inString) {
      current += c;
      if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === "(" || c === "{") depth++;
    else if ((c === ")" || c === "}") && depth > 0) depth--;
    else if (c === ")") {
      args.push(current);
      return { name: m[1].toUpperCase(), args: readArgs(args) };
    } else if (c === "," && depth === 0) {
      args.push(current);
      current = "";
      continue;
    }
    current += c;
  }
  return null; // unbalanced: Excel would not have accepted it either
}

function readArgs(raw: string[]): FormulaArg[] {
  // "=POLICY.VERSION()" has no argument, not one omitted argument.
  if (raw.length === 1 && raw[0].trim() === "") return [];
  return raw.map((text): FormulaArg => {
    const t = text.trim();
    if (t === "") return { kind: "omitted" };
    const str = /^"((?:[^"]|"")*)"$/.exec(t);
    if (str) return { kind: "value", value: str[1].replace(/""/g, '"') };
    if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return { kind: "value", value: Number(t) };
    if (/^(true|false)$/i.test(t)) return { kind: "value", value: t.toUpperCase() === "TRUE" };
    if (REF.test(t)) return { kind: "ref", address: t.replace(/\$/g, "") };
    return { kind: "expression", text: t };
  });
}

/** Cell references among the arguments, for the adapter to read. */
export function referencedCells(call: PolicyCall): string[] {
  return call.args.flatMap((a) => (a.kind === "ref" ? [a.address] : []));
}

/**
 * The index a POLICY call is explained from, given the call and its arguments' values: the one
 * its function answers from (for a dataset read in pieces, the pieces that hold the answer).
 */
export type FormulaIndexer = (call: PolicyCall, args: unknown[]) => Promise<LookupIndex>;

/** What Trace explains a selected POLICY formula from: the whole dataset, or an indexer. */
export type FormulaSource = Dataset | FormulaIndexer;

/**
 * Runs the call the function would make, with referenced cells' values from `cells` (by the
 * address as written), and says what it returns, or its error message and usage.
 */
export function explainPolicyFormula(
  index: LookupIndex,
  formula: string,
  cells: ReadonlyMap<string, unknown> = new Map(),
): FormulaExplanation {
  const read = readFormula(formula, cells);
  if ("explained" in read) return read.explained;
  return { formula, usage: read.usage, ...evaluate(index, read.call.name, read.args) };
}

/**
 * explainPolicyFormula over the index `indexFor` gives for the call; a formula Trace cannot
 * read, or of a name that is no POLICY function, is explained without asking for one.
 */
export async function explainPolicyFormulaWith(
  indexFor: FormulaIndexer,
  formula: string,
  cells: ReadonlyMap<string, unknown> = new Map(),
): Promise<FormulaExplanation> {
  const read = readFormula(formula, cells);
  if ("explained" in read) return read.explained;
  const index = await indexFor(read.call, read.args);
  return { formula, usage: read.usage, ...evaluate(index, read.call.name, read.args) };
}

type ReadFormula =
  { explained: FormulaExplanation } | { call: PolicyCall; usage: string; args: unknown[] };

/** The call and its arguments' values, or the explanation of why there is nothing to run. */
function readFormula(formula: string, cells: ReadonlyMap<string, unknown>): ReadFormula {
  const call = parsePolicyCall(formula);
  if (!call) {
    return {
      explained: {
        formula,
        usage: null,
        result: {
          kind: "unknown",
          message: "Trace cannot read the POLICY call in this formula (unbalanced brackets?).",
        },
        recordId: null,
      },
    };
  }
  const usage = POLICY_USAGE[call.name] ?? null;
  if (!usage) {
    return {
      explained: {
        formula,
        usage,
        result: {
          kind: "error",
          code: "#NAME?",
          message:
            `POLICY.${call.name} is not a Policy Tables function. Functions: ` +
            Object.values(POLICY_USAGE).join("; ") +
            ".",
        },
        recordId: null,
      },
    };
  }
  const unreadable = call.args.find((a) => a.kind === "expression");
  if (unreadable && unreadable.kind === "expression") {
    return {
      explained: {
        formula,
        usage,
        result: {
          kind: "unknown",
          message:
            `Trace cannot work out the argument ${unreadable.text}; it reads text, numbers, ` +
            "TRUE/FALSE and single-cell references. Select a cell holding the argument's result.",
        },
        recordId: null,
      },
    };
  }
  const args = call.args.map((a) =>
    a.kind === "value"
      ? a.value
      : a.kind === "ref"
        ? blankAsOmitted(cells.get(a.address))
        : undefined,
  );
  return { call, usage, args };
}

function blankAsOmitted(value: unknown): unknown {
  return value === "" || value === null ? undefined : value;
}

function evaluate(
  index: LookupIndex,
  name: string,
  args: unknown[],
): Pick<FormulaExplanation, "result" | "recordId"> {
  try {
    const result = call(index, name, args);
    const value = Array.isArray(result) ? shown(result) : (result as string | number | boolean);
    return {
      result: { kind: "value", value, shown: shown(result) },
      recordId: recordOf(index, name, args),
    };
  } catch (error) {
    const code = error instanceof PolicyError ? EXCEL_ERROR[error.code] : "#VALUE!";
    return { result: { kind: "error", code, message: userMessage(error) }, recordId: null };
  }
}

function call(index: LookupIndex, name: string, a: unknown[]): unknown {
  const P = policyFormulas;
  switch (name) {
    case "VALUE":
      return P.value(index, a[0]);
    case "LOOKUP":
      return P.lookup(index, a[0], a[1], a[2], a[3]);
    case "DATE":
      return P.date(index, a[0], a[1]);
    case "FIELD":
      return P.field(index, a[0], a[1]);
    case "SOURCE":
      return P.source(index, a[0], a[1]);
    case "QUOTE":
      return P.quote(index, a[0]);
    case "TABLE":
      return P.table(index, a[0], a[1], a[2]);
    case "SEARCH":
      return P.search(index, a[0], a[1]);
    case "VERSION":
      return P.version(index, a[0]);
    default:
      return P.card(index, a[0], false);
  }
}

function shown(value: unknown): string {
  if (Array.isArray(value)) {
    const rows = value as unknown[][];
    return `a table of ${rows.length} rows (header first) and ${rows[0]?.length ?? 0} columns`;
  }
  return String(value);
}

/** The record a successful call reads: its id argument, or the figure LOOKUP found. */
function recordOf(index: LookupIndex, name: string, a: unknown[]): string | null {
  try {
    if (name === "LOOKUP") return String(policyFormulas.lookup(index, a[0], a[1], a[2], "id"));
    if (["VALUE", "DATE", "FIELD", "QUOTE", "CARD", "SOURCE"].includes(name)) {
      return findRecord(index, String(a[0])).record.id;
    }
  } catch {
    // SOURCE may name a document rather than a figure: no record to show then.
  }
  return null;
}
