import {
  figureIdFromName,
  figureNamePrefix,
  planFigure,
} from "../../../src/core/layout/planFigure";
import { fixtureDataset } from "../../fixtures/fixtureDataset";

describe("planFigure", () => {
  const dataset = fixtureDataset();

  it("quotes the sentence in its display form, without conversion markup", () => {
    const escaped = fixtureDataset((d) => {
      const f = d.figures.find((x) => x.id === "dhs-currency-seized-fy2023")!;
      f.source = { ...f.source, quote: f.source.quote.replace("$16", "\\$16") };
    });
    const plan = planFigure(escaped, "dhs-currency-seized-fy2023", "value");
    expect(plan.note).toContain("pill presses and $16 million");
    expect(plan.note).not.toContain("\\$");
  });

  it("plans a value with its unit's format and a note citing the sentence and document", () => {
    const plan = planFigure(dataset, "dhs-currency-seized-fy2023", "value");
    expect(plan.value).toBe(16000000);
    expect(plan.numberFormat).toBe("$#,##0");
    expect(plan.note).toBe(
      'currency seized: 16,000,000 USD (FY 2023).\n"In FY 2023, DHS seized more than 3,600 pill presses and $16 million in currency."\n— A. Witness, "Testimony on fentanyl", Senate, 2024-03-20, https://example.org/testimony\nPolicy Tables id dhs-currency-seized-fy2023, dataset 1.0.0.',
    );
    expect(plan.doc).toBe("001_bbbbbbbbbbbbbbbb");
  });

  it("plans a POLICY.VALUE formula", () => {
    const plan = planFigure(dataset, "us-overdose-deaths-2022", "formula");
    expect(plan.formula).toBe('=POLICY.VALUE("us-overdose-deaths-2022")');
    expect(plan.value).toBeNull();
  });

  it("gives an event's date as a value, and refuses it as a formula", () => {
    const plan = planFigure(dataset, "treasury-strike-force-launch", "value");
    expect(plan.value).toBe(45264);
    expect(plan.numberFormat).toBe("yyyy-mm-dd");
    expect(() => planFigure(dataset, "treasury-strike-force-launch", "formula")).toThrow(
      /is an event: POLICY.VALUE returns figures only/,
    );
  });

  it("suggests ids for an unknown id", () => {
    expect(() => planFigure(dataset, "dhs-currency", "value")).toThrow(
      /No figure or event has id "dhs-currency". Did you mean dhs-currency-seized-fy2023/,
    );
  });

  it("marks cells with names that read back to the id", () => {
    expect(figureNamePrefix("us-overdose-deaths-2022")).toBe("PT_fig_us_overdose_deaths_2022");
    expect(figureIdFromName("PT_fig_us_overdose_deaths_2022__3")).toBe("us-overdose-deaths-2022");
    expect(figureIdFromName("Other_name")).toBeNull();
  });
});
