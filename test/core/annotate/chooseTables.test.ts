import { eventTables, figureTables } from "../../../src/core/annotate/chooseTables";
import { knownRecords } from "../../../src/core/annotate/knownRecords";
import type { DocumentAnnotation } from "../../../src/core/dataset/annotationSchema";
import { readSeedConfig } from "./seedsFixture";

const tables = readSeedConfig().tables;
const nothingKnown = knownRecords([], undefined, tables);

describe("chooseTables", () => {
  it("files a figure by the table whose description names its category when none is known", () => {
    expect(figureTables(nothingKnown, "capacity", "scanners")).toEqual(["inspection-capacity"]);
    expect(figureTables(nothingKnown, "deaths", "deaths")).toEqual(["overdose-deaths"]);
    expect(figureTables(nothingKnown, "potency", "times")).toEqual([]);
  });

  it("files an event in the timeline of its kind and the general timeline", () => {
    expect(eventTables(nothingKnown, "indictment", "prosecutions", false)).toEqual([
      "prosecutions-timeline",
      "timeline",
    ]);
    expect(eventTables(nothingKnown, "meeting", "cooperation", false)).toEqual([
      "cooperation-timeline",
      "timeline",
    ]);
    expect(eventTables(nothingKnown, "hearing", "policy", false)).toEqual(["timeline"]);
  });

  it("leaves a restatement out of the timelines", () => {
    expect(eventTables(nothingKnown, "indictment", "prosecutions", true)).toEqual([]);
  });

  it("follows how the analyst filed enough known records of the same kind", () => {
    const event = (id: string) => ({
      id,
      quote: "q",
      tables: ["sanctions-timeline"],
      date: "2023-01-01",
      precision: "day" as const,
      relative: false,
      dateNote: null,
      kind: "meeting" as const,
      category: "cooperation" as const,
      title: "t",
      parties: [],
      place: null,
      fact: null,
    });
    const known = knownRecords(
      [
        {
          doc: "x",
          figures: [],
          events: [event("a"), event("b")],
        } as unknown as DocumentAnnotation,
      ],
      undefined,
      tables,
    );
    expect(eventTables(known, "meeting", "cooperation", false)).toEqual(["sanctions-timeline"]);
  });
});
