import { QUALIFIER_WORDS } from "./qualifierWords";
import type { Figure } from "./schema";
import { unitLabel } from "./unitRegistry";

/**
 * A figure's value as a person would say it, with its qualifier and unit.
 * @example statedValue({ value: 107000, unit: "deaths", qualifier: "more_than" }) // "more than 107,000 deaths"
 * @example statedValue({ value: 66.67, unit: "percent", qualifier: "about" }) // "about 66.67%"
 */
export function statedValue(figure: Pick<Figure, "value" | "unit" | "qualifier">): string {
  const number = figure.value.toLocaleString("en-US", { maximumFractionDigits: 6 });
  let amount: string;
  if (figure.unit === "USD") amount = `$${number}`;
  else if (figure.unit === "percent") amount = `${number}%`;
  else if (figure.unit === "times" || figure.qualifier === "times") amount = `${number} times`;
  else amount = `${number} ${unitLabel(figure.unit, figure.value)}`;
  return `${QUALIFIER_WORDS[figure.qualifier] ?? ""}${amount}`;
}
