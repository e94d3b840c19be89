import { filterTraceChoices, traceChoices } from "../../../src/taskpane/views/traceChoices";
import { fixtureDataset } from "../../fixtures/fixtureDataset";

const labelOf = (choices: ReturnType<typeof traceChoices>, id: string) =>
  choices.find((c) => c.id === id)?.label;

describe("traceChoices", () => {
  it("labels a figure with its metric, value, period and a short document title", () => {
    const choices = traceChoices(fixtureDataset());
    expect(labelOf(choices, "us-overdose-deaths-2022")).toBe(
      "drug overdose deaths in the United States — more than 107,000 deaths · in 2022 · Treasury launches strike force",
    );
  });

  it("labels an event with its date, title and document", () => {
    const choices = traceChoices(fixtureDataset());
    expect(labelOf(choices, "treasury-strike-force-announced")).toBe(
      "2023-12-05 — Treasury announces the strike force · Testimony on fentanyl",
    );
  });

  it("tells apart the same figure reported by two documents", () => {
    const dataset = fixtureDataset((d) => {
      const copy = d.figures.find((f) => f.id === "us-overdose-deaths-per-year-since-2020")!;
      d.figures.push({
        ...copy,
        id: "us-overdose-deaths-per-year-a",
        source: d.figures.find((f) => f.id === "us-overdose-deaths-2022")!.source,
      });
    });
    const choices = traceChoices(dataset);
    const a = labelOf(choices, "us-overdose-deaths-per-year-a");
    const b = labelOf(choices, "us-overdose-deaths-per-year-since-2020");
    expect(a).toMatch(/· Treasury launches strike force$/);
    expect(b).toMatch(/· Testimony on fentanyl$/);
    expect(new Set(choices.map((c) => c.label)).size).toBe(choices.length);
  });

  it("adds the id only when every other part of two labels is the same", () => {
    const dataset = fixtureDataset((d) => {
      d.figures.push({ ...d.figures[0], id: "twin-figure" });
    });
    const choices = traceChoices(dataset);
    expect(labelOf(choices, "twin-figure")).toMatch(/ \(twin-figure\)$/);
    expect(labelOf(choices, dataset.figures[0].id)).toMatch(
      new RegExp(` \\(${dataset.figures[0].id}\\)$`),
    );
    expect(labelOf(choices, "us-overdose-deaths-2022")).not.toMatch(/\(/);
  });

  it("lists events in date order, undated last, after the figures", () => {
    const dataset = fixtureDataset((d) => {
      const [first] = d.events;
      d.events.unshift({ ...first, id: "late", date: "2024-01", precision: "month" });
      d.events.push({ ...first, id: "early", date: "2021", precision: "year" });
      d.events.push({
        ...first,
        id: "undated",
        date: null,
        precision: null,
        dateNote: "the document gives no date",
      });
    });
    const choices = traceChoices(dataset);
    const events = choices.filter((c) => c.group === "Events").map((c) => c.id);
    expect(events).toEqual([
      "early",
      "treasury-strike-force-launch",
      "treasury-strike-force-announced",
      "late",
      "undated",
    ]);
    expect(labelOf(choices, "late")).toMatch(/^Jan 2024 — /);
    expect(labelOf(choices, "undated")).toMatch(/^undated — /);
    expect(choices.findIndex((c) => c.group === "Events")).toBe(dataset.figures.length);
  });

  it("cuts a long document title at a word", () => {
    const dataset = fixtureDataset((d) => {
      d.sources[0].title = "U.S. Treasury launches strike force to counter fentanyl trafficking";
    });
    expect(labelOf(traceChoices(dataset), "treasury-strike-force-launch")).toBe(
      "2023-12-04 — Treasury launches the Counter-Fentanyl Strike Force · U.S. Treasury launches strike…",
    );
  });
});

describe("filterTraceChoices", () => {
  const choices = traceChoices(fixtureDataset());

  it("keeps the choices that hold every word typed, in any order and case", () => {
    expect(filterTraceChoices(choices, "2022 DEATHS").map((c) => c.id)).toEqual([
      "us-overdose-deaths-2022",
    ]);
    expect(filterTraceChoices(choices, "strike 2023-12").map((c) => c.id)).toEqual([
      "treasury-strike-force-launch",
      "treasury-strike-force-announced",
    ]);
  });

  it("keeps everything for an empty query and nothing for a word no label has", () => {
    expect(filterTraceChoices(choices, "  ")).toEqual(choices);
    expect(filterTraceChoices(choices, "deaths zebra")).toEqual([]);
  });
});
