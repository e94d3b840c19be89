import { buildIndex } from "../../../src/core/lookup/buildIndex";
import { cardCellValue, ENTITY_REQUIREMENT } from "../../../src/core/lookup/entityCard";
import { fixtureDataset } from "../../fixtures/fixtureDataset";
import { markUpQuote } from "../../fixtures/markedUpQuote";

const index = buildIndex(
  fixtureDataset((d) => {
    d.events.push({
      ...d.events[0],
      id: "undated-meeting",
      date: null,
      precision: null,
      dateNote: "No date given.",
    });
    d.events.push({ ...d.events[0], id: "month-meeting", date: "2023-12", precision: "month" });
  }),
);

describe("cardCellValue", () => {
  it("returns an entity with the number as text and the value as a formatted number", () => {
    const card = cardCellValue(index, "us-overdose-deaths-2022", true);
    expect(card).toMatchObject({
      type: "Entity",
      text: "107,000",
      properties: {
        Value: { type: "FormattedNumber", basicValue: 107000, numberFormat: "#,##0" },
        Quote: {
          type: "String",
          basicValue: "More than 107,000 people died from drug overdoses in 2022.",
        },
        Source: {
          type: "String",
          basicValue:
            '"Treasury launches strike force", Example Wire, 2023-12-04, No URL stated in the document',
        },
        "Source date": { type: "String", basicValue: "2023-12-04" },
        Qualifier: { type: "String", basicValue: "more than" },
      },
      layouts: { card: { title: { property: "Metric" } } },
    });
  });
  it("shows words where the dataset keeps codes: unit, qualifier, kind, document title", () => {
    const figure = cardCellValue(index, "dhs-pill-presses-seized-fy2023", true);
    expect(figure).toMatchObject({
      properties: {
        Unit: { basicValue: "pill presses" },
        Qualifier: { basicValue: "more than" },
        Document: { basicValue: "Testimony on fentanyl" },
      },
    });
    const event = cardCellValue(index, "treasury-strike-force-launch", true);
    expect(event).toMatchObject({ properties: { Date: { basicValue: "2023-12-04" } } });
  });
  it("lists only properties that exist in the card sections", () => {
    for (const id of ["us-overdose-deaths-2022", "treasury-strike-force-launch"]) {
      const card = cardCellValue(index, id, true);
      if (typeof card !== "object") throw new Error("expected an entity");
      const named = card.layouts.card.sections.flatMap((s) => s.properties);
      for (const name of [...named, card.layouts.card.title.property]) {
        expect(card.properties).toHaveProperty([name]);
      }
    }
  });
  it("says (not stated) for a null actor rather than dropping it", () => {
    const card = cardCellValue(index, "us-overdose-deaths-per-year-since-2020", true);
    expect(card).toMatchObject({ properties: { Actor: { basicValue: "(not stated)" } } });
  });
  it("shows an event's date and says why an undated event has none", () => {
    expect(cardCellValue(index, "treasury-strike-force-launch", true)).toMatchObject({
      text: "2023-12-04",
      properties: { Date: { basicValue: "2023-12-04" }, Precision: { basicValue: "day" } },
    });
    expect(cardCellValue(index, "undated-meeting", true)).toMatchObject({
      text: "Treasury launches the Counter-Fentanyl Strike Force",
      properties: { Date: { basicValue: "(undated: No date given.)" } },
    });
  });
  it("shows a month or year in the cell as every other date of that precision is shown", () => {
    expect(cardCellValue(index, "month-meeting", true)).toMatchObject({
      text: "Dec 2023",
      properties: { Date: { basicValue: "Dec 2023" }, Precision: { basicValue: "month" } },
    });
  });
  it("degrades to the plain value without entity support", () => {
    expect(cardCellValue(index, "us-overdose-deaths-2022", false)).toBe(107000);
    expect(cardCellValue(index, "treasury-strike-force-launch", false)).toBe(45264);
    expect(cardCellValue(index, "undated-meeting", false)).toBe(
      "Treasury launches the Counter-Fentanyl Strike Force",
    );
  });
  it("names the requirement set that allows entities", () => {
    expect(ENTITY_REQUIREMENT).toEqual({ set: "CustomFunctionsRuntime", version: "1.4" });
  });
  it("suggests ids for an unknown id", () => {
    expect(() => cardCellValue(index, "us-overdose", true)).toThrow(/Did you mean us-overdose-/);
  });
});

describe("entityCard quote", () => {
  it("shows the quote without conversion markup, as tables and figure notes do", () => {
    const marked = buildIndex(
      fixtureDataset((d) => {
        markUpQuote(d, "dhs-currency-seized-fy2023", "$16", "\\$16");
        markUpQuote(d, "dhs-currency-seized-fy2023", "DHS seized", "[DHS seized](#)");
      }),
    );
    expect(marked.records.get("dhs-currency-seized-fy2023")!.record.source.quote).toBe(
      "In FY 2023, [DHS seized](#) more than 3,600 pill presses and \\$16 million in currency.",
    );
    const card = cardCellValue(marked, "dhs-currency-seized-fy2023", true);
    if (typeof card !== "object") throw new Error("expected an entity");
    expect(card.properties.Quote).toEqual({
      type: "String",
      basicValue:
        "In FY 2023, DHS seized more than 3,600 pill presses and $16 million in currency.",
    });
  });
});
