/**
 * What a multiple is a multiple of, for the Unit column: a figure in unit "times" reads
 * "5 | times those in 2020" rather than a bare "times". Taken from the metric's "as a multiple
 * of …" or, for growth over a period, from the period's start; null when neither says.
 * @example multipleLabel({ unit: "times", metric: "Potency of fentanyl as a multiple of heroin's", period: { start: null } }) // "times heroin's"
 * @example multipleLabel({ unit: "times", metric: "Growth of US drug overdose deaths from 2015 to 2021, as a multiple", period: { start: "2015" } }) // "times the 2015 value"
 */
export function multipleLabel(record: object): string | null {
  const figure = record as { unit?: unknown; metric?: unknown; period?: { start?: unknown } };
  if (figure.unit !== "times" || typeof figure.metric !== "string") return null;
  const of = /\bas a multiple of (.+?)\.?$/i.exec(figure.metric);
  if (of) return `times ${of[1]}`;
  const start = figure.period?.start;
  if (/\bas a multiple$/i.test(figure.metric) && typeof start === "string") {
    return `times the ${start} value`;
  }
  return null;
}
