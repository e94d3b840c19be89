/**
 * The criteria of a column filter as they can be given back to `Filter.apply`, or null when the
 * column is not filtered. Excel reports every column's criteria, an unfiltered one included,
 * with unset fields as null, and `apply` refuses criteria holding nulls (office-js #1226): so
 * nulls are dropped, and criteria that select nothing count as no filter.
 */
export function activeFilter(
  criteria: Excel.FilterCriteria | null | undefined,
): Excel.FilterCriteria | null {
  if (!criteria || !criteria.filterOn) return null;
  const kept = Object.fromEntries(
    Object.entries(criteria).filter(([, value]) => value !== null && value !== undefined),
  ) as unknown as Excel.FilterCriteria;
  const selects =
    (Array.isArray(kept.values) && kept.values.length > 0) ||
    [kept.criterion1, kept.dynamicCriteria, kept.color, kept.icon].some(
      (v) => v !== undefined && v !== "",
    );
  return selects ? kept : null;
}
