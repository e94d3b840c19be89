import { codeLabel, displayQuote } from "../dataset/displayText";
import { unitLabel } from "../dataset/unitRegistry";
import { dateText } from "../layout/dateDisplay";
import type { LookupIndex } from "./buildIndex";
import { citation } from "./citation";
import { excelValue, isFractionUnit } from "../layout/excelValue";
import { figureFormat } from "../layout/numberFormats";
import { excelDateSerial } from "./excelDate";
import type { FigureOrEvent } from "./fields";
import { findRecord } from "./findFigure";

/**
 * The shape of Excel.EntityCellValue and its property values, restated here so the core stays
 * free of Office types; the strings are Excel.CellValueType members.
 */
export type CardProperty =
  | { type: "Double"; basicValue: number }
  // Excel.FormattedNumberCellValue (ExcelApi 1.16, the entities' own set; deprecated from 1.19
  // in favour of a Double with numberFormat, which older hosts lack): the card's number shows
  // under the format an inserted cell would have, so a 68% figure reads 68%, not 0.68.
  | { type: "FormattedNumber"; basicValue: number; numberFormat: string }
  | { type: "String"; basicValue: string }
  | { type: "Boolean"; basicValue: boolean };

export interface EntityCard {
  type: "Entity";
  text: string;
  properties: Record<string, CardProperty>;
  layouts: {
    card: {
      title: { property: string };
      sections: { layout: "List"; title?: string; properties: string[] }[];
    };
  };
  provider: { description: string };
}

export { ENTITY_REQUIREMENT } from "./entityRequirement";

/**
 * What POLICY.CARD returns: an entity card (the number in the cell, a card with quote, source
 * and date) where entities are supported, else the plain value: a figure's number, an event's
 * date serial, or the title of an undated event.
 */
export function cardCellValue(
  index: LookupIndex,
  id: string,
  entitiesSupported: boolean,
): EntityCard | number | string {
  const found = findRecord(index, id);
  if (entitiesSupported) return entityCard(index, found);
  if (found.type === "figure") return excelValue(found.record);
  return found.record.date ? excelDateSerial(found.record.date) : found.record.title;
}

const str = (value: string | null | undefined, missing = "(not stated)"): CardProperty => ({
  type: "String",
  basicValue: value ?? missing,
});

/** An entity card for one figure or event; null fields say "(not stated)" rather than vanish. */
export function entityCard(index: LookupIndex, found: FigureOrEvent): EntityCard {
  const source = index.sources.get(found.record.source.doc);
  const common: Record<string, CardProperty> = {
    Id: str(found.record.id),
    Quote: str(displayQuote(found.record.source.quote)),
    Source: str(source ? citation(source) : found.record.source.doc),
    "Source date": str(source?.published ? dateText(source.published) : null, "(undated)"),
    // People read the title; POLICY.FIELD(id, "doc") still gives the file id.
    Document: str(source?.title ?? found.record.source.doc),
  };
  if (found.type === "figure") {
    const f = found.record;
    return {
      type: "Entity",
      text:
        f.value.toLocaleString("en-US", { maximumFractionDigits: 6 }) +
        (isFractionUnit(f.unit) ? "%" : ""),
      properties: {
        Metric: str(f.metric),
        Value: {
          type: "FormattedNumber",
          basicValue: excelValue(f),
          numberFormat: figureFormat(f),
        },
        Unit: str(unitLabel(f.unit, f.value)),
        Qualifier: str(codeLabel(f.qualifier)),
        Actor: str(f.actor),
        Period: str(f.period.text),
        ...common,
      },
      layouts: {
        card: {
          title: { property: "Metric" },
          sections: [
            { layout: "List", properties: ["Value", "Unit", "Qualifier", "Actor", "Period"] },
            {
              layout: "List",
              title: "Source",
              properties: ["Quote", "Source", "Source date", "Document", "Id"],
            },
          ],
        },
      },
      provider: { description: "Policy Tables" },
    };
  }
  const e = found.record;
  return {
    type: "Entity",
    text: e.date ? dateText(e.date) : e.title,
    properties: {
      Title: str(e.title),
      Date: str(
        e.date ? dateText(e.date) : null,
        `(undated: ${e.dateNote ?? "no date in the source"})`,
      ),
      Precision: str(e.precision, "(none)"),
      Kind: str(codeLabel(e.kind)),
      Parties: str(e.parties.join("; ") || null),
      ...common,
    },
    layouts: {
      card: {
        title: { property: "Title" },
        sections: [
          { layout: "List", properties: ["Date", "Precision", "Kind", "Parties"] },
          {
            layout: "List",
            title: "Source",
            properties: ["Quote", "Source", "Source date", "Document", "Id"],
          },
        ],
      },
    },
    provider: { description: "Policy Tables" },
  };
}
