import { draftAnnotation, type DraftDocument } from "../../../src/core/annotate/draftAnnotation";
import { knownRecords } from "../../../src/core/annotate/knownRecords";
import { join } from "node:path";
import { readGold } from "../../../src/cli/bench/annotate";
import { buildDataset } from "../../../src/core/dataset/buildDataset";
import { readSeedConfig, readSeedDocs } from "./seedsFixture";

const seeds = readSeedDocs();
const known = (doc: string) =>
  knownRecords(
    seeds.map((s) => s.gold),
    doc,
  );

/** The draft as an analyst who accepts every proposal would leave it. */
function accepted(draft: DraftDocument): unknown {
  const strip = <T extends { draft?: true }>({ draft: _, ...rest }: T) => rest;
  return {
    doc: draft.doc,
    source: strip(draft.source),
    figures: draft.figures.map(strip),
    events: draft.events.map(strip),
    dismissed: draft.dismissed.map(strip),
  };
}

const TEXT = [
  "date 2024-01-10 Treasury sanctions cartel suppliers",
  "On September 23, 2023, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated nine Sinaloa Cartel members.",
  "In FY 2023, Department of Homeland Security (DHS) stopped over 43,000 pounds of fentanyl.",
  "Fentanyl is a synthetic opioid, according to the Drug Enforcement Administration (DEA).",
].join("\n\n");

