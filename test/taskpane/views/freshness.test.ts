import "../polyfills";
import { buildIndex } from "../../../src/core/lookup/buildIndex";
import { freshness } from "../../../src/taskpane/views/freshness";
import { selection } from "../fakeActions";
import { fixtureDataset } from "../../fixtures/fixtureDataset";

describe("freshness", () => {
  const dataset = fixtureDataset();
  const index = buildIndex(dataset);
  const figure = index.records.get("treasury-sanctions-since-eo")!;
  const event = index.records.get("treasury-strike-force-launch")!;

  it("is current for a record chosen without a cell", () => {
    expect(freshness(figure, dataset, null)).toEqual({
      status: "current",
      message: "This is the record as it stands in dataset 1.0.0.",
    });
  });

  it("compares a figure cell by value, as a number or as its text", () => {
    const at = (cellValue: number | string) =>
      freshness(
        figure,
        dataset,
        selection({ recordId: figure.record.id, cellValue, via: "table" }),
      );
    expect(at(200).status).toBe("current");
    expect(at("200").status).toBe("current");
    expect(at(199)).toEqual({
      status: "stale",
      message:
        "Cell Sheet1!B3 shows 199, but dataset 1.0.0 says 200. Refresh updates inserted tables; a value you typed yourself is kept and reported.",
    });
  });

  it("compares a percent cell by the fraction Excel holds, so an older 68 is stale", () => {
    const share = buildIndex(
      fixtureDataset((d) => {
        d.figures[0] = { ...d.figures[0], id: "share-2022", value: 68, unit: "percent" };
      }),
    ).records.get("share-2022")!;
    const at = (cellValue: number | string) =>
      freshness(share, dataset, selection({ recordId: "share-2022", cellValue, via: "table" }))
        .status;
    expect([at(0.68), at("68%")]).toEqual(["current", "current"]);
    expect(at(68)).toBe("stale");
    expect(
      freshness(share, dataset, selection({ recordId: "share-2022", cellValue: 68, via: "table" }))
        .message,
    ).toMatch(/shows 68, but dataset 1.0.0 says 68%/);
  });

  it("compares an event cell by its date serial or ISO text", () => {
    const at = (cellValue: number | string) =>
      freshness(
        event,
        dataset,
        selection({ recordId: event.record.id, cellValue, via: "formula" }),
      );
    expect(at(45264).status).toBe("current");
    expect(at("2023-12-04").status).toBe("current");
    expect(at(45265).message).toMatch(/says 2023-12-04/);
  });

  it("cannot compare an empty cell", () => {
    const result = freshness(
      figure,
      dataset,
      selection({ recordId: figure.record.id, cellValue: "", via: "table" }),
    );
    expect(result).toEqual({
      status: "unknown",
      message: "Cell Sheet1!B3 is empty, so it cannot be compared with dataset 1.0.0.",
    });
  });
});
