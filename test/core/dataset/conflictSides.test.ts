import { shownCell } from "../../../src/core/dataset/tableCell";
import { fixtureDataset } from "../../fixtures/fixtureDataset";
import { shippedDataset } from "../../excel/shippedDataset";
import { expectConflictSidesShown } from "../../docs/datasetPins";

const dataset = shippedDataset();
const conflict = (fact: string) => dataset.conflicts.find((c) => c.fact === fact)!;

describe("the conflicts table's sides as people read them", () => {
  it("shows each side's value with its qualifier and unit, a percent as a percent, and keeps the CSV's stated numbers and ISO dates", () => {
    expectConflictSidesShown(dataset);
  });

  it("shows a side's value as its document states it", () => {
    // Sides of one shipped conflict, looked up by their figures, so a document added to the
    // fact adds a line without changing these.
    const c = conflict("us-overdose-deaths-annual");
    const lines = String(shownCell(dataset, c, "sides.*.value")).split("\n");
    const line = (ref: string) => lines[c.sides.findIndex((s) => s.ref === ref)];
    expect(line("us-overdose-deaths-2022")).toBe("more than 107,000 deaths");
    const share = conflict("us-overdose-deaths-fentanyl-share");
    const shares = String(shownCell(dataset, share, "sides.*.value")).split("\n");
    expect(
      shares[
        share.sides.findIndex((s) => s.ref === "us-overdose-deaths-2022-synthetic-opioid-share")
      ],
    ).toBe("68%");
  });

  it("shows each side's date at its precision, as every other date is shown", () => {
    const dates = conflict("doj-prc-chemical-companies-indictments-2023-09");
    expect(shownCell(dataset, dates, "sides.*.date")).toBe("Oct 2023\nSep 2023");
    expect(shownCell(dataset, dates, "sides.*.value")).toBeNull();
  });

  it("keeps one line per side, aligned with the document ids, when a side has no value", () => {
    const fixture = fixtureDataset((d) => {
      d.conflicts[0].sides[1].value = null;
      d.conflicts[0].sides[0].date = "2023-12-04";
    });
    const [c] = fixture.conflicts;
    expect(shownCell(fixture, c, "sides.*.value")).toBe("more than 107,000 deaths\n");
    expect(shownCell(fixture, c, "sides.*.date")).toBe("2023-12-04\n");
  });
});
