import type { Column } from "../dataset/schema";

/** Titles that already say "from" or "to", which a range's own "from"/"to" would repeat. */
const BOUND_WORD = /^(from|to|start|end|since|until|begin|begins|ends|starts)$/i;

/**
 * What a filter calls a column: its title, unless the title is itself a bound of a range
 * (a period's From and To columns), where "From from" would say nothing; then the name its
 * key gives ("period.start" is "Period start").
 * @example filterName({ key: "period.start", title: "From" }) // "Period start"
 */
export function filterName(column: Pick<Column, "key" | "title">): string {
  if (!BOUND_WORD.test(column.title.trim())) return column.title;
  const words = column.key
    .split(".")
    .flatMap((part) => part.replace(/([a-z])([A-Z])/g, "$1 $2").split(/[\s_-]+/))
    .filter(Boolean)
    .map((w) => w.toLowerCase());
  const fromKey = words.join(" ");
  if (!fromKey || BOUND_WORD.test(fromKey)) return `${column.title} column`;
  return fromKey[0].toUpperCase() + fromKey.slice(1);
}

/**
 * The labels of a range filter's two fields, which are also their accessible names.
 * @example rangeLabels({ key: "value", title: "Value" }) // { from: "Value from", to: "Value to" }
 */
export function rangeLabels(column: Pick<Column, "key" | "title">): { from: string; to: string } {
  const name = filterName(column);
  return { from: `${name} from`, to: `${name} to` };
}
