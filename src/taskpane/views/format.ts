import { dateText, dateTextUnderFormat } from "../../core/layout/dateDisplay";
import type { Event, Figure, Qualifier, Source } from "../../core/dataset/schema";
import { DAYS_1900_TO_1904, type DateSystem } from "../../core/lookup/excelDate";

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: "",
  more_than: "more than",
  at_least: "at least",
  nearly: "nearly",
  about: "about",
  up_to: "up to",
  less_than: "less than",
  times: "",
};

/** "more than 107,000 deaths", "$16,000,000", "68%", "5 times": how a person would say it. */
export function figureText(figure: Figure): string {
  const qualifier = QUALIFIER_WORDS[figure.qualifier];
  const number = formatNumber(figure.value);
  let amount: string;
  if (figure.unit === "USD") amount = `$${number}`;
  else if (figure.unit === "percent") amount = `${number}%`;
  else if (figure.unit === "times" || figure.qualifier === "times") amount = `${number} times`;
  else amount = `${number} ${figure.unit.replace(/_/g, " ")}`;
  return qualifier ? `${qualifier} ${amount}` : amount;
}

export function formatNumber(value: number): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: 6 });
}

/** A date as every Policy Tables surface shows it (see core/layout/dateDisplay.ts). */
export function formatIsoDate(iso: string | null): string {
  return iso ? dateText(iso) : "undated";
}

export function eventDateText(event: Event): string {
  if (!event.date) return `Undated${event.dateNote ? ` (${event.dateNote})` : ""}`;
  return formatIsoDate(event.date) + (event.relative ? " (resolved from a relative date)" : "");
}

/** "Senate, 2024-03-20"; a document without a publisher starts with its date, not a placeholder. */
export function sourceLine(source: Source): string {
  return [source.publisher, formatIsoDate(source.published)].filter(Boolean).join(", ");
}

/** The formula that keeps a cell linked to the dataset. */
export function policyFormula(record: { type: "figure" | "event"; id: string }): string {
  return record.type === "figure"
    ? `=POLICY.VALUE("${record.id}")`
    : `=POLICY.DATE("${record.id}")`;
}

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A planned cell as Excel would show it under its number format: date serials (counted in the
 * workbook's `dateSystem`) back to the precision their format shows, numbers with separators, "$" and "%" as the format says.
 */
export function displayCell(
  value: string | number | boolean | null,
  format: string,
  dateSystem: DateSystem = "1900",
): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "string") return value;
  if (/y/i.test(format.replace(/"[^"]*"/g, ""))) {
    const days = dateSystem === "1904" ? value + DAYS_1900_TO_1904 : value;
    const iso = new Date(EXCEL_EPOCH + days * MS_PER_DAY).toISOString().slice(0, 10);
    return dateTextUnderFormat(iso, format);
  }
  // An unquoted "%" scales, as in Excel: a percent cell holds its fraction (0.68 shows 68%).
  if (format.replace(/"[^"]*"/g, "").includes("%")) {
    return `${formatNumber(Number((value * 100).toPrecision(12)))}%`;
  }
  const number = formatNumber(value);
  if (format.includes('"%"')) return `${number}%`;
  if (format.startsWith("$")) return `$${number}`;
  return number;
}
