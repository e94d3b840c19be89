/**
 * A readable path to a value inside `root`, naming records by id where they have one:
 * `figures[3] (id "x").source.quote`.
 */
export function issuePath(root: unknown, path: readonly PropertyKey[]): string {
  let label = "";
  let node: unknown = root;
  for (const key of path) {
    if (typeof key === "number") {
      label += `[${key}]`;
      node = Array.isArray(node) ? node[key] : undefined;
      const id = node && typeof node === "object" ? (node as { id?: unknown }).id : undefined;
      if (typeof id === "string") label += ` (id "${id}")`;
    } else {
      label += label ? `.${String(key)}` : String(key);
      node =
        node && typeof node === "object"
          ? (node as Record<string, unknown>)[key as string]
          : undefined;
    }
  }
  return label || "(root)";
}

/** One PolicyError-ready message listing problems, at most `limit` of them. */
export function listProblems(headline: string, problems: string[], limit = 10): string {
  const shown = problems.slice(0, limit);
  const more =
    problems.length > shown.length ? `\n… and ${problems.length - shown.length} more.` : "";
  return (
    `${headline} (${problems.length} problem${problems.length === 1 ? "" : "s"}); nothing was changed.\n` +
    shown.map((p) => `- ${p}`).join("\n") +
    more
  );
}
