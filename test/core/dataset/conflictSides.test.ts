import { shownCell } from "../../../src/core/dataset/tableCell";
import { toCsv } from "../../../src/core/dataset/toCsv";
import { fixtureDataset } from "../../fixtures/fixtureDataset";
import { shippedDataset } from "../../excel/shippedDataset";

const dataset = shippedDataset();
const conflict = (fact: string) => dataset.conflicts.find((c) => c.fact === fact)!;

describe("the conflicts table's sides as people read them", () => {
  it("shows each side's value with its qualifier and unit, a percent as a percent", () => {
    expect(shownCell(dataset, conflict("us-overdose-deaths-annual"), "sides.*.value")).toBe(
      "more than 107,000 deaths\nmore than 100,000 deaths\nmore than 100,000 deaths",
    );
    expect(shownCell(dataset, conflict("us-overdose-deaths-fentanyl-share"), "sides.*.value")).toBe(
      "68%\nabout 66.67%\nmore than 50%",
    );
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

  it("leaves the CSV's stated numbers and ISO dates for programs", () => {
    const csv = toCsv(
      dataset,
      dataset.tables.find((t) => t.id === "conflicts")!,
    );
    expect(csv).toContain('"107000\n100000\n100000"');
    expect(csv).toContain('"68\n66.67\n50"');
    expect(csv).toContain('"2023-10\n2023-09"');
  });
});
