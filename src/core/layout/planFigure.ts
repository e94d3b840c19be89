import type { Dataset } from "../dataset/schema";
import { PolicyError, unknownId } from "../errors";
import { citation } from "../lookup/citation";
import { excelDateSerialIn, type DateSystem } from "../lookup/excelDate";
import { suggestIds } from "../lookup/suggestIds";
import { excelValue } from "./excelValue";
import { dateFormat, figureFormat } from "./numberFormats";
import { fitText } from "./safeText";
import type { FigureForm } from "./workbookTypes";
import { displayQuote } from "../dataset/displayText";
import { QUALIFIER_WORDS } from "../dataset/qualifierWords";

/** A single figure (or event date) planned for one cell. */
export interface FigurePlan {
  id: string;
  form: FigureForm;
  /** The value for form "value"; null for "formula". */
  value: number | null;
  /** The formula for form "formula", e.g. =POLICY.VALUE("us-overdose-deaths-2022"). */
  formula: string | null;
  numberFormat: string;
  /** Citation for the cell's note: what the value is, the exact sentence, the document. */
  note: string;
  /** The document the value comes from, for the Sources sheet. */
  doc: string;
  /** Prefix of the workbook name that marks the cell, so Trace finds the figure later. */
  namePrefix: string;
}

/**
 * Plans inserting one figure into a cell: its value with the unit's number format and a note
 * quoting the sentence and the document, or a POLICY.VALUE formula. An event gives its date
 * (as a value only: POLICY.VALUE returns numbers of figures).
 * @example planFigure(dataset, "us-overdose-deaths-2022", "formula").formula // '=POLICY.VALUE("us-overdose-deaths-2022")'
 */
export function planFigure(
  dataset: Dataset,
  id: string,
  form: FigureForm,
  dateSystem: DateSystem = "1900",
): FigurePlan {
  const figure = dataset.figures.find((f) => f.id === id);
  const event = figure ? undefined : dataset.events.find((e) => e.id === id);
  const record = figure ?? event;
  if (!record) {
    const ids = [...dataset.figures.map((f) => f.id), ...dataset.events.map((e) => e.id)];
    throw unknownId(id, suggestIds(ids, id));
  }
  if (event && form === "formula") {
    throw new PolicyError(
      "bad_argument",
      `"${id}" is an event: POLICY.VALUE returns figures only. Insert it as a value to get its date.`,
    );
  }
  if (event && event.date === null) {
    throw new PolicyError(
      "no_value",
      `The event "${id}" has no date in the dataset (${event.dateNote ?? "no reason given"}), so there is no value to insert.`,
    );
  }
  const source = dataset.sources.find((s) => s.id === record.source.doc);
  const cite = source ? citation(source) : record.source.doc;
  const what = figure
    ? `${figure.metric}: ${QUALIFIER_WORDS[figure.qualifier] ?? ""}${figure.value.toLocaleString("en-US")} ${figure.unit.replace(/_/g, " ")}${figure.period.text ? ` (${figure.period.text})` : ""}`
    : `${event!.title}: ${event!.date}`;
  const note = fitText(
    `${what}.\n"${displayQuote(record.source.quote)}"\n— ${cite}\nPolicy Tables id ${id}, dataset ${dataset.version}.`,
  );
  const format = figure ? figureFormat(figure) : dateFormat(event!.date!);
  return {
    id,
    form,
    value:
      form === "value"
        ? figure
          ? excelValue(figure)
          : excelDateSerialIn(event!.date!, dateSystem)
        : null,
    formula: form === "formula" ? `=POLICY.VALUE("${id}")` : null,
    numberFormat: format,
    note,
    doc: record.source.doc,
    namePrefix: figureNamePrefix(id),
  };
}

/**
 * The workbook name marking an inserted figure: "PT_fig_" + the id with "-" as "_" (ids have no
 * "_", so it reads back exactly), then "__2", "__3"… for more cells with the same figure.
 */
export function figureNamePrefix(id: string): string {
  return `PT_fig_${id.replace(/-/g, "_")}`;
}

/** The figure id a workbook name marks, or null when the name is not one of ours. */
export function figureIdFromName(name: string): string | null {
  const m = /^PT_fig_([a-z0-9_]+?)(?:__\d+)?$/.exec(name);
  return m ? m[1].replace(/_/g, "-") : null;
}
