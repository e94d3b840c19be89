import {
  eventTables,
  figureTables,
  fileOncePerFact,
} from "../../../src/core/annotate/chooseTables";
import type { EventAnnotation } from "../../../src/core/dataset/annotationSchema";
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

  it("files what two governments do together or to each other with their agreements", () => {
    expect(
      eventTables(
        nothingKnown,
        "policy",
        "policy",
        false,
        "In May 2021, the Canadian government listed the chemicals at the request of the U.S. embassy.",
      ),
    ).toEqual(["cooperation-timeline", "timeline"]);
    expect(
      eventTables(
        nothingKnown,
        "policy",
        "policy",
        false,
        "In May 2021, Ottawa listed the chemicals.",
      ),
    ).toEqual(["timeline"]);
  });

  it("keeps in the timelines only the most precisely dated statement of one event", () => {
    const stated = (date: string, fact: string | null, tables: string[]) =>
      ({ date, fact, tables }) as EventAnnotation;
    const events = [
      stated("2023-09", "extradition", ["prosecutions-timeline", "timeline"]),
      stated("2023-09-15", "extradition", []),
      stated("2023-04-14", "indictment", ["prosecutions-timeline", "timeline"]),
      stated("2023-04-14", "indictment", ["prosecutions-timeline", "timeline"]),
      stated("2023-01", null, ["timeline"]),
    ];
    fileOncePerFact(events);
    expect(events.map((e) => e.tables)).toEqual([
      [],
      ["prosecutions-timeline", "timeline"],
      ["prosecutions-timeline", "timeline"],
      [],
      ["timeline"],
    ]);
  });

  it("leaves a restatement out of the timelines", () => {
    expect(eventTables(nothingKnown, "indictment", "prosecutions", true)).toEqual([]);
  });

  it("follows how the analyst filed enough known events of the same category, keeping the general timeline", () => {
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
    expect(eventTables(known, "meeting", "cooperation", false)).toEqual([
      "sanctions-timeline",
      "timeline",
    ]);
    expect(eventTables(known, "agreement", "cooperation", false)).toEqual([
      "sanctions-timeline",
      "timeline",
    ]);
  });

  const figure = (id: string, category: string, unit: string, tables: string[]) => ({
    id,
    quote: "q",
    tables,
    value: 1,
    unit,
    qualifier: "exact",
    metric: "m",
    category,
    actor: null,
    place: null,
    period: { text: null, start: null, end: null },
    fact: null,
    note: null,
  });
  const knowing = (figures: ReturnType<typeof figure>[]) =>
    knownRecords(
      [{ doc: "x", figures, events: [] } as unknown as DocumentAnnotation],
      undefined,
      tables,
    );

  it("files a figure in the tables most known figures of its category join", () => {
    const known = knowing([
      figure("a", "seizures", "pounds", ["seizures"]),
      figure("b", "seizures", "percent", ["seizures"]),
      figure("c", "seizures", "sets", ["seizures", "cooperation"]),
    ]);
    expect(figureTables(known, "seizures", "kilograms")).toEqual(["seizures"]);
  });

  it("files a sum in US dollars in the table that says it holds sums in US dollars", () => {
    expect(figureTables(nothingKnown, "policy", "USD")).toEqual(["money"]);
    expect(figureTables(nothingKnown, "seizures", "USD")).toEqual(["seizures", "money"]);
    expect(figureTables(nothingKnown, "policy", "pounds")).toEqual([]);
  });

  it("files a figure in no table its category's known figures disagree on", () => {
    const known = knowing([
      figure("a", "policy", "precursors", ["cooperation"]),
      figure("b", "policy", "persons", ["prosecutions"]),
    ]);
    expect(figureTables(known, "policy", "persons")).toEqual([]);
  });

  it("files a figure its category files nowhere in the table that says it holds what it counts", () => {
    const own = knownRecords([], undefined, [
      {
        id: "ports",
        title: "Port checks",
        description: "Vessels boarded and containers opened at ports.",
        kind: "figures",
        rows: "tagged",
        columns: [],
      },
      {
        id: "people",
        title: "People",
        description: "Persons stopped at ports.",
        kind: "figures",
        rows: "tagged",
        columns: [],
      },
    ] as never);
    expect(figureTables(own, "policy", "vessels")).toEqual(["ports"]);
    expect(figureTables(own, "policy", "persons")).toEqual([]);
    expect(figureTables(own, "policy", "pounds")).toEqual([]);
  });

  it("files a figure with known figures of its unit only when they share its category", () => {
    const known = knowing([
      figure("a", "deaths", "persons", ["overdose-deaths"]),
      figure("b", "deaths", "persons", ["overdose-deaths"]),
      figure("c", "prosecutions", "companies", ["prosecutions"]),
      figure("d", "prosecutions", "companies", ["prosecutions"]),
    ]);
    expect(figureTables(known, "prosecutions", "persons")).toEqual(["prosecutions"]);
    expect(figureTables(known, "deaths", "persons")).toEqual(["overdose-deaths"]);
  });
});
