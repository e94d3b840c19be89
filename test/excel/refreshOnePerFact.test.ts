import type { Dataset } from "../../src/core/dataset/schema";
import type { FakeExcel } from "../fakes/excel";
import { workbook } from "./harness";
import { shippedDataset } from "./shippedDataset";

/**
 * Figure tables used to hold every statement of a fact (the San Diego share and the LAX parcel
 * twice in Seizures). A workbook inserted from that layout refreshes to one row per fact: the
 * restatements' rows go unless the user wrote in them.
 */
function oldLayout(dataset: Dataset): { old: Dataset; restated: string[] } {
  const old = structuredClone(dataset);
  old.version = "1.0.3";
  old.contentHash = "0".repeat(64);
  const seizures = old.tables.find((t) => t.id === "seizures")!;
  const kept = new Set(seizures.rows);
  const facts = new Set(seizures.rows.map((id) => old.figures.find((f) => f.id === id)!.fact));
  const restated = old.figures
    .filter((f) => f.fact && facts.has(f.fact) && !kept.has(f.id))
    .filter((f) => old.tables.find((t) => t.id === "all-figures")!.rows.includes(f.id))
    .filter((f) => f.category === "seizures")
    .map((f) => f.id);
  // The old layout listed every tagged statement in document order.
  const order = old.tables.find((t) => t.id === "all-figures")!.rows;
  seizures.rows = order.filter((id) => kept.has(id) || restated.includes(id));
  return { old, restated };
}

/** The Id column of PT_Seizures, inserted at Sheet1!A1. */
function idsOf(fake: FakeExcel): string[] {
  const rect = fake.table("PT_Seizures")!.rect;
  return fake.values(`Sheet1!A2:A${rect.lastRow + 1}`).map((r) => String(r[0]));
}

describe("refresh from the layout with one row per statement", () => {
  const dataset = shippedDataset();
  const { old, restated } = oldLayout(dataset);

  it("removes the restatements' untouched rows, so each fact is counted once", async () => {
    expect(restated.length).toBeGreaterThanOrEqual(2);
    const { fake, actions } = workbook();
    const inserted = await actions.insertTable(
      old,
      "seizures",
      { columns: ["id", "value"] },
      "selection",
    );
    expect(inserted.rows).toBe(
      dataset.tables.find((t) => t.id === "seizures")!.rows.length + restated.length,
    );
    const summary = await actions.refreshAll(dataset);
    expect(summary.tables[0]).toMatchObject({ rowsRemoved: restated.length, conflicts: [] });
    const ids = idsOf(fake);
    expect(ids).toEqual(dataset.tables.find((t) => t.id === "seizures")!.rows);
  });

  it("keeps a restatement's row the user wrote in", async () => {
    const { fake, actions } = workbook();
    await actions.insertTable(old, "seizures", { columns: ["id", "value"] }, "selection");
    const r = idsOf(fake).indexOf(restated[0]);
    fake.type(`Sheet1!B${r + 2}`, "51");
    const summary = await actions.refreshAll(dataset);
    expect(summary.tables[0].rowsRemoved).toBe(restated.length - 1);
    const ids = idsOf(fake);
    expect(ids).toContain(restated[0]);
  });
});
