import { planTable } from "../../src/core/layout/planTable";
import { encodeTag, tagForPlan, type TableTag } from "../../src/core/layout/tableTag";
import { queueWriteTag, readTags, writeTagOverSyncs } from "../../src/excel/readTags";
import { FakeExcel, PAYLOAD_LIMIT_BYTES } from "../fakes/excel";
import { fixtureDataset } from "../fixtures/fixtureDataset";

/*
 * Issue 15: the tag of a 280,000-row table (about 20 MB) was queued in one request, which
 * Excel on the web refuses past 5 MB, so the refresh failed. It is written in parts over
 * several requests, read back over several syncs, and a write stopped between parts leaves
 * the old tag in use, its stray parts deleted by the next write.
 */
jest.setTimeout(120_000);

const base = tagForPlan(planTable(fixtureDataset(), "seizures", {}), {
  excelTableId: "{T1}",
  tableName: "PT_Seizures",
  sheetId: "{s1}",
  sheetName: "Sheet1",
  address: "Sheet1!A1:H3",
});

/** A tag as large as a table of `rows` rows makes one. */
const tagOf = (rows: number, version = "1.0.0"): TableTag => ({
  ...base,
  datasetVersion: version,
  rowIds: Array.from({ length: rows }, (_, i) => `record-${version}-${i}`),
  hashes: "AbC-".repeat(rows * base.columns.length),
});

const ROWS = 200_000; // a tag of about 10 MB

async function write(fake: FakeExcel, tag: TableTag, old: string[] = []) {
  await fake.run(async (context: Excel.RequestContext) => {
    await writeTagOverSyncs(context, tag, old, () => context.sync());
    await context.sync();
  });
}

const read = (fake: FakeExcel) =>
  fake.run((context: Excel.RequestContext) => readTags(context)) as ReturnType<typeof readTags>;

describe("a tag larger than one request", () => {
  it("is refused by Excel when queued in one request", async () => {
    const fake = new FakeExcel("1.18", ["Sheet1"]);
    const big = tagOf(ROWS);
    await expect(
      fake.run(async (context: Excel.RequestContext) => {
        queueWriteTag(context, big);
        await context.sync();
      }),
    ).rejects.toThrow(/request payload size has exceeded the limit/);
  });

  it("is written over several requests under 5 MB and read back whole over several syncs", async () => {
    const fake = new FakeExcel("1.18", ["Sheet1"]);
    const big = tagOf(ROWS);
    await write(fake, big);
    expect(fake.stats.syncs).toBeGreaterThan(2);
    expect(fake.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    const before = fake.stats.syncs;
    const { stored, problems, syncs } = await read(fake);
    expect(problems).toEqual([]);
    expect(stored.map((s) => s.tag)).toEqual([big]);
    expect(stored[0].partIds).toHaveLength(encodeTag(big).length);
    expect(syncs).toBe(fake.stats.syncs - before);
    expect(syncs).toBeGreaterThan(2);
  });

  it("keeps the old tag when Excel stops between parts, and the next write leaves only the new one", async () => {
    const fake = new FakeExcel("1.18", ["Sheet1"]);
    const old = tagOf(ROWS);
    await write(fake, old);
    const oldIds = (await read(fake)).stored[0].partIds;
    const next = tagOf(ROWS, "1.1.0");
    await expect(
      fake.run(async (context: Excel.RequestContext) => {
        let syncs = 0;
        await writeTagOverSyncs(context, next, oldIds, async () => {
          if (++syncs === 2) {
            // A lost request: nothing queued for it runs.
            (context as unknown as { queue: unknown[] }).queue = [];
            throw new Error("The connection was lost.");
          }
          await context.sync();
        });
        await context.sync();
      }),
    ).rejects.toThrow("The connection was lost.");

    const halfway = await read(fake);
    expect(halfway.problems).toEqual([]);
    expect(halfway.blocked).toEqual([]);
    expect(halfway.stored.map((s) => s.tag.datasetVersion)).toEqual(["1.0.0"]);
    // The stopped write's parts are filed with the tag, for its next write to delete.
    const stray = halfway.stored[0].partIds.filter((id) => !oldIds.includes(id));
    expect(stray.length).toBeGreaterThan(0);

    await write(fake, next, halfway.stored[0].partIds);
    const after = await read(fake);
    expect(after.stored.map((s) => s.tag)).toEqual([next]);
    expect(after.stored[0].partIds).toHaveLength(encodeTag(next).length);
  });
});
