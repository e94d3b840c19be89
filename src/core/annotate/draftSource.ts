import type { Mention } from "../extract/mention";
import type { SourceAnnotation } from "../dataset/annotationSchema";

/** Publishers named by a dateline or credit the way news and agencies print them. */
const PUBLISHER_PATTERNS: [RegExp, string][] = [
  [/\((AP)\)|Associated Press/, "The Associated Press"],
  [/\bReuters\b/, "Reuters"],
  [/^\s*(FOR IMMEDIATE RELEASE|Press Release)/im, ""],
];

const MONTHS =
  "January|February|March|April|May|June|July|August|September|October|November|December";

/**
 * The source block as far as the text states it: title from the first line, the date from a
 * date line or the first full date near the top (else the date passed in), author from a
 * "by" line, kind from how the text presents itself, and the first link. What the text does
 * not state stays null for the analyst.
 */
export function draftSource(
  text: string,
  mentions: Mention[],
  givenDate: string | null,
): SourceAnnotation {
  const lines = text.split("\n").map((l) => l.trim());
  const head = text.slice(0, 600);
  const dateLine = /^\s*date (\d{4}-\d{2}-\d{2})\s*/.exec(text);
  const firstLine = (lines.find((l) => l.length > 0) ?? "").replace(
    /^date \d{4}-\d{2}-\d{2}\s*/,
    "",
  );
  const title =
    titleFrom(firstLine) ?? titleFrom(lines.find((l) => l.length > 20) ?? "") ?? "Untitled";
  const topDate = mentions.find(
    (m) => m.kind === "date" && m.precision === "day" && !m.relative && m.start < 600,
  );
  const published = dateLine?.[1] ?? topDate?.date ?? givenDate;
  const publishedNote = dateLine
    ? "The date line at the top of the text."
    : topDate
      ? `The first full date near the top of the text ("${topDate.text}").`
      : givenDate
        ? "Given with --date; the text states no date."
        : "The text states no date.";
  const author = /(?:^|\n)\s*(?:By|by)\s+([A-Z][\w.'-]+(?: [A-Z][\w.'-]+){1,3})/.exec(head)?.[1];
  const byline = new RegExp(
    `(?:${MONTHS}) \\d{1,2},? \\d{4}, by ([A-Z][\\w.'-]+(?: [A-Z][\\w.'-]+){1,3})`,
  ).exec(head)?.[1];
  // "Statement from President Joe Biden on …", "Written Statement of ⏎ Celina B. Realuyo¹": the speaker.
  const speaker =
    /^\s*(?:Written\s+)?(?:Statement|Testimony|Remarks)\s+(?:from|of|by)\s+([A-Z][\w.'-]+(?: [A-Z][\w.'-]+){1,4})/.exec(
      head.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, ""),
    )?.[1];
  const url = /https?:\/\/[^\s)\]>"]+/.exec(head)?.[0] ?? null;
  return {
    title,
    titleNote: null,
    publisher: publisherOf(text),
    publisherNote: null,
    author: byline ?? author ?? speaker ?? null,
    published: published ?? null,
    publishedNote,
    kind: kindOf(head),
    url: url && /^https?:\/\/[^/]+\.[a-z]{2,}/i.test(url) ? url.replace(/[.,;]$/, "") : null,
    urlNote: null,
    retrievedFrom: null,
    rights: null,
  };
}

function titleFrom(line: string): string | null {
  const t = line
    .replace(/^#+\s*/, "")
    .replace(/\*\*/g, "")
    .trim();
  return t.length >= 8 && t.length <= 200 ? t : null;
}

function publisherOf(text: string): string | null {
  for (const [pattern, name] of PUBLISHER_PATTERNS) if (pattern.test(text) && name) return name;
  return null;
}

function kindOf(head: string): SourceAnnotation["kind"] {
  if (/\b(written statement|testimony|testif(y|ied)|hearing)\b/i.test(head)) return "testimony";
  if (/\bfact sheet\b/i.test(head)) return "fact_sheet";
  if (/^\s*Statement (from|by)\b/im.test(head)) return "statement";
  if (
    /\b(FOR IMMEDIATE RELEASE|press release)\b/i.test(head) ||
    /^[A-Z][A-Z .,]+(–|—|-)\s/m.test(head)
  )
    return "press_release";
  return "news";
}
