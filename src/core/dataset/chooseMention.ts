import type { Mention } from "../extract/mention";

export interface Span {
  start: number;
  end: number;
}

export type Chosen = { mention: Mention | null } | { problem: string; field: string };

/**
 * The extractor's mention that carries a record's value or date: the only mention of `kind`
 * inside the quote, or the one named by `mention` (and `mentionOccurrence`). With
 * `optional`, a quote without such a mention gives null (an event whose date is unknown).
 */
export function chooseMention(
  kind: Mention["kind"],
  span: Span,
  mentions: Mention[],
  wanted: { mention?: string; mentionOccurrence?: number },
  optional = false,
): Chosen {
  const inside = mentions.filter(
    (m) => m.kind === kind && m.start >= span.start && m.end <= span.end,
  );
  const found = inside.length
    ? `the extractor found ${inside.map((m) => `"${m.text}"`).join(", ")}`
    : `the extractor found no ${kind} mention in it`;
  if (wanted.mention !== undefined) {
    const matches = mentionsNamed(inside, wanted.mention);
    if (matches.length === 0)
      return {
        field: "mention",
        problem: `"${wanted.mention}" is not a ${kind} mention inside the quote; ${found}`,
      };
    const n = wanted.mentionOccurrence ?? (matches.length === 1 ? 1 : undefined);
    if (n === undefined)
      return {
        field: "mentionOccurrence",
        problem: `"${wanted.mention}" occurs ${matches.length} times inside the quote; add mentionOccurrence: 1 to ${matches.length}`,
      };
    if (n > matches.length)
      return {
        field: "mentionOccurrence",
        problem: `${n} asked but "${wanted.mention}" occurs ${matches.length} time${matches.length === 1 ? "" : "s"} inside the quote`,
      };
    return { mention: matches[n - 1] };
  }
  if (optional) return { mention: null };
  if (inside.length === 1) return { mention: inside[0] };
  if (inside.length === 0)
    return {
      field: "quote",
      problem: `holds no ${kind} mention (${found}); quote the text that states it`,
    };
  return {
    field: "mention",
    problem: `the quote holds ${inside.length} ${kind} mentions; add mention: one of ${inside.map((m) => `"${m.text}"`).join(", ")}`,
  };
}

/**
 * The mentions a text names: those with exactly that text or, when none has, those it starts
 * without the noun the extractor has since learned to read with the number ("five" of "five
 * employees"), so an annotation written before stays valid.
 */
export function mentionsNamed<M extends { text: string }>(mentions: M[], name: string): M[] {
  const exact = mentions.filter((m) => m.text === name);
  return exact.length ? exact : mentions.filter((m) => m.text.startsWith(`${name} `));
}
