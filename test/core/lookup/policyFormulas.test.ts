import { buildIndex } from "../../../src/core/lookup/buildIndex";
import { policyFormulas as P, SEARCH_HEADER } from "../../../src/core/lookup/policyFormulas";
import { fixtureDataset } from "../../fixtures/fixtureDataset";

const dataset = fixtureDataset((d) => {
  d.events.push({
    ...d.events[0],
    id: "undated-meeting",
    date: null,
    precision: null,
    dateNote: "No date given.",
  });
  d.events.push({ ...d.events[0], id: "month-event", date: "2023-11", precision: "month" });
  d.figures.push({
    ...d.figures[0],
    id: "open-period",
    period: { text: null, start: null, end: null },
  });
});
const index = buildIndex(dataset);

describe("policyFormulas.value", () => {
  it("returns a figure's number", () => {
    expect(P.value(index, "dhs-currency-seized-fy2023")).toBe(16000000);
  });
  it("suggests ids for an unknown id and refuses a number", () => {
    expect(() => P.value(index, "dhs-currency")).toThrow(/Did you mean dhs-currency-seized-fy2023/);
    expect(() => P.value(index, 42)).toThrow(
      'Argument id (number 42) is not valid: expected a figure id (text), e.g. "treasury-sanctions-since-eo".',
    );
  });
});

describe("policyFormulas.lookup", () => {
  it("returns the value, or the named field", () => {
    expect(P.lookup(index, "pill presses")).toBe(3600);
    expect(P.lookup(index, "overdose deaths", "CDC", null, "id")).toBe("us-overdose-deaths-2022");
    expect(P.lookup(index, "overdose deaths", null, "2022", "quote")).toMatch(/^More than 107,000/);
  });
  it("takes a period as a number: a year, or the serial of a date cell", () => {
    expect(P.lookup(index, "overdose deaths", null, 2022, "id")).toBe("us-overdose-deaths-2022");
    // 45199 is 30 Sep 2023, a day: FY 2023 is not inside it.
    expect(() => P.lookup(index, "pill presses", null, 45199)).toThrow(
      /No figure matches "pill presses" in period 2023-09-30\. Near: dhs-pill-presses-seized-fy2023/,
    );
  });
  it("treats blank optional arguments as omitted", () => {
    expect(P.lookup(index, "pill presses", "", "", "")).toBe(3600);
  });
  it("refuses optional arguments of the wrong type", () => {
    expect(() => P.lookup(index, "pill presses", 5)).toThrow(/Argument actor \(number 5\)/);
    expect(() => P.lookup(index, "pill presses", null, true)).toThrow(
      /Argument period \(boolean true\) is not valid: expected a year \(2023 or "2023"\), a fiscal year/,
    );
    expect(() => P.lookup(index, "pill presses", null, [["FY 2023"]])).toThrow(
      /Argument period \(a range or array\) is not valid/,
    );
    expect(() => P.lookup(index, "pill presses", null, null, true)).toThrow(/Argument field/);
  });
});

describe("policyFormulas.date", () => {
  it("gives an event's date serial", () => {
    expect(P.date(index, "treasury-strike-force-launch")).toBe(45264);
    expect(P.date(index, "treasury-strike-force-launch", "date")).toBe(45264);
  });
  it("takes the first day of a month-precision date", () => {
    expect(P.date(index, "month-event")).toBe(45231);
  });
  it("gives a figure's period start (first day) and end (last day)", () => {
    expect(P.date(index, "treasury-sanctions-since-eo", "start")).toBe(44531); // 2021-12-01
    expect(P.date(index, "us-overdose-deaths-2022", "End")).toBe(44926); // 2022-12-31
  });
  it("gives the source's publication date", () => {
    expect(P.date(index, "us-overdose-deaths-2022", "source date")).toBe(45264);
  });
  it("asks for start or end for a figure, naming its period", () => {
    expect(() => P.date(index, "dhs-pill-presses-seized-fy2023")).toThrow(
      'Argument part (empty) is not valid: expected "start" or "end" for the figure "dhs-pill-presses-seized-fy2023", whose period is "FY 2023".',
    );
  });
  it("refuses start or end for an event and unknown parts", () => {
    expect(() => P.date(index, "treasury-strike-force-launch", "start")).toThrow(
      /expected "date" or "source_date" for the event/,
    );
    expect(() => P.date(index, "treasury-strike-force-launch", "when")).toThrow(
      'Argument part "when" is not valid: expected one of date, start, end, source_date.',
    );
  });
  it("says why a date is missing", () => {
    expect(() => P.date(index, "undated-meeting")).toThrow(
      'The event "undated-meeting" has no date in the dataset (No date given.).',
    );
    expect(() => P.date(index, "open-period", "end")).toThrow(
      'The figure "open-period" has no end in the dataset.',
    );
  });
});

