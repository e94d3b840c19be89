import type { Figure, Source } from "./schema";
import { statedValue } from "./statedValue";

/** How a figures table picks the one row it shows for a fact; the pane and README say so. */
export const ONE_ROW_PER_FACT =
  "One row per fact: where several sources state the same fact, the row is the most precise statement (an exact value before a hedged one, then more significant digits), then the earliest dated source; the others are named in Also reported by, and every statement is in All figures.";

/** Figures stated without a hedge are more precise than "about", "more than" and the like. */
const hedged = (f: Figure) => (f.qualifier === "exact" ? 0 : 1);

/** 107,000 states three significant digits, 100,000 one: fewer trailing zeros is more precise. */
function trailingZeros(value: number): number {
  if (!Number.isInteger(value) || value === 0) return 0;
  let n = 0;
  for (let v = Math.abs(value); v % 10 === 0; v /= 10) n++;
  return n;
}

/**
 * Orders statements of one fact best first: exact before hedged, more significant digits,
 * earliest dated source (undated last), then document and position.
 */
export function byPreference(sources: readonly Source[]): (a: Figure, b: Figure) => number {
  const { published, order } = sourceMaps(sources);
  return (a, b) => {
    const da = published.get(a.source.doc) ?? null;
    const db = published.get(b.source.doc) ?? null;
    return (
      hedged(a) - hedged(b) ||
      trailingZeros(a.value) - trailingZeros(b.value) ||
      (da === null ? 1 : 0) - (db === null ? 1 : 0) ||
      (da ?? "").localeCompare(db ?? "") ||
      (order.get(a.source.doc) ?? 0) - (order.get(b.source.doc) ?? 0) ||
      a.source.start - b.source.start
    );
  };
}

/**
 * The figures a table shows when it keeps one row per fact: each fact's preferred statement
 * among `figures`, figures without a fact key as they are; order kept.
 */
export function onePerFact(figures: Figure[], sources: readonly Source[]): Figure[] {
  const best = new Map<string, Figure>();
  const prefer = byPreference(sources);
  for (const f of figures) {
    if (!f.fact) continue;
    const held = best.get(f.fact);
    if (!held || prefer(f, held) < 0) best.set(f.fact, f);
  }
  return figures.filter((f) => !f.fact || best.get(f.fact) === f);
}

interface SourceMaps {
  published: Map<string, string | null>;
  order: Map<string, number>;
  titles: Map<string, string | null>;
}
const sourceMapsOf = new WeakMap<readonly Source[], SourceMaps>();

/** Maps over the sources, made once per sources array: a table row must not cost a pass over every document. */
function sourceMaps(sources: readonly Source[]): SourceMaps {
  let maps = sourceMapsOf.get(sources);
  if (!maps) {
    maps = {
      published: new Map(sources.map((s) => [s.id, s.published])),
      order: new Map(sources.map((s, i) => [s.id, i])),
      titles: new Map(sources.map((s) => [s.id, s.title])),
    };
    sourceMapsOf.set(sources, maps);
  }
  return maps;
}

const factGroups = new WeakMap<readonly Figure[], Map<string, Figure[]>>();

/**
 * The other statements of a figure's fact, for the Also reported by column: each as its
 * document's title, the value it states and its id, one per line; null when no other source
 * states the fact.
 * @example alsoReportedBy(dataset, sanDiego001) // '"US government says ..." (The Associated Press): nearly 50% [cbp-...-002]'
 */
export function alsoReportedBy(
  dataset: { figures: readonly Figure[]; sources: readonly Source[] },
  figure: Figure,
): string | null {
  if (!figure.fact) return null;
  let groups = factGroups.get(dataset.figures);
  if (!groups) {
    groups = new Map();
    for (const f of dataset.figures) {
      if (!f.fact) continue;
      const group = groups.get(f.fact);
      if (group) group.push(f);
      else groups.set(f.fact, [f]);
    }
    factGroups.set(dataset.figures, groups);
  }
  const others = (groups.get(figure.fact) ?? [])
    .filter((f) => f.id !== figure.id)
    .sort(byPreference(dataset.sources));
  if (!others.length) return null;
  const { titles } = sourceMaps(dataset.sources);
  return others
    .map((f) => `${titles.get(f.source.doc) ?? f.source.doc}: ${statedValue(f)} (${f.id})`)
    .join("\n");
}
