import { draftAnnotation } from "../../../src/core/annotate/draftAnnotation";
import { knownRecords } from "../../../src/core/annotate/knownRecords";

const draft = (...paragraphs: string[]) =>
  draftAnnotation(
    "009_0123456789abcdef",
    ["date 2024-03-20 Figures on the fentanyl crisis, as reported", ...paragraphs].join("\n\n"),
    { known: knownRecords([]) },
  );

/** The drafted figures of a text dated 2024-03-20, by value. */
function periods(...paragraphs: string[]) {
  const { figures } = draft(...paragraphs);
  return new Map(figures.map((f) => [f.value, { period: f.period, overrides: f.overrides }]));
}

describe("periodOf", () => {
  it("reads a span from one year to another as its two ends", () => {
    const p = periods("Overdose deaths rose more than sevenfold from 2015 to 2021.");
    expect(p.get(7)?.period).toMatchObject({ start: "2015", end: "2021" });
  });

  it("spans the two dates a comparison sets against each other, earlier first", () => {
    const p = periods(
      "Heroin seizures were almost three times higher in 2022 than they were in 2019.",
    );
    expect(p.get(3)?.period).toMatchObject({ start: "2019", end: "2022" });
  });

  it("dates a sentence that points back by the sentence before it, saying so", () => {
    const p = periods(
      "In 2022, 107,000 people died of drug overdoses. Of those, 68% involved fentanyl.",
    );
    expect(p.get(68)?.period).toEqual({ text: "2022", start: "2022", end: "2022" });
    expect(p.get(68)?.overrides?.period).toMatch(/earlier sentence/);
  });

  it("dates the actions a sentence before announced by that sentence's date", () => {
    const p = periods(
      "In February 2024, the ministry announced new penalties. The actions included fines against 14 shippers.",
    );
    expect(p.get(14)?.period).toMatchObject({ start: "2024-02", end: "2024-02" });
    expect(p.get(14)?.overrides?.period).toMatch(/earlier sentence/);
  });

  it("ends a state that holds now at the document's date", () => {
    const p = periods(
      "About 46 million people are currently suffering from substance use disorder.",
      "Treasury has sanctioned more than 65 persons.",
    );
    expect(p.get(46000000)?.period).toEqual({ text: "currently", start: null, end: "2024-03-20" });
    expect(p.get(65)?.period).toEqual({ text: null, start: null, end: "2024-03-20" });
  });

  it("runs a yearly rate since a date to the document's date, and leaves a total since it open", () => {
    const p = periods(
      "More than 90,000 deaths a year have been linked to opioids since 2019.",
      "Since 2021, port officers have seized more than 3,400 kilograms of methamphetamine.",
    );
    expect(p.get(90000)?.period).toMatchObject({ start: "2019", end: "2024-03-20" });
    expect(p.get(3400)?.period).toMatchObject({ start: "2021", end: null });
  });

  it("dates a figure of the headline by the document's date", () => {
    const { figures } = draftAnnotation(
      "009_0123456789abcdef",
      "Four port officials and two shipping firms indicted\n\nDate: May 3, 2024\n\nThe indictments were unsealed today.",
      { known: knownRecords([]), date: "2024-05-03" },
    );
    const officials = figures.find((f) => f.value === 4);
    expect(officials?.period).toMatchObject({ start: "2024-05-03", end: "2024-05-03" });
    expect(officials?.overrides).toBeUndefined();
    const body = periods("Four port officials were indicted.");
    expect(body.get(4)?.period).toEqual({ text: null, start: null, end: null });
  });

  it("leaves undated what only a modal's perfect or a plain present says", () => {
    const p = periods(
      "CBP is operating 16 laboratories, so a test that would have taken weeks takes seconds.",
    );
    expect(p.get(16)?.period).toEqual({ text: null, start: null, end: null });
  });

  it("does not take the year in a law's name for the figure's time", () => {
    const p = periods(
      "In 2020, the agency reported that under the STOP Act of 2018, 100% of packages carried data.",
    );
    expect(p.get(100)?.period).toMatchObject({ start: "2020", end: "2020" });
  });

  it("takes a span the sentence states as the figure's period", () => {
    const p = periods(
      "In the first half of fiscal year 2023, the Coast Guard seized 41,000 pounds of cocaine.",
      "Nonfatal overdoses rose 9% to 61,200 visits in the 12-month period through June 2023.",
    );
    expect(p.get(41000)?.period).toEqual({
      text: "the first half of fiscal year 2023",
      start: "2022-10-01",
      end: "2023-03-31",
    });
    expect(p.get(9)?.period).toMatchObject({ start: "2022-07-01", end: "2023-06-30" });
    expect(p.get(61200)?.period).toMatchObject({ start: "2022-07-01", end: "2023-06-30" });
  });

  it("dates a figure by the date attached after it when the date before dates another figure", () => {
    const p = periods(
      "In the first half of FY 2023, agents arrested 640 couriers, up from 510 couriers in the first half of FY 2022.",
      "In FY 2022, the program trained 75 officers, compared with 60 officers in the previous fiscal year.",
    );
    expect(p.get(640)?.period).toMatchObject({ start: "2022-10-01", end: "2023-03-31" });
    expect(p.get(510)?.period).toMatchObject({ start: "2021-10-01", end: "2022-03-31" });
    expect(p.get(75)?.period).toMatchObject({ start: "2021-10-01", end: "2022-09-30" });
    expect(p.get(60)?.period).toEqual({
      text: "the previous fiscal year",
      start: "2020-10-01",
      end: "2021-09-30",
    });
  });

  it("dates a sentence about 'that period' by the span of the sentence before, saying so", () => {
    const p = periods(
      "Poison centers logged 8,400 calls in the 12-month period through March 2023. About 30% of calls in that period came from schools.",
    );
    expect(p.get(30)?.period).toMatchObject({ start: "2022-04-01", end: "2023-03-31" });
    expect(p.get(30)?.overrides?.period).toMatch(/earlier sentence/);
  });

  it("dates a sentence by its paragraph's earlier date without an override when that is the document's date", () => {
    const p = periods(
      "On March 20, 2024, inspectors stopped a van at the river crossing. A search revealed more than 60 bundles of pills.",
    );
    expect(p.get(60)?.period).toMatchObject({ start: "2024-03-20", end: "2024-03-20" });
    expect(p.get(60)?.overrides).toBeUndefined();
  });

  it("keeps a span of another clause off the figure", () => {
    const p = periods(
      "We have trained more officers in the last two years than in the last five years combined, and have opened 12 new labs.",
    );
    expect(p.get(12)?.period).toEqual({ text: null, start: null, end: "2024-03-20" });
  });

  it("dismisses each date of a sentence as the period of the figure it dates", () => {
    const { figures, dismissed } = draft(
      "In FY 2023, agents seized 900 rifles, up from 700 rifles in FY 2022.",
    );
    const id = (v: number) => figures.find((f) => f.value === v)?.id;
    expect(dismissed.find((d) => d.mention === "FY 2023")?.reason).toBe(`Period of ${id(900)}.`);
    expect(dismissed.find((d) => d.mention === "FY 2022")?.reason).toBe(`Period of ${id(700)}.`);
  });
});
