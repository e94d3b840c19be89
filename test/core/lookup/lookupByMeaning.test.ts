import { buildIndex } from "../../../src/core/lookup/buildIndex";
import { lookupByMeaning } from "../../../src/core/lookup/lookupByMeaning";
import { fixtureDataset } from "../../fixtures/fixtureDataset";

const index = buildIndex(fixtureDataset());
const id = (text: string, actor?: string, period?: string) =>
  lookupByMeaning(index, { text, actor, period }).id;

describe("lookupByMeaning", () => {
  it("finds the one figure whose metric holds the words", () => {
    expect(id("pill presses")).toBe("dhs-pill-presses-seized-fy2023");
    expect(id("currency seized")).toBe("dhs-currency-seized-fy2023");
  });
  it("accepts an exact id", () => {
    expect(id("US-Overdose-Deaths-2022")).toBe("us-overdose-deaths-2022");
  });
  it("narrows by actor, ignoring case and punctuation", () => {
    expect(id("overdose deaths", "cdc")).toBe("us-overdose-deaths-2022");
    expect(id("sanctions", "US Treasury")).toBe("treasury-sanctions-since-eo");
  });
  it("narrows by a period that holds the figure's whole period", () => {
    expect(id("overdose deaths", undefined, "2022")).toBe("us-overdose-deaths-2022");
    expect(id("pill presses", "DHS", "FY2023")).toBe("dhs-pill-presses-seized-fy2023");
  });
  it("never matches a period that only overlaps the figure's, and says why", () => {
    expect(() => id("pill presses", undefined, "2022")).toThrow(
      'No figure matches "pill presses" in period 2022. ' +
        "Near: dhs-pill-presses-seized-fy2023 (3600 pill presses, DHS, FY 2023): its period " +
        "Oct 2022 to Sep 2023 is not inside 2022.",
    );
    expect(() => id("pill presses", undefined, "2022-10")).toThrow(/is not inside Oct 2022\.$/);
    expect(() => id("pill presses", undefined, "FY 2022")).toThrow(
      /is not inside FY 2022 \(Oct 2021 to Sep 2022\)\.$/,
    );
    expect(() => id("pill presses", undefined, "11/7/2023")).toThrow(/is not inside 2023-11-07\.$/);
    expect(() => id("overdose deaths", undefined, "2020")).toThrow(
      /us-overdose-deaths-per-year-since-2020 .*: its period "a year since 2020" has no fixed start and end/,
    );
  });
  it("prefers figures named by the words over those that only mention them", () => {
    // "currency" is in the pill-press figure's quote too, but only one metric says it.
    expect(id("currency")).toBe("dhs-currency-seized-fy2023");
  });
  it("lists the candidates when several figures match equally", () => {
    expect(() => id("overdose deaths")).toThrow(
      '2 figures match "overdose deaths": us-overdose-deaths-2022 (107000 deaths, CDC, in 2022); ' +
        "us-overdose-deaths-per-year-since-2020 (100000 deaths, a year since 2020). " +
        "Add an actor or period, or use POLICY.VALUE with one of these ids.",
    );
  });
  it("names the filters in an ambiguity", () => {
    expect(() => id("seized", "DHS")).toThrow(/2 figures match "seized" with actor "DHS":/);
  });
  it("says no figure matches, with suggestions, and names the filters", () => {
    expect(() => id("bananas")).toThrow(/^No figure matches "bananas"\. Did you mean /);
    expect(() => id("pill presses", "CDC")).toThrow(
      'No figure matches "pill presses" with actor "CDC". Near: dhs-pill-presses-seized-fy2023 ' +
        "(3600 pill presses, DHS, FY 2023): its actor is DHS.",
    );
    expect(() => id("pill presses", undefined, "1999")).toThrow(/in period 1999\./);
  });
  it("refuses text made only of stopwords", () => {
    expect(() => id("the of and")).toThrow(/Argument metric_or_text "the of and" is not valid/);
  });
  it("lists at most five candidates and counts the rest", () => {
    const many = buildIndex(
      fixtureDataset((d) => {
        for (let i = 0; i < 7; i++) d.figures.push({ ...d.figures[0], id: `copy-${i}` });
      }),
    );
    expect(() => lookupByMeaning(many, { text: "sanctions imposed" })).toThrow(
      /^8 figures match .*; and 3 more\./,
    );
  });
});

describe("lookupByMeaning answers", () => {
  it("are remembered per index, errors included", () => {
    const fresh = buildIndex(fixtureDataset());
    const first = lookupByMeaning(fresh, { text: "pill presses" });
    expect(lookupByMeaning(fresh, { text: "pill presses" })).toBe(first);
    const message = (query: { text: string }) => {
      try {
        lookupByMeaning(fresh, query);
      } catch (e) {
        return (e as Error).message;
      }
      return "no error";
    };
    expect(message({ text: "overdose deaths" })).toMatch(/^2 figures match/);
    expect(message({ text: "overdose deaths" })).toMatch(/^2 figures match/);
  });
  it("are not shared between indexes of different datasets", () => {
    const a = buildIndex(fixtureDataset());
    const b = buildIndex(fixtureDataset((d) => (d.figures[3].value = 4000)));
    expect(lookupByMeaning(a, { text: "pill presses" }).value).toBe(3600);
    expect(lookupByMeaning(b, { text: "pill presses" }).value).toBe(4000);
  });
});
