/** The add-in's list of documents: a table and sheet of these names, which data tables never take. */
export const SOURCES_TABLE_NAME = "PT_Sources";
export const SOURCES_SHEET_NAME = "Sources";

/**
 * A readable Excel table name, unique (case-insensitively, as Excel compares) among `existing`:
 * "PT_" and the table id in CamelCase, then "_2", "_3"… when taken.
 * @example tableName("overdose-deaths", ["PT_OverdoseDeaths"]) // "PT_OverdoseDeaths_2"
 */
export function tableName(id: string, existing: readonly string[]): string {
  const words = id.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const base = ("PT_" + words.map((w) => w[0].toUpperCase() + w.slice(1)).join("")).slice(0, 200);
  return unique(base, existing, (n) => `${base}_${n}`);
}

/**
 * A worksheet name Excel accepts (at most 31 characters, none of : \ / ? * [ ], not starting
 * or ending with an apostrophe), unique case-insensitively among `existing`.
 * @example sheetName("Sanctions: 2023/2024", ["Sanctions 2023-2024"]) // "Sanctions 2023-2024 (2)"
 * @example sheetName("Arrests, indictments and charges by year", []) // "Arrests, indictments and…"
 */
export function sheetName(title: string, existing: readonly string[]): string {
  const cleaned =
    title
      .replace(/[:\\?*[\]]/g, " ")
      .replace(/\//g, "-")
      .replace(/\s+/g, " ")
      .replace(/^'+|'+$/g, "")
      .trim() || "Policy table";
  const clean = short(cleaned, 31);
  return unique(clean, existing, (n) => `${short(cleaned, 31 - ` (${n})`.length)} (${n})`);
}

/** Cut to `max` characters at a word boundary, marked with "…". */
function short(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, "") + "…";
}

function unique(base: string, existing: readonly string[], variant: (n: number) => string): string {
  const taken = new Set(existing.map((e) => e.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = variant(n);
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
