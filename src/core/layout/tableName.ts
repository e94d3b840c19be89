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
 */
export function sheetName(title: string, existing: readonly string[]): string {
  const clean =
    title
      .replace(/[:\\?*[\]]/g, " ")
      .replace(/\//g, "-")
      .replace(/\s+/g, " ")
      .replace(/^'+|'+$/g, "")
      .trim()
      .slice(0, 31)
      .trim() || "Policy table";
  return unique(clean, existing, (n) => `${clean.slice(0, 31 - ` (${n})`.length).trim()} (${n})`);
}

function unique(base: string, existing: readonly string[], variant: (n: number) => string): string {
  const taken = new Set(existing.map((e) => e.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = variant(n);
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
