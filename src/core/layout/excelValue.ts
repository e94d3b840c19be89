/**
 * One rule for every Excel output (inserted tables, single figures, POLICY results, the exported
 * workbook, cards, refresh hashes): a number the dataset states in percent is held in the cell as
 * its fraction and shown with Excel's scaling "%" format, so "68%" holds 0.68 and =deaths*share
 * is right. The dataset's JSON and CSV keep the stated number (68, unit "percent").
 */

/** Units held in Excel as a fraction of the stated number. */
const FRACTION_UNITS: Readonly<Record<string, number>> = { percent: 2 };

/**
 * The number an Excel cell holds for a stated value in `unit`: a percent as its fraction, read
 * as the decimal a person would type (66.67 → 0.6667, not 0.6667000000000001), anything else
 * unchanged.
 * @example excelNumber(68, "percent") // 0.68
 * @example excelNumber(16000000, "USD") // 16000000
 */
export function excelNumber(value: number, unit: string | null | undefined): number {
  const shift = unit ? FRACTION_UNITS[unit] : undefined;
  if (shift === undefined || !Number.isFinite(value)) return value;
  const [mantissa, exponent = "0"] = String(value).split("e");
  return Number(`${mantissa}e${Number(exponent) - shift}`);
}

/** The number Excel holds for a figure: excelNumber of its value in its unit. */
export function excelValue(figure: { value: number; unit: string }): number {
  return excelNumber(figure.value, figure.unit);
}

/** True when Excel holds numbers of this unit as fractions (and formats them with "%"). */
export function isFractionUnit(unit: string | null | undefined): boolean {
  return !!unit && unit in FRACTION_UNITS;
}
