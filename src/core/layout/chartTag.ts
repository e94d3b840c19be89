import { z } from "zod";
import { escapeXml, jsonEscapeForXml, unescapeXml } from "./xmlText";

/**
 * The proof that Policy Tables created a chart, stored in the workbook as a custom XML part
 * (ExcelApi 1.5), one per chart. A chart is the add-in's only when a tag names its sheet, its
 * name and Excel's id for it (Chart.id, ExcelApi 1.7): a user's chart that happens to be called
 * PT_Chart_… has no tag, and one that shares a tagged chart's name has another id.
 */
export const ChartTag = z
  .object({
    v: z.literal(1),
    chartId: z.string().min(1),
    chartName: z.string().min(1),
    sheetId: z.string().min(1),
    /** Excel's Table.id of the table the chart plots, and the dataset table it holds. */
    excelTableId: z.string().min(1),
    tableId: z.string().min(1),
    /** Headers of the columns the series is bound to, as written when the chart was made. */
    categoryTitle: z.string(),
    valueTitle: z.string(),
  })
  .strict();
export type ChartTag = z.infer<typeof ChartTag>;

export const CHART_TAG_NAMESPACE = "urn:policy-tables:chart-tag:1";

/** The custom XML part that stores a chart tag. */
export function encodeChartTag(tag: ChartTag): string {
  return `<chartTag xmlns="${CHART_TAG_NAMESPACE}">${escapeXml(jsonEscapeForXml(JSON.stringify(tag)))}</chartTag>`;
}

/** The tag a part holds, or null when it is not a well-formed chart tag. */
export function decodeChartTag(xml: string): ChartTag | null {
  const match = /^\s*(?:<\?xml[^>]*\?>\s*)?<chartTag\b[^>]*>([^<]*)<\/chartTag>\s*$/.exec(xml);
  if (!match) return null;
  try {
    const parsed = ChartTag.safeParse(JSON.parse(unescapeXml(match[1])));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
