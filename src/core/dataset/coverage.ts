import type { Mention } from "../extract/mention";
import type { Dismissal } from "./annotationSchema";
import { mentionsNamed } from "./chooseMention";

/** A mention that no record uses and no dismissal explains. */
export interface Untriaged {
  doc: string;
  kind: Mention["kind"];
  text: string;
  start: number;
  end: number;
  /** The sentence (or line) around the mention, to decide without opening the file. */
  sentence: string;
}

export interface DocumentCoverage {
  doc: string;
  mentions: number;
  /** Chosen as the value or date of a figure or event. */
  used: number;
  dismissed: number;
  untriaged: number;
}

/** A field an annotation states against the extractor, and why. */
export interface OverrideRecord {
  doc: string;
  /** The figure or event id. */
  record: string;
  field: string;
  extracted: string;
  annotated: string;
  reason: string;
}

export interface CoverageReport {
  documents: DocumentCoverage[];
  untriaged: Untriaged[];
  /** Every field kept against the extractor's reading, by document and record order. */
  overrides: OverrideRecord[];
  /** Dismissals that match nothing, or that dismiss a mention a record uses. */
  problems: string[];
}

export interface DocumentMentions {
  doc: string;
  /** Where the dismissals are written, for messages. */
  file: string;
  text: string;
  mentions: Mention[];
  /** Record id by "start:end" of the mention it uses. */
  used: Map<string, string>;
  dismissed: Dismissal[];
  overrides?: OverrideRecord[];
}

export const spanKey = (m: { start: number; end: number }) => `${m.start}:${m.end}`;

/**
 * Sorts every mention the extractor finds in each document (body and footnotes) into used,
 * dismissed or untriaged, and reports stale dismissals. The build is complete only when
 * `untriaged` and `problems` are both empty.
 */
export function coverage(docs: DocumentMentions[]): CoverageReport {
  const report: CoverageReport = { documents: [], untriaged: [], overrides: [], problems: [] };
  for (const d of docs) {
    report.overrides.push(...(d.overrides ?? []));
    const mentions = [...d.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
    const dismissed = new Set<string>();
    d.dismissed.forEach((dis, i) => {
      const where = `${d.file} dismissed[${i}] (mention "${dis.mention}")`;
      // Named without its noun ("three" of "three brothers"), a dismissal means a mention no record uses.
      const exact = mentions.filter((m) => m.text === dis.mention);
      const same = exact.length
        ? exact
        : mentionsNamed(
            mentions.filter((m) => !d.used.has(spanKey(m))),
            dis.mention,
          );
      if (same.length === 0) {
        report.problems.push(
          `${where}: stale, the extractor finds no mention with this text in ${d.doc}; remove it`,
        );
        return;
      }
      if (dis.all) {
        const free = same.filter((m) => !d.used.has(spanKey(m)));
        if (free.length === 0)
          report.problems.push(
            `${where}: stale, every mention with this text is used by a record; remove it`,
          );
        free.forEach((m) => dismissed.add(spanKey(m)));
        return;
      }
      const n = dis.occurrence ?? (same.length === 1 ? 1 : undefined);
      if (n === undefined) {
        report.problems.push(
          `${where}.occurrence: the text occurs as ${same.length} mentions in ${d.doc}; add occurrence: 1 to ${same.length}, or all: true`,
        );
        return;
      }
      if (n > same.length) {
        report.problems.push(
          `${where}.occurrence: stale, ${n} asked but the text occurs as ${same.length} mention${same.length === 1 ? "" : "s"}`,
        );
        return;
      }
      const m = same[n - 1];
      const user = d.used.get(spanKey(m));
      if (user) {
        report.problems.push(
          `${where}: occurrence ${n} (offset ${m.start}) is the value or date of "${user}"; dismiss another occurrence or remove this`,
        );
        return;
      }
      dismissed.add(spanKey(m));
    });
    let used = 0;
    let untriaged = 0;
    for (const m of mentions) {
      if (d.used.has(spanKey(m))) used++;
      else if (!dismissed.has(spanKey(m))) {
        untriaged++;
        report.untriaged.push({
          doc: d.doc,
          kind: m.kind,
          text: m.text,
          start: m.start,
          end: m.end,
          sentence: sentenceAround(d.text, m.start, m.end),
        });
      }
    }
    report.documents.push({
      doc: d.doc,
      mentions: mentions.length,
      used,
      dismissed: mentions.length - used - untriaged,
      untriaged,
    });
  }
  return report;
}

/** The sentence holding [start, end), cut at sentence ends or line breaks, at most ~330 chars. */
export function sentenceAround(text: string, start: number, end: number, reach = 160): string {
  const isEnd = (i: number) => /[.!?]/.test(text[i] ?? "") && /\s/.test(text[i + 1] ?? " ");
  let from = start;
  while (from > 0 && text[from - 1] !== "\n" && !isEnd(from - 2)) from--;
  let to = end;
  while (to < text.length && text[to] !== "\n" && !isEnd(to - 1)) to++;
  const head = start - from > reach ? "…" : "";
  const tail = to - end > reach ? "…" : "";
  from = Math.max(from, start - reach);
  to = Math.min(to, end + reach);
  return head + text.slice(from, to).replace(/\s+/g, " ").trim() + tail;
}
