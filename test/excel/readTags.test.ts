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
    expect(stored.map((s) => s.tag.tableId)).toEqual(["seizures", "timeline"]);
    expect(stored[0].partIds).toHaveLength(1);
    expect(problems).toEqual([expect.stringMatching(/^The tag of table 99 is not valid JSON: /)]);
    const summary = await actions.refreshAll(fixtureDataset());
    expect(summary.problems).toEqual(problems);
    expect(encodeTag(stored[0].tag)[0]).toBe(fake.parts[0].xml);
  });
});
