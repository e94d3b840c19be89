import type { LookupIndex } from "../lookup/buildIndex";
import { explainPolicyFormula, parsePolicyCall } from "../lookup/explainFormula";
import { policyFormulas } from "../lookup/policyFormulas";

/**
 * The README's POLICY examples, with the results the functions give on the built dataset.
 * The README shows what the dataset answers, never a hand-copied result: an example that a new
 * document makes ambiguous shows the #N/A and the candidates it now gives, which is the answer
 * an analyst gets in Excel.
 */
export interface FormulaExample {
  /** The first column ("`VALUE(id)`: the number of a figure"); absent for another example of the same function. */
  function?: string;
  formula: string;
  /**
   * Said after the result. `{=POLICY.…}` inside it is shown as that formula and the result it
   * gives; write what stays true whatever the dataset answers.
   */
  note?: string;
}

/** Longest error message shown whole; a longer one is cut at a word and ends in " …". */
const MESSAGE_MAX = 320;
/** Rows of a spilled TABLE shown after its header. */
const TABLE_ROWS_SHOWN = 3;
const MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ");

/** A code span that survives a Markdown table cell. */
const code = (text: string) => `\`${text.replace(/\|/g, "\\|")}\``;

/** `message`, or its start cut at a word before MESSAGE_MAX characters and " …". */
export function cutMessage(message: string): string {
  if (message.length <= MESSAGE_MAX) return message;
  const at = message.lastIndexOf(" ", MESSAGE_MAX);
  return `${message.slice(0, at)} …`;
}

/** 45245 → "15 Nov 2023" (Excel's 1900 date system). */
function serialDate(serial: number): string {
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

function argValues(formula: string): unknown[] {
  const call = parsePolicyCall(formula);
  return (call?.args ?? []).map((a) => (a.kind === "value" ? a.value : undefined));
}

/** TABLE's or SEARCH's spilled rows, as Excel receives them. */
function spilled(index: LookupIndex, name: string, formula: string): unknown[][] {
  const a = argValues(formula);
  return name === "TABLE"
    ? policyFormulas.table(index, a[0], a[1], a[2])
    : policyFormulas.search(index, a[0], a[1]);
}

const joined = (row: unknown[]) => row.map(String).join(" │ ");

/** What a formula gives, as the README's Result cell shows it (before any note). */
export function shownResult(index: LookupIndex, formula: string): string {
  const { result } = explainPolicyFormula(index, formula);
  if (result.kind === "unknown") throw new Error(`README example ${formula}: ${result.message}`);
  if (result.kind === "error") return `${code(result.code)} ${cutMessage(result.message)}`;
  const name = parsePolicyCall(formula)!.name;
  const value = result.value;
  if (name === "TABLE") {
    const rows = spilled(index, name, formula);
    const shown = rows.slice(0, 1 + TABLE_ROWS_SHOWN).map((r) => code(joined(r)));
    const more = rows.length - shown.length;
    return shown.join(" / ") + (more > 0 ? ` / … (${rows.length - 1} rows in all)` : "");
  }
  if (name === "SEARCH") {
    const rows = spilled(index, name, formula).slice(1);
    if (!rows.length) return "the header alone: nothing matches";
    return `header, then ${rows.map((r) => code(`${joined(r.slice(0, 3))} │ …`)).join(", ")}`;
  }
  if (
    name === "VERSION" &&
    value === `${index.dataset.version} (sha ${index.dataset.contentHash.slice(0, 8)})`
  ) {
    return (
      `${code("<version> (sha <hash8>)")}: the version named under "The dataset" and the first ` +
      "8 hex digits of its content hash"
    );
  }
  if (name === "CARD") {
    return (
      `where Excel supports CustomFunctionsRuntime 1.4: a card showing the number ` +
      `(${code("=A1.Value")} → ${code(String(value))}); elsewhere the plain value ${code(String(value))}`
    );
  }
  if (name === "DATE" && typeof value === "number")
    return `${code(String(value))} (${serialDate(value)})`;
  return code(String(value));
}

/** A note with each `{=POLICY.…}` shown as the formula and what it gives. */
function shownNote(index: LookupIndex, note: string): string {
  return note.replace(/\{(=POLICY\.[^}]*)\}/g, (_, formula: string) => {
    const { result } = explainPolicyFormula(index, formula);
    const out =
      result.kind === "value" ? String(result.value) : result.kind === "error" ? result.code : "?";
    return `${code(formula)} → ${code(out)}`;
  });
}

function resultCell(index: LookupIndex, example: FormulaExample): string {
  const shown = shownResult(index, example.formula);
  if (!example.note) return shown;
  const note = shownNote(index, example.note);
  // "`45261` (1 Dec 2023)" and "(its first day)" read as one bracket.
  return shown.endsWith(")") && note.startsWith("(")
    ? `${shown.slice(0, -1)}; ${note.slice(1)}`
    : `${shown} ${note}`;
}

/** The README's table of POLICY functions: function, example, and the result on `index`. */
export function formulaExamplesTable(
  index: LookupIndex,
  examples: readonly FormulaExample[],
): string {
  return [
    "| Function | Example | Result |",
    "| --- | --- | --- |",
    ...examples.map(
      (e) => `| ${e.function ?? ""} | ${code(e.formula)} | ${resultCell(index, e)} |`,
    ),
  ].join("\n");
}

/** The README's table of error examples: formula, and the error and message on `index`. */
export function formulaErrorsTable(
  index: LookupIndex,
  examples: readonly FormulaExample[],
): string {
  return [
    "| Formula | Result |",
    "| --- | --- |",
    ...examples.map((e) => `| ${code(e.formula)} | ${resultCell(index, e)} |`),
  ].join("\n");
}
