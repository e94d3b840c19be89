import { buildIndex } from "../../../src/core/lookup/buildIndex";
import { searchRecords } from "../../../src/core/lookup/searchRecords";
import { fixtureDataset } from "../../fixtures/fixtureDataset";

const index = buildIndex(fixtureDataset());
const ids = (query: Parameters<typeof searchRecords>[1]) =>
  searchRecords(index, query).map((h) => h.id);

describe("searchRecords", () => {
  it("refuses a date range whose From is after its To, saying what would be valid", () => {
    expect(() => searchRecords(index, { text: "", from: "2024-01-01", to: "2023-06" })).toThrow(
      /Argument from .*2024-01-01.* is not valid: expected a date on or before the To date \(2023-06\), or swap them/,
    );
    expect(() => searchRecords(index, { text: "", from: "2023-06", to: "2023-06" })).not.toThrow();
  });

  it("finds figures and events holding all the words, best first", () => {
    expect(ids({ text: "strike force" })).toEqual([
      "treasury-strike-force-announced",
      "treasury-strike-force-launch",
    ]);
    // The currency figure's quote mentions pill presses too, so it comes second.
    expect(ids({ text: "pill presses" })).toEqual([
      "dhs-pill-presses-seized-fy2023",
      "dhs-currency-seized-fy2023",
    ]);
  });
  it("ranks words in the id or metric above words only in the quote", () => {
    const hits = searchRecords(index, { text: "currency" });
    expect(hits.map((h) => [h.id, h.score])).toEqual([
      ["dhs-currency-seized-fy2023", 3],
      ["dhs-pill-presses-seized-fy2023", 1],
    ]);
  });
  it("describes each hit: value and unit of a figure, date of an event, source", () => {
    const [figure] = searchRecords(index, { text: "pill presses" });
    expect(figure).toEqual({
      id: "dhs-pill-presses-seized-fy2023",
      type: "figure",
      value: 3600,
      unit: "pill_presses",
      date: "2023-09-30",
      what: "pill presses seized",
      quote: "In FY 2023, DHS seized more than 3,600 pill presses and $16 million in currency.",
      doc: "001_bbbbbbbbbbbbbbbb",
      source: "Senate, 2024-03-20",
      score: 6,
    });
    const [event] = searchRecords(index, { text: "launches" });
    expect(event).toMatchObject({ type: "event", value: null, unit: null, date: "2023-12-04" });
  });
  it("filters by type and category", () => {
    expect(ids({ text: "treasury", types: ["event"] })).toEqual([
      "treasury-strike-force-announced",
      "treasury-strike-force-launch",
    ]);
    expect(ids({ text: "", category: "Seizures" })).toEqual([
      "dhs-currency-seized-fy2023",
      "dhs-pill-presses-seized-fy2023",
    ]);
  });
  it("filters by source id or words of its title or publisher", () => {
    expect(ids({ text: "strike", source: "001_bbbbbbbbbbbbbbbb" })).toEqual([
      "treasury-strike-force-announced",
    ]);
    expect(ids({ text: "strike", source: "example wire" })).toEqual([
      "treasury-strike-force-launch",
    ]);
    expect(ids({ text: "strike", source: "nobody" })).toEqual([]);
  });
  it("keeps records whose date or period overlaps the range", () => {
    expect(ids({ text: "", from: "2023-12-05", types: ["event"] })).toEqual([
      "treasury-strike-force-announced",
    ]);
    expect(ids({ text: "", to: "2022", types: ["figure"] })).toEqual([
      "dhs-currency-seized-fy2023",
      "dhs-pill-presses-seized-fy2023",
      "treasury-sanctions-since-eo",
      "us-overdose-deaths-2022",
      "us-overdose-deaths-per-year-since-2020",
    ]);
    expect(ids({ text: "overdose", from: "2023-01", to: "2023-06" })).toEqual([
      "us-overdose-deaths-per-year-since-2020",
    ]);
  });
  it("refuses a date bound that is not ISO", () => {
    expect(() => searchRecords(index, { text: "", from: "last year" })).toThrow(
      /Argument from "last year" is not valid: expected an ISO date/,
    );
  });
  it("returns at most max hits and lists everything for an empty query", () => {
    expect(ids({ text: "", max: 2 })).toHaveLength(2);
    expect(ids({ text: "" })).toHaveLength(7);
  });
  it("returns no hits when a word matches nothing", () => {
    expect(ids({ text: "strike bananas" })).toEqual([]);
  });
});
