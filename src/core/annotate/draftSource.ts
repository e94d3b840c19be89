import type { Mention } from "../extract/mention";
import type { SourceAnnotation } from "../dataset/annotationSchema";

/** Publishers named by a dateline or credit the way news and agencies print them. */
const PUBLISHER_PATTERNS: [RegExp, string][] = [
  [/\((AP)\)|Associated Press/, "The Associated Press"],
  [/\bReuters\b/, "Reuters"],
];

const MONTHS =
  "January|February|March|April|May|June|July|August|September|October|November|December";
const MONTH_ABBR = `${MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec`;

// A line that is only an organisation's name: "U.S. Customs and Border Protection".
const AGENCY_WORD =
  /\b(?:Department|Agency|Administration|Office|Bureau|Service|Protection|Commission|Council|Centers?|Institute|House|Embassy|Ministry|Attorney|Patrol|Guard|Police|Treasury|Justice|Enforcement|Security)\b/;
// "Originally published by the U.S. Department of the Treasury, Office of Public Affairs."
const PUBLISHED_BY =
  /\b(?:Originally\s+)?(?:published|issued)\s+by\s+(?:the\s+)?(?=[A-Z])((?:U\.S\.|[^.\n]){3,120}?)\.(?=\s|$)/;
// "Retrieved from www.mirror.example.org on March 3, 2024": where a copy was read, and when.
const RETRIEVED = new RegExp(
  `\\b[Rr]etrieved\\s+(?:from\\s+)?((?:https?:\\/\\/|www\\.)[^\\s,;]+?)[.,;]?\\s+(?:on\\s+)?((?:${MONTHS})\\s+\\d{1,2},\\s+\\d{4})`,
);
// "DEA (@DEAHQ) · Jan 12, 2024": a post's header, an account and a date.
const POST_HEADER = new RegExp(
  `^\\s*(.{1,60}?)\\s*\\(@\\w+\\)\\s*(?:[·•|-]\\s*)?(?:(?:${MONTH_ABBR})\\.?\\s+\\d{1,2},?\\s+\\d{4})?\\s*$`,
);
// "NOGALES, Ariz. —", "LAREDO, Texas —", "WASHINGTON —": a release's dateline (a wire's has its credit).
const DATELINE = /^[A-Z][A-Z .'-]{2,}(?:,\s+[A-Z][A-Za-z.]+(?:\s[A-Z][a-z.]+)?)?\s*[—–-]\s/m;
const REPORT_TITLE = /\bReport(?:\s+(?:on|of|to)\b|\s*:|\s*$)|\bAssessment(?:\s+\d{4})?\s*$/;
const RELEASE_MARKER = /^\s*(?:FOR IMMEDIATE RELEASE|(?:Release\s+)?Date:\s)|\bpress release\b/im;

/**
 * The source block as far as the text states it: title from the first line (null with a reason
 * when there is none, as for a social post), the date from a date line or the first full date
 * near the top (not the date a copy was retrieved; else the date passed in), author from a "by"
 * line, publisher from a wire's credit, an agency's name on its own line or a "published by"
 * credit, kind from how the text presents itself, the first link, and the address a copy was
 * retrieved from. What the text does not state stays null for the analyst.
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
  const post = POST_HEADER.exec(firstLine);
  const retrieved = RETRIEVED.exec(head);
  const retrievedAt = retrieved ? retrieved.index + retrieved[0].length - retrieved[2].length : -1;
  const title = post
    ? null
    : (titleFrom(firstLine) ?? titleFrom(lines.find((l) => l.length > 20) ?? ""));
  const topDate = mentions.find(
    (m) =>
      m.kind === "date" &&
      m.precision === "day" &&
      !m.relative &&
      m.start < 600 &&
      m.start !== retrievedAt &&
      // A date line is short ("For Immediate Release: May 15, 2024"); a date inside the lead's
      // story ("… pleaded guilty on May 15, 2023, to …") is when something happened.
      lineAround(text, m.start).length <= 120,
  );
  const published = dateLine?.[1] ?? topDate?.date ?? givenDate;
  const publishedNote = dateLine
    ? "The date line at the top of the text."
    : topDate
      ? `The first full date near the top of the text ("${topDate.text}").`
      : retrieved
        ? `The text states no date of its own; ${retrieved[2]} is when the copy was retrieved.` +
          (givenDate ? " The date was given with --date." : "")
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
  const retrievedFrom = retrieved ? withScheme(retrieved[1]) : null;
  const url = [...head.matchAll(/https?:\/\/[^\s)\]>"]+/g)]
    .map((m) => m[0].replace(/[.,;]$/, ""))
    .find((u) => u !== retrievedFrom && /^https?:\/\/[^/]+\.[a-z]{2,}/i.test(u));
  return {
    title,
    titleNote: title
      ? null
      : post
        ? `A social post has no title; its first line is the account and date ("${firstLine}").`
        : "No line near the top reads as a title (8 to 200 characters).",
    publisher: post?.[1].trim() || publisherOf(text, lines, firstLine),
    publisherNote: null,
    author: byline ?? author ?? speaker ?? null,
    published: published ?? null,
    publishedNote,
    kind: post ? "social_post" : kindOf(head, firstLine),
    url: url ?? null,
    urlNote: null,
    retrievedFrom,
    rights: null,
  };
}

/** "www.mirror.example.org" names a web address without its scheme: https is assumed. */
function withScheme(address: string): string {
  return /^https?:\/\//i.test(address) ? address : `https://${address}`;
}

function titleFrom(line: string): string | null {
  const t = line
    .replace(/^#+\s*/, "")
    .replace(/\*\*/g, "")
    .trim();
  return t.length >= 8 && t.length <= 200 ? t : null;
}

/**
 * A wire's credit; else an organisation's name on a line of its own among the first lines
 * after the title ("U.S. Customs and Border Protection"); else a "published by" credit.
 */
function publisherOf(text: string, lines: string[], firstLine: string): string | null {
  for (const [pattern, name] of PUBLISHER_PATTERNS) if (pattern.test(text)) return name;
  const top = lines.filter((l) => l.length > 0).slice(0, 6);
  const agency = top.find(
    (l) =>
      l !== firstLine &&
      l.length <= 90 &&
      AGENCY_WORD.test(l) &&
      /^(?:The\s+|U\.S\.\s+)?[A-Z]/.test(l) &&
      !/[.!?:]$|[—–]|\d/.test(l) &&
      // every word a capitalised name or a short joining word
      l.split(/\s+/).every((w) => /^[A-Z(&]/.test(w) || /^(?:of|and|the|for|on|in|to)$/.test(w)),
  );
  if (agency) return agency;
  return PUBLISHED_BY.exec(text.slice(0, 600))?.[1].trim() ?? null;
}

function kindOf(head: string, firstLine: string): SourceAnnotation["kind"] {
  if (/\b(written statement|testimony|testif(y|ied)|hearing)\b/i.test(head)) return "testimony";
  if (/\bfact sheet\b/i.test(head)) return "fact_sheet";
  if (/^\s*Statement (from|by|of|on)\b/im.test(head)) return "statement";
  // "Annual Report on …", "… Threat Assessment 2024"; not a story about one ("CDC Report Shows …").
  if (REPORT_TITLE.test(firstLine)) return "report";
  const wire = /\((?:AP|Reuters)\)/.test(head);
  if (RELEASE_MARKER.test(head) || (!wire && DATELINE.test(head))) return "press_release";
  return "news";
}

/** The line of the text around an offset, trimmed. */
function lineAround(text: string, at: number): string {
  const start = text.lastIndexOf("\n", at - 1) + 1;
  const end = text.indexOf("\n", at);
  return text.slice(start, end < 0 ? text.length : end).trim();
}
