import { extractMentions } from "../../../src/core/extract/extractMentions";
import { findContactNumbers } from "../../../src/core/extract/findContactNumbers";

const spans = (text: string) => findContactNumbers(text).map((s) => text.slice(s.start, s.end));
const numbers = (text: string) =>
  extractMentions(text)
    .filter((m) => m.kind === "number")
    .map((m) => m.text);

describe("findContactNumbers", () => {
  it("finds telephone numbers in their common US spellings", () => {
    const text =
      "Call (410) 555-2398 or 615-555-0143, toll free 1-877-555-6120, fax 615.555.0199 or +1 410 555-2398.";
    expect(spans(text)).toEqual([
      "(410) 555-2398",
      "615-555-0143",
      "1-877-555-6120",
      "615.555.0199",
      "+1 410 555-2398",
    ]);
  });

  it("finds ZIP codes after a state's postal abbreviation and docket numbers", () => {
    const text =
      "Write to Springfield, IL 62701 or Rockville, MD 20850-1234 about No. 22-cr-456 and 1:23-cv-00012.";
    expect(spans(text)).toEqual(["62701", "20850-1234", "22-cr-456", "1:23-cv-00012"]);
  });

  it("leaves amounts, ranges and years alone", () => {
    const text =
      "Seizures rose from 1,250 to 3,400 in 2019-2021, and 12345 pills were sent to 40 states.";
    expect(spans(text)).toEqual([]);
  });
});

describe("extractMentions with contact lines", () => {
  it("reads no figure in a telephone number, ZIP code or docket number", () => {
    expect(
      numbers(
        "Media contact: (410) 555-2398. Questions go to 615-555-0143 or 1-877-555-6120, Springfield, IL 62701. United States v. Roe, No. 22-cr-456.",
      ),
    ).toEqual([]);
  });

  it("still reads the figures around a contact line", () => {
    expect(
      numbers("Agents seized 40 kilograms; call 615-555-0143 with tips on 3 suspects."),
    ).toEqual(["40 kilograms", "3 suspects"]);
  });
});
