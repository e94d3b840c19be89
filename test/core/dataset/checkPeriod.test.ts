import { checkPeriod } from "../../../src/core/dataset/checkPeriod";
import { extractMentions } from "../../../src/core/extract/extractMentions";

const DOC_DATE = "2024-03-20";

/** Checks a period against the one-sentence document `text` (dated 2024-03-20). */
function check(
  text: string,
  start: string | null,
  end: string | null,
  periodText: string | null = null,
) {
  const mentions = extractMentions(text, { documentDate: DOC_DATE });
  return checkPeriod(
    { text: periodText, start, end },
    { start: 0, end: text.length },
    mentions,
    DOC_DATE,
    text,
  );
}

const TWO_SPANS =
  "In the first half of fiscal year 2023, the Coast Guard seized 41,000 pounds, up from 30,500 pounds in the first half of fiscal year 2022.";

describe("checkPeriod", () => {
  it("refuses a null period when the quote states one, proposing each", () => {
    const found = check(TWO_SPANS, null, null);
    expect(found?.problem).toBe(
      'period is null but the quote states periods; valid: { text: "the first half of fiscal year 2023", start: "2022-10-01", end: "2023-03-31" } or { text: "the first half of fiscal year 2022", start: "2021-10-01", end: "2022-03-31" }',
    );
    expect(
      check(
        "Poison centers logged 8,400 calls in the 12-month period through March 2023.",
        null,
        null,
      )?.problem,
    ).toMatch(
      /period is null but the quote states a period; valid: \{ text: "the 12-month period through March 2023", start: "2022-04-01", end: "2023-03-31" \}/,
    );
  });

  it("accepts a null period when the quote states none, or only a law's year", () => {
    expect(check("The agency runs 16 laboratories.", null, null)).toBeNull();
    expect(check("Under the STOP Act of 2018, 98% of packages carry data.", null, null)).toBeNull();
  });

  it("refuses a period that takes its start from one span and its end from another", () => {
    const found = check(TWO_SPANS, "2021-10-01", "2023-03-31");
    expect(found?.problem).toBe(
      'period 2021-10-01..2023-03-31 takes its start from "the first half of fiscal year 2022" (2021-10-01..2022-03-31) and its end from "the first half of fiscal year 2023" (2022-10-01..2023-03-31); valid: { text: "the first half of fiscal year 2023", start: "2022-10-01", end: "2023-03-31" } or { text: "the first half of fiscal year 2022", start: "2021-10-01", end: "2022-03-31" }',
    );
  });

  it("accepts each span the quote states, and one end open or run to the document date", () => {
    expect(check(TWO_SPANS, "2022-10-01", "2023-03-31")).toBeNull();
    expect(check(TWO_SPANS, "2021-10-01", "2022-03-31")).toBeNull();
    const since = "Since FY 2021, officers have seized 3,400 kilograms.";
    expect(check(since, "2020-10-01", null)).toBeNull();
    expect(check(since, "2020-10-01", DOC_DATE)).toBeNull();
  });

  it("accepts two dates the quote joins into one period or compares", () => {
    expect(check("Deaths rose sevenfold from 2015 to 2021.", "2015", "2021")).toBeNull();
    expect(check("Deaths rose sevenfold between 2015 and 2021.", "2015", "2021")).toBeNull();
    expect(
      check("Seizures were three times higher in 2022 than in 2019.", "2019", "2022"),
    ).toBeNull();
    expect(check("In 2015, 52 ports reported; in 2021, 60 did.", "2015", "2021")?.problem).toMatch(
      /takes its start from "2015" .* and its end from "2021"/,
    );
  });
});