describe("policyFormulas.field, source, quote", () => {
  it("reads fields", () => {
    expect(P.field(index, "treasury-strike-force-launch", "precision")).toBe("day");
    expect(() => P.field(index, "treasury-strike-force-launch", "")).toThrow(
      /Argument field \(empty\)/,
    );
  });
  it("cites the source of a record, or a source by its id", () => {
    expect(P.source(index, "dhs-pill-presses-seized-fy2023")).toBe(
      'A. Witness, "Testimony on fentanyl", Senate, 2024-03-20, https://example.org/testimony',
    );
    expect(P.source(index, "000_AAAAAAAAAAAAAAAA")).toBe(
      '"Treasury launches strike force", Example Wire, 2023-12-04, No URL stated in the document',
    );
    expect(() => P.source(index, "nope")).toThrow(/No figure or event has id "nope"/);
    expect(P.source(index, "dhs-pill-presses-seized-fy2023", "APA")).toBe(
      "Witness, A. (2024, March 20). Testimony on fentanyl. Senate. https://example.org/testimony",
    );
    expect(P.source(index, "dhs-pill-presses-seized-fy2023", "chicago")).toMatch(
      /^Witness, A\. "Testimony on fentanyl\." Senate, March 20, 2024\. https:/,
    );
    expect(() => P.source(index, "dhs-pill-presses-seized-fy2023", "harvard")).toThrow(
      /Argument style .*harvard.*a citation style: plain, apa, chicago/,
    );
  });
  it("quotes the exact sentence", () => {
    expect(P.quote(index, "treasury-strike-force-announced")).toBe(
      "The Treasury announced the strike force on December 5, 2023.",
    );
  });
});

describe("policyFormulas.table", () => {
  it("spills a table with columns and filter", () => {
    expect(P.table(index, "seizures", "metric, value", "unit = usd")).toEqual([
      ["Metric", "Value"],
      ["currency seized", 16000000],
    ]);
  });
  it("refuses a table id that is not text", () => {
    expect(() => P.table(index, [["sanctions"]])).toThrow(
      /Argument table_id \(a range or array\) is not valid: expected a table id \(text\)/,
    );
  });
});

describe("policyFormulas.search", () => {
  it("spills id, value, unit, what and source under a header", () => {
    expect(P.search(index, "pill presses", 1)).toEqual([
      [...SEARCH_HEADER],
      [
        "dhs-pill-presses-seized-fy2023",
        3600,
        "pill_presses",
        "pill presses seized",
        "Senate, 2024-03-20",
      ],
    ]);
  });
  it("shows an event's date in the value column", () => {
    expect(P.search(index, "announces")[1]).toEqual([
      "treasury-strike-force-announced",
      "2023-12-05",
      "date",
      "Treasury announces the strike force",
      "Senate, 2024-03-20",
    ]);
    const monthly = buildIndex(
      fixtureDataset((d) => {
        const e = d.events.find((x) => x.id === "treasury-strike-force-announced")!;
        e.date = "2023-12";
        e.precision = "month";
      }),
    );
    // A month reads as every table shows it, not as the ISO "2023-12".
    expect(P.search(monthly, "announces")[1][1]).toBe("Dec 2023");
  });
  it("says when nothing matches and refuses a bad max", () => {
    expect(() => P.search(index, "bananas")).toThrow(
      'No figure or event matches "bananas". Try fewer or shorter words.',
    );
    expect(() => P.search(index, "strike", 0)).toThrow(/expected a whole number from 1 to 500/);
  });
});

describe("policyFormulas.version", () => {
  it("gives version and short hash, or one part", () => {
    expect(P.version(index)).toBe(`1.0.0 (sha ${dataset.contentHash.slice(0, 8)})`);
    expect(P.version(index, "hash")).toBe(dataset.contentHash);
    expect(P.version(index, "Version")).toBe("1.0.0");
    expect(P.version(index, "schema")).toBe(1);
    expect(P.version(index, "extractor")).toBe("fixture");
    expect(() => P.version(index, "colour")).toThrow(
      'Argument part "colour" is not valid: expected one of version, hash, schema, extractor.',
    );
  });
});

describe("policyFormulas.card", () => {
  it("returns an entity or the plain value", () => {
    expect(P.card(index, "us-overdose-deaths-2022", true)).toMatchObject({ type: "Entity" });
    expect(P.card(index, "us-overdose-deaths-2022", false)).toBe(107000);
  });
});
