/**
 * The units the project knows: how a value in each is formatted and labelled, which nouns in a
 * text name it, and how measures of one kind convert. Units are open: an annotation may name
 * any count noun its quote uses ("vessels"); a known unit only adds a format, labels and
 * conversions. `count` is a bare number whose noun the extractor could not read.
 */
export interface UnitInfo {
  id: string;
  singular: string;
  plural: string;
  /** Excel number format of a value in this unit, without decimals (added per value). */
  format: string;
  /** Measures (pounds, USD, percent) never stand for another unit; counts may be refined. */
  measure: boolean;
  /** Nouns in a text that name this unit, lower case, singular and plural. */
  nouns: string[];
  /** For a weight or a duration: the base unit of its kind and how many base units one is. */
  base?: { unit: string; factor: number };
}

const count = (id: string, singular: string, nouns: string, plural = id): UnitInfo => ({
  id,
  singular,
  plural: plural.replace(/_/g, " "),
  format: "#,##0",
  measure: false,
  nouns: nouns.split(" "),
});

const measure = (
  id: string,
  singular: string,
  plural: string,
  nouns: string,
  format = "#,##0",
  base?: UnitInfo["base"],
): UnitInfo => ({ id, singular, plural, format, measure: true, nouns: nouns.split(" "), base });

/** Pounds and tons are US customary: a short ton is 2,000 pounds. */
const POUND_KG = 0.45359237;

export const KNOWN_UNITS: readonly UnitInfo[] = [
  count(
    "persons",
    "person",
    "people persons person individuals individual americans citizens nationals defendants fugitives suspects traffickers victims residents adults children minors migrants men women",
    "persons",
  ),
  count(
    "entities",
    "entity",
    "entities entity organizations organisations organization organisation cartels",
  ),
  count("companies", "company", "companies company businesses corporations"),
  count("executives", "executive", "executives executive"),
  count("members", "member", "members member"),
  count("firms", "firm", "firms firm"),
  count("pill_presses", "pill press", "presses", "pill presses"),
  count("sets", "set", "sets"),
  count("scanners", "scanner", "scanners scanner"),
  count("laboratories", "laboratory", "laboratories laboratory labs lab"),
  count("deaths", "death", "deaths death fatalities fatality"),
  count("arrests", "arrest", "arrests arrest"),
  count("sanctions", "sanction", "sanctions sanction"),
  count("countries", "country", "countries country nations"),
  count("incidents", "incident", "incidents incident"),
  count("precursors", "precursor", "precursors"),
  count("packages", "package", "packages package parcels parcel"),
  count("pills", "pill", "pills pill tablets tablet"),
  count("indictments", "indictment", "indictments indictment"),
  count("doses", "dose", "doses dose"),
  measure("pounds", "pound", "pounds", "pounds pound lbs lb", "#,##0", {
    unit: "kilograms",
    factor: POUND_KG,
  }),
  measure("kilograms", "kilogram", "kilograms", "kilograms kilogram kilos kilo kg kgs", "#,##0", {
    unit: "kilograms",
    factor: 1,
  }),
  measure("tons", "ton", "tons", "tons ton", "#,##0", {
    unit: "kilograms",
    factor: 2000 * POUND_KG,
  }),
  measure("metric_tons", "metric ton", "metric tons", "tonnes tonne", "#,##0", {
    unit: "kilograms",
    factor: 1000,
  }),
  measure("grams", "gram", "grams", "grams gram", "#,##0", { unit: "kilograms", factor: 1e-3 }),
  measure("milligrams", "milligram", "milligrams", "milligrams milligram mg", "#,##0", {
    unit: "kilograms",
    factor: 1e-6,
  }),
  // Excel holds a percent as its fraction (0.2 for 20 percent, see layout/excelValue.ts).
  measure("percent", "percent", "percent", "percent", "0%"),
  measure("USD", "US dollar", "US dollars", "dollars usd", "$#,##0"),
  // A multiple shows as its number; the Unit column says "times".
  measure("times", "times", "times", "times", "#,##0"),
  measure("years", "year", "years", "years year yrs", "#,##0", { unit: "months", factor: 12 }),
  measure("months", "month", "months", "months month", "#,##0", { unit: "months", factor: 1 }),
  {
    id: "count",
    singular: "count",
    plural: "count",
    format: "#,##0",
    measure: false,
    nouns: [],
  },
];

const BY_ID = new Map(KNOWN_UNITS.map((u) => [u.id, u]));

/** What the registry knows of a unit, or null for a unit noun it does not know ("vessels"). */
export function unitInfo(unit: string): UnitInfo | null {
  return BY_ID.get(unit) ?? null;
}

/** A unit is a measure when the registry says so; unknown units are count nouns. */
export function isMeasure(unit: string): boolean {
  return BY_ID.get(unit)?.measure ?? false;
}

/** The Excel number format of a value in `unit`: the registry's, "#,##0" for unknown units. */
export function unitFormat(unit: string): string {
  return BY_ID.get(unit)?.format ?? "#,##0";
}

/**
 * How a unit reads after a number: "1 pound", "2 pounds", "3 vessels" (unknown units as written,
 * their last word in the singular for one: "1 vessel").
 * @example unitLabel("pill_presses", 2) // "pill presses"
 */
export function unitLabel(unit: string, value: number): string {
  const info = BY_ID.get(unit);
  if (!info) {
    const plural = unit.replace(/_/g, " ");
    return value === 1 ? singularOf(plural) : plural;
  }
  return value === 1 ? info.singular : info.plural;
}

/**
 * A regular English plural's singular ("facilities" → facility, "boxes" → box); an unknown
 * unit is a plural noun from the text, and the pane must not download a language library for it.
 */
export function singularOf(plural: string): string {
  return plural
    .replace(/ies$/, "y")
    .replace(/(?<=[sxz]|ch|sh)es$/, "")
    .replace(/(?<!s)s$/, "");
}

/**
 * The value in another unit of the same kind, or null when the two do not convert.
 * @example convertUnit(1, "tons", "pounds") // 2000
 */
export function convertUnit(value: number, from: string, to: string): number | null {
  if (from === to) return value;
  const a = BY_ID.get(from)?.base;
  const b = BY_ID.get(to)?.base;
  if (!a || !b || a.unit !== b.unit) return null;
  return (value * a.factor) / b.factor;
}

/** The known unit a noun names ("Pills" → pills), or null. */
export function unitOfKnownNoun(noun: string): string | null {
  return NOUNS.get(noun.toLowerCase()) ?? null;
}

const NOUNS = new Map(KNOWN_UNITS.flatMap((u) => u.nouns.map((n) => [n, u.id] as const)));
