import { displayQuote } from "../../core/dataset/displayText";
import type { Source } from "../../core/dataset/schema";
import { citation, type CitationStyle } from "../../core/lookup/citation";
import type { FigureOrEvent } from "../../core/lookup/fields";
import { figureText, formatIsoDate, policyFormula } from "./format";

export type CopyKind = "formula" | "value" | `citation-${CitationStyle}`;

/** One thing the pane can put on the clipboard for a record, and how to name it. */
export interface CopyText {
  kind: CopyKind;
  /** What the control says, e.g. "Copy formula". */
  label: string;
  /** What the confirmation calls it, e.g. "the formula". */
  what: string;
  text: string;
}

export const CITATION_STYLE_NAMES: Record<CitationStyle, string> = {
  plain: "Plain (one line)",
  apa: "APA 7",
  chicago: "Chicago (bibliography)",
};

/** The order the citation menu offers its styles: the two named styles first. */
const MENU_STYLES: CitationStyle[] = ["apa", "chicago", "plain"];

/**
 * What Copy offers for a figure or event: its POLICY formula (VALUE for a figure, DATE for an
 * event), the value as the pane shows it with its sentence and a plain citation, and the
 * document's citation in each style, all from the same formatters the pane and POLICY.SOURCE use.
 * @example copyTexts(figure, source)[1].text // 'pill presses seized: more than 3,600 pill presses (FY 2023). “In FY 2023, …” Source: …'
 */
export function copyTexts(found: FigureOrEvent, source: Source | undefined): CopyText[] {
  const r = found.record;
  const formula = policyFormula({ type: found.type, id: r.id });
  const cite = (style: CitationStyle) =>
    source ? citation(source, style) : `document "${r.source.doc}" (not in this dataset)`;
  const statement =
    found.type === "figure"
      ? `${found.record.metric}: ${figureText(found.record)}${found.record.period.text ? ` (${found.record.period.text})` : ""}`
      : `${formatIsoDate(found.record.date)}: ${found.record.title}`;
  return [
    { kind: "formula", label: "Copy formula", what: `the formula ${formula}`, text: formula },
    {
      kind: "value",
      label: "Copy value with citation",
      what: `the ${found.type === "figure" ? "value" : "event"} with its citation`,
      text: `${statement}. “${displayQuote(r.source.quote)}” Source: ${cite("plain")}`,
    },
    ...MENU_STYLES.map((style): CopyText => ({
      kind: `citation-${style}`,
      label: CITATION_STYLE_NAMES[style],
      what: `the ${CITATION_STYLE_NAMES[style]} citation`,
      text: cite(style),
    })),
  ];
}
