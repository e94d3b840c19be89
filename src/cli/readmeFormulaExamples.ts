import type { FormulaExample } from "../core/dataset/formulaExamples";

/**
 * The formulas README "Custom functions" shows; `npm run readme` writes each with the result the
 * built dataset gives (src/core/dataset/formulaExamples.ts). Notes say what stays true whatever
 * the dataset answers.
 */
export const FORMULA_EXAMPLES: readonly FormulaExample[] = [
  {
    function: "`VALUE(id)`: the number of a figure",
    formula: '=POLICY.VALUE("treasury-sanctions-since-eo-2023")',
  },
  {
    function:
      "`LOOKUP(metric_or_text, [actor], [period], [field])`: the one figure that matches every word, the actor and the period; the value, or the named field",
    formula: '=POLICY.LOOKUP("China persons sanctioned", "OFAC")',
  },
  {
    formula: '=POLICY.LOOKUP("overdose deaths", "CDC", 2022)',
    note: '(the share of those deaths is another metric, a fraction that a cell formatted as a percentage shows as a percent: {=POLICY.LOOKUP("overdose deaths share", "CDC", 2022)})',
  },
  { formula: '=POLICY.LOOKUP("pill presses", "DHS", "FY23")' },
  {
    formula: '=POLICY.LOOKUP("annual drug overdose deaths", , "2023", "id")',
    note: '(the "a year since 2020" figure is not inside 2023)',
  },
  { formula: '=POLICY.LOOKUP("members sanctioned", "US Treasury", "Nov 2023", "id")' },
  {
    function:
      '`DATE(id, [part])`: an Excel date for an event (`"date"`, the default), a figure\'s period (`"start"`, `"end"`) or the source\'s publication (`"source_date"`)',
    formula: '=POLICY.DATE("biden-xi-meeting-2023-11-15")',
  },
  {
    formula: '=POLICY.DATE("ovidio-guzman-arrest-2023-01")',
    note: "(a date known to the month stands for its first day)",
  },
  {
    formula: '=POLICY.DATE("yellen-mexico-trip-2023-12")',
    note: "(a date known to the week stands for its Monday)",
  },
  { formula: '=POLICY.DATE("dhs-pill-presses-seized-fy2023", "start")' },
  {
    formula: '=POLICY.DATE("dhs-pill-presses-seized-fy2023", "end")',
    note: "(a period's end stands for its last day)",
  },
  {
    function: "`FIELD(id, field)`: any field of a figure or event",
    formula: '=POLICY.FIELD("yellen-mexico-trip-2023-12", "precision")',
  },
  { formula: '=POLICY.FIELD("dhs-pill-presses-seized-fy2023", "qualifier")' },
  { formula: '=POLICY.FIELD("dhs-pill-presses-seized-fy2023", "source title")' },
  { formula: '=POLICY.FIELD("biden-xi-meeting-2023-11-15", "parties")' },
  {
    function:
      '`SOURCE(id, [style])`: a citation: author, "title", publisher, date, URL (or "No URL stated in the document"); `style` is `"plain"` (default), `"apa"` or `"chicago"`',
    formula: '=POLICY.SOURCE("dhs-pill-presses-seized-fy2023")',
  },
  { formula: '=POLICY.SOURCE("cbp-fentanyl-seizures-san-diego-share-002", "apa")' },
  { formula: '=POLICY.FIELD("dhs-pill-presses-seized-fy2023", "author")' },
  {
    function: "`QUOTE(id)`: the exact sentence",
    formula: '=POLICY.QUOTE("dhs-pill-presses-seized-fy2023")',
    note: "(a backslash in it is in the source text)",
  },
  {
    function: "`TABLE(table_id, [columns], [filter])`: a dataset table, spilled, header first",
    formula: '=POLICY.TABLE("seizures", "id,value,unit", "unit = pounds; value >= 1000")',
  },
  {
    function:
      "`SEARCH(text, [max])`: matching figures and events, spilled: Id, Value (an event's date), Unit, What, Source",
    formula: '=POLICY.SEARCH("OFAC sanctions", 3)',
  },
  {
    function:
      '`VERSION([part])`: the dataset the formulas read, as version and short hash; `part` is "version", "hash", "schema" or "extractor"',
    formula: "=POLICY.VERSION()",
  },
  {
    function:
      "`CARD(id)`: a data type; the cell shows the number, the card shows metric, value, unit, qualifier, actor, period, quote, source, source date, document and id",
    formula: '=POLICY.CARD("us-overdose-deaths-2022")',
  },
];

/** The README's examples of errors, each saying what is wrong and what would be valid. */
export const FORMULA_ERROR_EXAMPLES: readonly FormulaExample[] = [
  { formula: '=POLICY.VALUE("treasury-sanctions-since-eo")' },
  { formula: '=POLICY.LOOKUP("fentanyl seized", "DHS", "FY2023")' },
  { formula: '=POLICY.LOOKUP("pill presses", , "2022")' },
  { formula: '=POLICY.LOOKUP("pill presses", , "FY 2023x")' },
  { formula: '=POLICY.DATE("us-mexico-fentanyl-agreement-004")' },
  { formula: "=POLICY.VALUE(42)" },
  { formula: '=POLICY.TABLE("sanction")' },
];
