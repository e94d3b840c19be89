import { encodeTag, TAG_NAMESPACE } from "../../src/core/layout/tableTag";
import { readTags } from "../../src/excel/readTags";
import { fixtureDataset } from "../fixtures/fixtureDataset";
import { workbook } from "./harness";

describe("readTags", () => {
  it("reads every tag in two syncs and reports a damaged one by its table", async () => {
    const { fake, actions } = workbook();
    await actions.insertTable(fixtureDataset(), "seizures", {}, "newSheet");
    await actions.insertTable(fixtureDataset(), "timeline", {}, "newSheet");
    fake.parts.push({
      id: "{bad}",
      namespace: TAG_NAMESPACE,
      xml: `<tableTag xmlns="${TAG_NAMESPACE}" table="99" part="0" parts="1">{oops</tableTag>`,
    });
    fake.parts.push({ id: "{other}", namespace: "urn:someone-else", xml: "<x/>" });
    const before = fake.stats.syncs;
    const { stored, problems } = await fake.run((context) => readTags(context));
    expect(fake.stats.syncs - before).toBe(2);
    expect(stored.map((s) => s.tag.tableId)).toEqual(["seizures", "timeline", "sources"]);
    expect(stored[0].partIds).toHaveLength(1);
    expect(problems).toEqual([expect.stringMatching(/^The tag of table 99 is not valid JSON: /)]);
    const summary = await actions.refreshAll(fixtureDataset());
    expect(summary.problems).toEqual(problems);
    expect(encodeTag(stored[0].tag)[0]).toBe(fake.parts[0].xml);
  });

  it("reports a hostile 1 MB part in the tag namespace by its id, quickly, and refreshes the rest", async () => {
    const { fake, actions } = workbook();
    await actions.insertTable(fixtureDataset(), "seizures", {}, "newSheet");
    fake.parts.push({
      id: "{hostile}",
      namespace: TAG_NAMESPACE,
      xml: `<x xmlns="${TAG_NAMESPACE}">${"<tableTag ".repeat(100_000)}</x>`,
    });
    const started = performance.now();
    const summary = await actions.refreshAll(fixtureDataset());
    expect(performance.now() - started).toBeLessThan(1000);
    expect(summary.problems).toEqual([
      "A Policy Tables tag part ({hostile}) is not a table tag; it was not read.",
    ]);
    expect(summary.tables.map((t) => t.status)).toEqual(["unchanged"]);
  });

  it("tags a table whose filter holds text XML cannot hold, and refreshes it", async () => {
    const { fake, actions } = workbook();
    const filter = "seized\uFFFE\u0000";
    const dataset = fixtureDataset((d) => (d.figures[3].metric += ` ${filter}`));
    await actions.insertTable(dataset, "seizures", { filter }, "newSheet");
    expect(fake.parts).toHaveLength(2); // the table's tag and the Sources table's
    const { stored } = await fake.run((context) => readTags(context));
    expect(stored[0].tag.choice.filter).toBe(filter);
    const summary = await actions.refreshAll(dataset);
    expect(summary.tables.map((t) => t.status)).toEqual(["unchanged"]);
  });
});
