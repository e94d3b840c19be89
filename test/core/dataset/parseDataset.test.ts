import { parseDataset } from "../../../src/core/dataset/parseDataset";
import { fixtureDataset } from "../../fixtures/fixtureDataset";

describe("parseDataset", () => {
  it("accepts the fixture dataset", () => {
    expect(parseDataset(fixtureDataset()).figures).toHaveLength(5);
  });
  it("names the record and field of a missing field", () => {
    const bad = fixtureDataset(
      (d) => delete (d.figures[1] as Partial<(typeof d.figures)[0]>).metric,
    );
    expect(() => parseDataset(bad)).toThrow(
      /figures\[1\] \(id "us-overdose-deaths-2022"\)\.metric/,
    );
  });
  it("rejects a unit that is not a lower-case noun, and lists the known units", () => {
    const bad = fixtureDataset((d) => ((d.figures[0] as { unit: string }).unit = "Pills!"));
    expect(() => parseDataset(bad)).toThrow(
      /figures\[0\] \(id "treasury-sanctions-since-eo"\)\.unit: expected a known unit \(persons, .*pills.*\) or a count noun/,
    );
  });
  it("rejects an open unit longer than 40 characters", () => {
    const bad = fixtureDataset((d) => (d.figures[0].unit = "a".repeat(41)));
    expect(() => parseDataset(bad)).toThrow(/\.unit: expected a unit of at most 40 characters/);
  });
  it("accepts an open unit (a count noun the registry does not know)", () => {
    const open = fixtureDataset((d) => (d.figures[0].unit = "vessels"));
    expect(parseDataset(open).figures[0].unit).toBe("vessels");
  });
  it("rejects a quote that is not at its offsets in the source", () => {
    const bad = fixtureDataset((d) => {
      d.figures[0].source.start += 1;
      d.figures[0].source.end += 1;
    });
    expect(() => parseDataset(bad)).toThrow(
      /figures\[0\] \(id "treasury-sanctions-since-eo"\)\.source\.quote: does not match/,
    );
  });
  it("rejects a stale content hash", () => {
    const bad = fixtureDataset((d) => (d.figures[0].value = 201), true);
    expect(() => parseDataset(bad)).toThrow(/contentHash: is/);
  });
  it("rejects a table row that names no record", () => {
    const bad = fixtureDataset((d) => d.tables[0].rows.push("nope"));
    expect(() => parseDataset(bad)).toThrow(/tables\[0\] \(id "sanctions"\)\.rows\[1\]: "nope"/);
  });
  it.each([
    "file:///C:/Users/x/secret.xlsx",
    "data:text/html,<b>x</b>",
    "ms-excel:ofe|u|https://a.example/x.xlsx",
    "search-ms:query=x",
    "javascript:alert(1)",
  ])("rejects the source url %s, naming the schemes allowed", (url) => {
    const bad = fixtureDataset((d) => (d.sources[1].url = url));
    expect(() => parseDataset(bad)).toThrow(/sources\[1\].*\.url: expected an https: or http: URL/);
  });
  it("accepts https and http source urls", () => {
    for (const url of ["https://example.org/a?b=1", "http://example.org/"]) {
      const ok = fixtureDataset((d) => (d.sources[1].url = url));
      expect(parseDataset(ok).sources[1].url).toBe(url);
    }
  });
});
