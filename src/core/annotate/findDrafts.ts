/**
 * Where an annotation file still holds draft proposals (`draft: true`), as readable paths:
 * "source", `figures[2] (id "dhs-…")`, `dismissed[0] (mention "2023")`. Reads the raw YAML
 * data, before the schema, so a draft is reported as a draft and not as an unknown key.
 */
export function findDrafts(data: unknown): string[] {
  if (!isObject(data)) return [];
  const found: string[] = [];
  if (isObject(data.source) && data.source.draft !== undefined) found.push("source");
  for (const list of ["figures", "events", "dismissed"] as const) {
    const items = data[list];
    if (!Array.isArray(items)) continue;
    items.forEach((item, i) => {
      if (!isObject(item) || item.draft === undefined) return;
      const label =
        typeof item.id === "string"
          ? ` (id "${item.id}")`
          : typeof item.mention === "string"
            ? ` (mention "${item.mention}")`
            : "";
      found.push(`${list}[${i}]${label}`);
    });
  }
  return found;
}

/** The refusal for a file with drafts: how many are left, the first few, and what to do. */
export function draftsLeftMessage(file: string, drafts: string[]): string {
  const shown =
    drafts.slice(0, 5).join(", ") + (drafts.length > 5 ? `, … ${drafts.length - 5} more` : "");
  return (
    `${file}: ${drafts.length} draft proposal${drafts.length === 1 ? "" : "s"} left (${shown}); ` +
    `review each, correct what is wrong, then delete its "draft: true" line`
  );
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}
