import type { DatasetConfig } from "./datasetConfig";
import { SOURCE_KINDS, type Dataset } from "./schema";

/** The first and last year of a list of ISO dates, as "2017–2024" (or "2023" when one). */
function yearSpan(dates: readonly (string | null | undefined)[]): string {
  const years = dates.filter((d): d is string => !!d).map((d) => d.slice(0, 4));
  if (!years.length) return "no year";
  years.sort();
  const [first, last] = [years[0], years[years.length - 1]];
  return first === last ? first : `${first}–${last}`;
}

/** The years a dataset covers, as "2017–2024": its events', its figures' periods', and both. */
export function datasetYears(dataset: Dataset): { events: string; periods: string; all: string } {
  const eventDates = dataset.events.map((e) => e.date);
  const periodDates = dataset.figures.flatMap((f) => [f.period.start, f.period.end]);
  return {
    events: yearSpan(eventDates),
    periods: yearSpan(periodDates),
    all: yearSpan([...eventDates, ...periodDates]),
  };
}

type SourceKind = (typeof SOURCE_KINDS)[number];

const KIND_NAMES: Record<SourceKind, [one: string, many: string]> = {
  press_release: ["press release", "press releases"],
  news: ["news story", "news stories"],
  testimony: ["testimony", "testimonies"],
  fact_sheet: ["fact sheet", "fact sheets"],
  report: ["report", "reports"],
  statement: ["statement", "statements"],
  social_post: ["social post", "social posts"],
};

const NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

/** "five", "12": how many, in words up to nine as prose writes them. */
export const countWord = (n: number) => NUMBER_WORDS[n] ?? String(n);

/** "a", "two", "12": a count before a noun. */
const article = (n: number) => (n === 1 ? "a" : countWord(n));

/** "a, b and c". */
function listed(items: string[]): string {
  return items.length <= 1
    ? items.join("")
    : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** "a testimony and four news stories": the documents by kind, in SOURCE_KINDS order. */
export function documentKinds(dataset: Dataset): string {
  return listed(
    SOURCE_KINDS.flatMap((kind) => {
      const n = dataset.sources.filter((s) => s.kind === kind).length;
      if (!n) return [];
      const [one, many] = KIND_NAMES[kind];
      return [`${article(n)} ${n === 1 ? one : many}`];
    }),
  );
}

/**
 * The dataset's title and description as datapackage.json states them: `seeds/dataset.yaml`
 * says what the dataset is about, the build adds what it holds (the years its events and
 * periods cover, how many documents of which kinds), so adding a document cannot leave a
 * hand-written count or year behind.
 */
export function datasetAbout(
  dataset: Dataset,
  config: Pick<DatasetConfig, "title" | "description">,
): { title: string; description: string } {
  const years = datasetYears(dataset);
  const n = dataset.sources.length;
  return {
    title: `${config.title}, ${years.all}`,
    description:
      `${config.description} From ${countWord(n)} ${n === 1 ? "document" : "documents"} ` +
      `(${documentKinds(dataset)}). The events are dated ${years.events} and the figures' ` +
      `periods fall in ${years.periods}.`,
  };
}
