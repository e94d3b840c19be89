import { locateColumns } from "../../../src/core/diff/locateColumns";

describe("locateColumns", () => {
  it("finds each column by title wherever the user moved it", () => {
    expect(
      locateColumns([{ title: "Value" }, { title: "Unit" }], ["Unit", "Note", "Value"]),
    ).toEqual([2, 0]);
  });

  it("gives -1 for a renamed or removed column", () => {
    expect(locateColumns([{ title: "Value" }, { title: "Unit" }], ["Value", "Units"])).toEqual([
      0, -1,
    ]);
  });

  it("lets one header cell answer for one column only", () => {
    expect(locateColumns([{ title: "Value" }, { title: "Value" }], ["Value"])).toEqual([0, -1]);
    expect(locateColumns([{ title: "Value" }, { title: "Value" }], ["Value", "Value"])).toEqual([
      0, 1,
    ]);
  });
});