describe("draftAnnotation", () => {
  const draft = draftAnnotation("009_0123456789abcdef", TEXT, { known: known("none") });

  it("fills the source block from the date line and the first line", () => {
    expect(draft.source).toMatchObject({
      draft: true,
      title: "Treasury sanctions cartel suppliers",
      published: "2024-01-10",
      publishedNote: "The date line at the top of the text.",
      kind: "news",
    });
  });

  it("proposes a figure with its value, unit, qualifier and the fiscal year resolved", () => {
    expect(draft.figures).toContainEqual(
      expect.objectContaining({
        draft: true,
        quote:
          "In FY 2023, Department of Homeland Security (DHS) stopped over 43,000 pounds of fentanyl.",
        value: 43000,
        unit: "pounds",
        qualifier: "more_than",
        category: "seizures",
        actor: "Department of Homeland Security (DHS)",
        period: { text: "FY 2023", start: "2022-10-01", end: "2023-09-30" },
        tables: ["seizures"],
      }),
    );
  });

  it("dismisses the date line and a figure's date with reasons that name the record", () => {
    const pounds = draft.figures.find((f) => f.unit === "pounds")!;
    expect(draft.dismissed).toContainEqual({
      draft: true,
      mention: "2024-01-10",
      reason: "The document's date line; recorded as the source's published date.",
    });
    expect(draft.dismissed).toContainEqual({
      draft: true,
      mention: "FY 2023",
      reason: `Period of ${pounds.id}.`,
    });
  });

  it("marks every proposal as a draft and gives the same draft for the same input", () => {
    const all = [draft.source, ...draft.figures, ...draft.events, ...draft.dismissed];
    expect(all.every((x) => x.draft === true)).toBe(true);
    expect(draftAnnotation("009_0123456789abcdef", TEXT, { known: known("none") })).toEqual(draft);
  });

  it.each(seeds.map((s) => s.doc))(
    "drafts seed %s so that, accepted as proposed, it builds with every mention triaged",
    (doc) => {
      const seed = seeds.find((s) => s.doc === doc)!;
      const d = draftAnnotation(doc, seed.text, {
        known: known(doc),
        date: seed.gold.source.published?.length === 10 ? seed.gold.source.published : null,
      });
      const { coverage } = buildDataset(
        [{ file: seed.file, text: seed.text }],
        [{ file: `${doc}.yaml`, data: accepted(d) }],
        readSeedConfig(),
      );
      expect(coverage.problems).toEqual([]);
      expect(coverage.untriaged).toEqual([]);
    },
  );

  it.each(readGold(join(__dirname, "../../corpus")).map((d) => [d.gold.doc, d] as const))(
    "drafts test corpus document %s so that, accepted as proposed, it builds",
    (doc, { text, gold }) => {
      const d = draftAnnotation(doc, text, { known: known(doc), date: gold.source.published });
      const { coverage } = buildDataset(
        [{ file: `${doc}.txt`, text }],
        [{ file: `${doc}.yaml`, data: accepted(d) }],
        readSeedConfig(),
      );
      expect(coverage.problems).toEqual([]);
      expect(coverage.untriaged).toEqual([]);
    },
  );

  it("dates a figure by the day its paragraph named earlier, with the override the build asks for", () => {
    const text = [
      "Port news",
      "The first seizure took place on Feb. 5, when a driver arrived from Mexico. Officers found 36.64 pounds of fentanyl in the spare tire.",
    ].join("\n\n");
    const known = knownRecords([], undefined, readSeedConfig().tables);
    const [figure] = draftAnnotation("009_0123456789abcdef", text, {
      date: "2024-02-08",
      known,
    }).figures;
    expect(figure).toMatchObject({
      value: 36.64,
      period: { text: "Feb. 5", start: "2024-02-05", end: "2024-02-05" },
      overrides: {
        period:
          "The date is in an earlier sentence of its paragraph (The first seizure took place on Feb. 5, when a driver arrived from Mexico).",
      },
    });
  });

  it("dates a figure by its paragraph's day without an override when that day is the document's", () => {
    const text = [
      "Port news",
      "The first seizure took place on Feb. 8, 2024, when a driver arrived from Mexico. Officers found 36.64 pounds of fentanyl in the spare tire.",
    ].join("\n\n");
    const known = knownRecords([], undefined, readSeedConfig().tables);
    const draft = draftAnnotation("009_0123456789abcdef", text, { date: "2024-02-08", known });
    expect(draft.figures[0]).toMatchObject({
      value: 36.64,
      period: { start: "2024-02-08", end: "2024-02-08" },
    });
    // The build holds a period to the document's date without a reason, so an override of it
    // would be stale.
    expect(draft.figures[0].overrides).toBeUndefined();
    const { coverage } = buildDataset(
      [{ file: "009_0123456789abcdef.txt", text }],
      [{ file: "009_0123456789abcdef.yaml", data: accepted(draft) }],
      readSeedConfig(),
    );
    expect(coverage.problems).toEqual([]);
  });

  it("words a metric as the dataset does: what a measure is of, the verb, the actor's acronym", () => {
    const text =
      "In FY 2023, DHS seized more than 3,600 pill presses and 16,000 pounds of fentanyl.";
    const { figures } = draftAnnotation("009_0123456789abcdef", text, {
      date: "2024-01-10",
      known: known("none"),
    });
    expect(figures.map((f) => f.metric)).toEqual([
      "Pill presses seized by DHS",
      "Fentanyl seized by DHS",
    ]);
  });

  it("links a restatement of an event to it and leaves it out of the timelines", () => {
    const text = [
      "Justice news",
      "On April 14, 2023, the Department of Justice announced indictments against the Chapitos.",
      "As noted, on April 14, 2023, the Department of Justice announced indictments against the brothers.",
    ].join("\n\n");
    const known = knownRecords([], undefined, readSeedConfig().tables);
    const { events } = draftAnnotation("009_0123456789abcdef", text, { date: "2024-01-10", known });
    const [first, again] = events;
    expect(first).toMatchObject({ kind: "indictment", date: "2023-04-14" });
    expect(first.tables).toEqual(["prosecutions-timeline", "timeline"]);
    expect(again).toMatchObject({ kind: "indictment", date: "2023-04-14", fact: first.id });
    expect(first.fact).toBe(first.id);
    expect(again.tables).toEqual([]);
  });
});

describe("draftAnnotation restatements", () => {
  it("keeps two policies of one year apart, each in the timelines", () => {
    const text = [
      "Policy news",
      "In 2022, Canada launched a national strategy on synthetic drugs.",
      "In 2022, Canada expanded its chemical watch list to more precursors.",
    ].join("\n\n");
    const known = knownRecords([], undefined, readSeedConfig().tables);
    const { events } = draftAnnotation("009_0123456789abcdef", text, { date: "2024-01-10", known });
    expect(events.map((e) => [e.kind, e.date])).toEqual([
      ["policy", "2022"],
      ["policy", "2022"],
    ]);
    expect(events.map((e) => e.tables)).toEqual([["timeline"], ["timeline"]]);
  });

  it("links an event restated with a more precise date of the same month to one fact", () => {
    const draft = draftAnnotation(
      "009_0123456789abcdef",
      [
        "date 2024-01-10 Extraditions",
        "Ovidio Guzmán was extradited to Chicago in September 2023.",
        "Ovidio Guzmán was extradited to Chicago on September 15, 2023, and charged there.",
      ].join("\n\n"),
      // No known records: the link must come from the document itself.
      { known: knownRecords([]) },
    );
    const extraditions = draft.events.filter((e) => e.kind === "extradition");
    expect(extraditions.map((e) => e.date)).toEqual(["2023-09", "2023-09-15"]);
    expect(extraditions[0].fact).not.toBeNull();
    expect(extraditions[1].fact).toBe(extraditions[0].fact);
  });
});

