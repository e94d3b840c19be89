/**
 * Where each owned column stands in the table's header now, found by title. Each header cell
 * answers for one column only, so two owned columns that share a title cannot both claim the
 * same cell (a user's copy of a column is not taken for the add-in's).
 * @returns for each column, its index in `header`, or -1 when it was renamed or removed
 * @example locateColumns([{ title: "Value" }, { title: "Unit" }], ["Unit", "Value"]) // [1, 0]
 */
export function locateColumns(
  columns: readonly { title: string }[],
  header: readonly string[],
): number[] {
  const taken = new Set<number>();
  return columns.map((c) => {
    const at = header.findIndex((h, i) => h === c.title && !taken.has(i));
    if (at >= 0) taken.add(at);
    return at;
  });
}
