import { MONTH_NAMES as MONTHS, dateText } from "../layout/dateDisplay";
import type { Source } from "../dataset/schema";

export const CITATION_STYLES = ["plain", "apa", "chicago"] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

/**
 * A whole citation of a document: author, title, publisher, date, URL and, where the document
 * states no URL, an access note saying so. `plain` is one line in the order people read
 * (author, "title", publisher, date, URL); `apa` follows APA 7 (reference list) and `chicago`
 * the Chicago bibliography entry. A missing part is left out or named as the style names it
 * (n.d.), never put first as a placeholder.
 * @example citation(testimony, "apa") // 'Realuyo, C. B. (2024, March 20). U.S. Efforts ... Subcommittee ... No URL stated in the document.'
 */
export function citation(source: Source, style: CitationStyle = "plain"): string {
  switch (style) {
    case "apa":
      return apa(source);
    case "chicago":
      return chicago(source);
    default:
      return plain(source);
  }
}

/** Where the document can be read, or a note that it states no address. */
function access(source: Source): string {
  if (source.url) return source.url;
  if (source.retrievedFrom) return `Retrieved from ${source.retrievedFrom}`;
  return "No URL stated in the document";
}

function title(source: Source): string {
  return source.title ?? `[Untitled ${source.kind.replace(/_/g, " ")}]`;
}

function plain(source: Source): string {
  const parts = [
    source.author,
    `"${title(source)}"`,
    source.publisher,
    source.published ? dateText(source.published) : "undated",
    access(source),
  ];
  return parts.filter((p): p is string => !!p).join(", ");
}

/** "Celina B. Realuyo" → ["Realuyo", ["Celina", "B."]]. */
function nameParts(author: string): [string, string[]] {
  const words = author.trim().split(/\s+/);
  return [words[words.length - 1], words.slice(0, -1)];
}

function apaAuthor(author: string): string {
  const [last, given] = nameParts(author);
  return given.length ? `${last}, ${given.map((g) => `${g[0]}.`).join(" ")}` : last;
}

function apaDate(iso: string | null): string {
  if (!iso) return "(n.d.)";
  const [y, m, d] = iso.split("-").map(Number);
  if (d) return `(${y}, ${MONTHS[m - 1]} ${d})`;
  if (m) return `(${y}, ${MONTHS[m - 1]})`;
  return `(${y})`;
}

const period = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

function apa(source: Source): string {
  const date = apaDate(source.published);
  const head = source.author
    ? `${period(apaAuthor(source.author))} ${date}. ${period(title(source))}`
    : `${period(title(source))} ${date}.`;
  // APA puts no period after a URL, which could be read as part of it.
  const where = source.url ? access(source) : period(access(source));
  const parts = [head, source.publisher ? period(source.publisher) : null, where];
  return parts.filter(Boolean).join(" ");
}

function chicagoDate(iso: string | null): string {
  if (!iso) return "n.d.";
  const [y, m, d] = iso.split("-").map(Number);
  if (d) return `${MONTHS[m - 1]} ${d}, ${y}`;
  if (m) return `${MONTHS[m - 1]} ${y}`;
  return String(y);
}

function chicago(source: Source): string {
  const [last, given] = source.author ? nameParts(source.author) : ["", []];
  const author = source.author ? period(given.length ? `${last}, ${given.join(" ")}` : last) : null;
  const t = title(source);
  const quoted = `"${/[.?!]$/.test(t) ? t : `${t}.`}"`;
  const published = [source.publisher, chicagoDate(source.published)].filter(Boolean).join(", ");
  return [author, quoted, period(published), period(access(source))].filter(Boolean).join(" ");
}
