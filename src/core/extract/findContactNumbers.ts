import type { Span } from "./spans";

// "(410) 555-2398", "615-555-0143", "615.555.0143", "1-877-555-6120", "+1 410 555 2398".
const PHONE =
  /(?<![\p{L}\p{Nd}$.,-])(?:\+?1[-.\s])?(?:\(\d{3}\)\s?|\d{3}[-.\s])\d{3}[-.]\d{4}(?![\p{Nd}]|[.,-]\d)/gu;
// A US ZIP code after the state's postal abbreviation: "Springfield, IL 62701", "MD 20850-1234".
const STATES =
  "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|PR|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY";
const ZIP = new RegExp(`(?<=\\b(?:${STATES})\\s)\\d{5}(?:-\\d{4})?(?![\\p{L}\\p{Nd}])`, "gu");
// Federal docket numbers: "No. 22-cr-456", "1:23-cv-00012", "23-mj-1042".
const DOCKET =
  /(?<![\p{L}\p{Nd}])(?:\d{1,2}:)?\d{2}-(?:cr|cv|mj|mc|po|sw|bk)-\d+(?:-[A-Z]{2,4})?/giu;

/**
 * Telephone numbers, ZIP codes and docket numbers: digits that identify, not amounts, so
 * none of their digits is a number mention.
 */
export function findContactNumbers(text: string): Span[] {
  return [PHONE, ZIP, DOCKET].flatMap((re) =>
    [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length })),
  );
}