describe("draftAnnotation fact links to other documents", () => {
  const figure = (id: string, value: number, qualifier: string, unit: string, metric: string) => ({
    id,
    quote: `${metric}.`,
    tables: [],
    value,
    unit,
    qualifier,
    metric,
    category: "deaths",
    actor: null,
    place: null,
    period: { text: null, start: null, end: null },
    fact: id,
    note: null,
  });
  const other = knownRecords([
    {
      doc: "other",
      figures: [
        figure(
          "deaths-annual",
          100000,
          "more_than",
          "deaths",
          "Annual drug overdose deaths in the United States",
        ),
        figure(
          "fentanyl-share",
          50,
          "more_than",
          "percent",
          "Share of US drug overdose deaths linked to fentanyl",
        ),
      ],
      events: [
        {
          id: "harbor-strategy",
          quote: "Customs recently announced a strategy to inspect harbor freight for fentanyl.",
          tables: [],
          date: null,
          precision: null,
          relative: false,
          dateNote: "Undated.",
          kind: "policy",
          category: "policy",
          title: "Customs announces a strategy to inspect harbor freight for fentanyl",
          parties: [],
          place: null,
          fact: "harbor-strategy",
        },
      ],
    },
  ] as never);
  const text = [
    "date 2023-12-01 Overdoses",
    "In 2022, 112,000 people died of drug overdoses in the United States.",
    "Of those, 68% involved fentanyl.",
    "On November 2, 2023, Customs announced a strategy to inspect harbor freight for fentanyl.",
  ].join("\n\n");
  const draft = draftAnnotation("009_0123456789abcdef", text, { known: other });

  it("links a figure whose value the known one's hedge allows (112,000 is more than 100,000)", () => {
    expect(draft.figures.find((f) => f.value === 112000)?.fact).toBe("deaths-annual");
  });

  it("reads a sentence that points back with the sentence before it (68% of overdose deaths)", () => {
    expect(draft.figures.find((f) => f.value === 68)?.fact).toBe("fentanyl-share");
  });

  it("links an event to a known one that left its date unsaid when they read much alike", () => {
    expect(draft.events.find((e) => e.date === "2023-11-02")?.fact).toBe("harbor-strategy");
  });
});

describe("draftAnnotation of sentences that do not read alone", () => {
  it("proposes the event of a sentence a page break cut, read with its start", () => {
    const text =
      "date 2022-06-01 Report\n\nPeruvian police detained the broker Ana Ruiz, wife of the smuggler\n\n¹² Ministry of the Interior, press note.\n\n(then in hiding) on May 4, 2022. Her trial follows.\n";
    const draft = draftAnnotation("900_test", text, { known: known("900_test") });
    const event = draft.events.find((e) => e.date === "2022-05-04");
    expect(event).toMatchObject({
      quote: "(then in hiding) on May 4, 2022.",
      kind: "arrest",
      parties: expect.arrayContaining(["Ana Ruiz"]),
    });
  });

  it("proposes a hearing at the date line of a testimony's title block", () => {
    const text =
      "Testimony of\n\nAna Ruiz\n\nat a Hearing on Border Trade\n\nbefore the Senate\n\nMay 4, 2022\n\nThank you for the chance to speak.\n";
    const draft = draftAnnotation("901_test", text, { known: known("901_test") });
    expect(draft.events).toEqual([
      expect.objectContaining({ quote: "May 4, 2022", date: "2022-05-04", kind: "hearing" }),
    ]);
  });
});

describe("draftAnnotation of events in a figure's sentence", () => {
  it("proposes an event at a year that dates an action other than the figure's", () => {
    const text =
      "date 2024-03-01 Customs report\n\nThe port seized 900 kilos of cocaine in 2023; it was the first haul the navy had intercepted since 2015.\n";
    const draft = draftAnnotation("902_test", text, { known: known("902_test") });
    expect(draft.events.map((e) => e.date)).toEqual(["2015"]);
    expect(draft.dismissed).toContainEqual(
      expect.objectContaining({ mention: "2023", reason: expect.stringMatching(/^Period of /) }),
    );
  });
});
