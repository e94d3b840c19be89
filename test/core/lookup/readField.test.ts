import { buildIndex } from "../../../src/core/lookup/buildIndex";
import { findRecord } from "../../../src/core/lookup/findFigure";
import { readField } from "../../../src/core/lookup/readField";
import { fixtureDataset } from "../../fixtures/fixtureDataset";

const dataset = fixtureDataset((d) => {
  d.events.push({
    ...d.events[0],
    id: "undated-meeting",
    date: null,
    precision: null,
    dateNote: "The document gives no date for the meeting.",
    parties: [],
  });
});
const index = buildIndex(dataset);
const field = (id: string, name: string) => readField(index, findRecord(index, id), name);

describe("readField", () => {
  it("reads every figure field that has a value", () => {
    const id = "us-overdose-deaths-2022";
    expect(field(id, "value")).toBe(107000);
    expect(field(id, "unit")).toBe("deaths");
    expect(field(id, "qualifier")).toBe("more_than");
    expect(field(id, "metric")).toBe("drug overdose deaths in the United States");
    expect(field(id, "what")).toBe("drug overdose deaths in the United States");
    expect(field(id, "actor")).toBe("CDC");
    expect(field(id, "place")).toBe("United States");
    expect(field(id, "period")).toBe("in 2022");
    expect(field(id, "period_start")).toBe("2022");
    expect(field(id, "period_end")).toBe("2022");
    expect(field(id, "category")).toBe("deaths");
    expect(field(id, "fact")).toBe("us-overdose-deaths-annual");
    expect(field(id, "doc")).toBe("000_aaaaaaaaaaaaaaaa");
    expect(field(id, "quote")).toBe("More than 107,000 people died from drug overdoses in 2022.");
    expect(field(id, "source_title")).toBe("Treasury launches strike force");
    expect(field(id, "source_publisher")).toBe("Example Wire");
    expect(field(id, "source_date")).toBe("2023-12-04");
    expect(field(id, "source_kind")).toBe("press_release");
    expect(field(id, "citation")).toBe(
      '"Treasury launches strike force", Example Wire, 2023-12-04, No URL stated in the document',
    );
    expect(field(id, "type")).toBe("figure");
    expect(field(id, "id")).toBe(id);
  });
  it("reads url and rights from the source", () => {
    expect(field("dhs-pill-presses-seized-fy2023", "url")).toBe("https://example.org/testimony");
    expect(field("dhs-pill-presses-seized-fy2023", "rights")).toMatch(/All rights reserved/);
  });
  it("reads every event field", () => {
    const id = "treasury-strike-force-launch";
    expect(field(id, "date")).toBe("2023-12-04");
    expect(field(id, "precision")).toBe("day");
    expect(field(id, "relative")).toBe(false);
    expect(field(id, "kind")).toBe("policy");
    expect(field(id, "title")).toBe("Treasury launches the Counter-Fentanyl Strike Force");
    expect(field(id, "parties")).toBe("U.S. Treasury");
    expect(field(id, "type")).toBe("event");
  });
  it("accepts spaces, hyphens, any case and aliases", () => {
    expect(field("us-overdose-deaths-2022", "Source Title")).toBe("Treasury launches strike force");
    expect(field("us-overdose-deaths-2022", "period-start")).toBe("2022");
    expect(field("us-overdose-deaths-2022", "publisher")).toBe("Example Wire");
    expect(field("us-overdose-deaths-2022", "source")).toMatch(
      /^"Treasury launches strike force", Example Wire, /,
    );
  });
  it("names the valid fields when a field does not exist for the record", () => {
    expect(() => field("us-overdose-deaths-2022", "precision")).toThrow(
      /Argument field "precision" is not valid: expected one of the figure fields: id, type, value, unit/,
    );
    expect(() => field("treasury-strike-force-launch", "value")).toThrow(
      /expected one of the event fields: id, type, date, precision/,
    );
    expect(() => field("us-overdose-deaths-2022", "colour")).toThrow(/"colour" is not valid/);
  });
  it("says a null field has no value rather than returning an empty string", () => {
    expect(() => field("us-overdose-deaths-per-year-since-2020", "actor")).toThrow(
      'The figure "us-overdose-deaths-per-year-since-2020" has no actor in the dataset.',
    );
    expect(() => field("us-overdose-deaths-2022", "url")).toThrow(/has no url/);
    expect(() => field("undated-meeting", "parties")).toThrow(/has no parties/);
  });
  it("gives the reason an event has no date", () => {
    expect(() => field("undated-meeting", "date")).toThrow(
      'The event "undated-meeting" has no date in the dataset (The document gives no date for the meeting.).',
    );
  });
});
