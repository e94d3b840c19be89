import { countries } from "countries-list";

const byCapital = new Map<string, string>();
for (const { name, capital } of Object.values(countries))
  for (const city of capital.split(/\s*,\s*/)) {
    if (!city) continue;
    byCapital.set(city, name);
    // "Washington D.C." is written "Washington" as often as in full.
    const short = /^(.+?)\s+D\.C\.$/.exec(city)?.[1];
    if (short) byCapital.set(short, name);
  }

/**
 * The country whose capital a name is ("Beijing" → "China", "Washington" → "United States"),
 * from the countries-list data; null for any other name, and for a name that is a country's own
 * ("Mexico", not the "Mexico" of "Mexico City").
 *
 * @example countryOfCapital("Beijing") // "China"
 */
export function countryOfCapital(name: string): string | null {
  const country = byCapital.get(name.replace(/^the\s+/i, "").trim()) ?? null;
  return country === null || Object.values(countries).some((c) => c.name === name) ? null : country;
}
