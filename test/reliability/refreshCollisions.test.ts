import fc from "fast-check";
import { syntheticDataset } from "../../src/cli/bench/syntheticDataset";
import { contentHash } from "../../src/core/dataset/contentHash";
import { parseDataset } from "../../src/core/dataset/parseDataset";
import { toAddress } from "../../src/core/layout/address";
import { createExcelWorkbookActions } from "../../src/excel/excelWorkbookActions";
import { FakeContext, FakeExcel, FakeExcelError } from "../fakes/excel";
import { decodeTags, encodeTag, readTagPiece, TAG_NAMESPACE } from "../../src/core/layout/tableTag";
import { fcOptions } from "./fcOptions";

/**
 * Random sequences of what analysts do to inserted tables (type over cells, add columns, add
 * rows below, sort, filter, rename, delete rows, show the Total Row), what else can sit in a
 * workbook (a table of the user's that a tag names by name, a second copy of a tag, a tag whose
 * attribute disagrees with its content), then a refresh to a release with changed values, new
 * rows and a removed row, which Excel may refuse part way (a write operation failing after
 * the ones before it in the request were applied), followed by a second refresh. Everything the user typed is a unique marker, so afterwards
 * every marker must still be in the workbook, and every marker typed over a cell Policy
 * Tables wrote must be reported as a conflict. A filter the user set is still set afterwards,
 * and hides exactly the rows it excludes in the refreshed table.
 */
const base = parseDataset(syntheticDataset({ tables: 2, rows: 6 }));
const next = (() => {
  const d = syntheticDataset({
    tables: 2,
    rows: 6,
    extraRows: 2,
    changeEvery: 3,
    version: "1.1.0",
  });
  d.tables[0].rows.splice(1, 1); // a record leaves table 0
  d.contentHash = contentHash(d as unknown as Record<string, unknown>);
  return parseDataset(d);
})();

type Action =
  | { kind: "edit"; table: number; row: number; col: number; number: boolean }
  | { kind: "addColumn"; table: number }
  | { kind: "addRowBelow"; table: number; col: number }
  | { kind: "sort"; table: number; col: number; descending: boolean }
  | { kind: "filter"; table: number; col: number; keep: number }
  | { kind: "rename"; table: number }
  | { kind: "deleteRow"; table: number; row: number }
  | { kind: "totals"; table: number }
  | { kind: "nameClash"; table: number }
  | { kind: "duplicateTag"; table: number }
  | { kind: "misfiledTag"; table: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("edit" as const),
      table: fc.nat(1),
      row: fc.nat(20),
      col: fc.nat(20),
      number: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("addColumn" as const), table: fc.nat(1) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("addRowBelow" as const),
      table: fc.nat(1),
      col: fc.nat(20),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("sort" as const),
      table: fc.nat(1),
      col: fc.nat(20),
      descending: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("filter" as const),
      table: fc.nat(1),
      col: fc.nat(20),
      keep: fc.nat(255),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("rename" as const), table: fc.nat(1) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("deleteRow" as const),
      table: fc.nat(1),
      row: fc.nat(20),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("totals" as const), table: fc.nat(1) }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("nameClash" as const), table: fc.nat(1) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("duplicateTag" as const), table: fc.nat(1) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("misfiledTag" as const), table: fc.nat(1) }),
  },
);

/**
 * Makes the `n`-th write operation of the next requests fail at sync, as Excel refusing an
 * operation does: the operations before it in the request stay applied, later ones are dropped.
 */
function failWriteAfter(n: number): () => void {
  let left = n;
  const enqueue = FakeContext.prototype.enqueue;
  FakeContext.prototype.enqueue = function (this: FakeContext, op) {
    if (!op.write) return enqueue.call(this, op);
    const run = op.run;
    return enqueue.call(this, {
      ...op,
      run: () => {
        if (left-- === 0) throw new FakeExcelError("InvalidArgument", "Refused part way.");
        run();
      },
    });
  };
  return () => {
    FakeContext.prototype.enqueue = enqueue;
  };
}

/** Where a Total Row of `table` would go is free (showing it does not overwrite a user's cell). */
function rowBelowFree(fake: FakeExcel, name: string): boolean {
  const { rect } = fake.table(name)!;
  return Array.from({ length: rect.lastCol - rect.col + 1 }, (_, i) =>
    fake.cell(at(rect.sheet, rect.lastRow + 1, rect.col + i)),
  ).every((c) => c.value === "" && c.formula === null);
}

const at = (sheet: string, row: number, col: number) =>
  toAddress({ sheet, row, col, lastRow: row, lastCol: col });

const isMarker = (v: unknown) =>
  (typeof v === "string" && v.startsWith("user-")) || (typeof v === "number" && v >= 9_000_000);

/**
 * Every marker in the workbook, and those typed over cells of columns Policy Tables wrote in a
 * row still recognisable as ours (more than half its cells as written, see matchRows); a row
 * typed over beyond that is the user's now, and refresh says the original row is gone.
 */
function markers(fake: FakeExcel, ownedColumns: Map<string, number>, refused: Set<string>) {
  const all: (string | number)[] = [];
  const byRow = new Map<string, (string | number)[]>();
  const owners = new Map<string, number>();
  for (const sheet of fake.sheets) {
    for (const [key, cell] of sheet.cells) {
      if (!isMarker(cell.value)) continue;
      all.push(cell.value as string | number);
      const row = Math.floor(key / 16384);
      const col = key % 16384;
      const table = fake.tables.find(
        (t) =>
          t.sheet === sheet &&
          row > t.rect.row &&
          row <= t.rect.lastRow &&
          col >= t.rect.col &&
          col < t.rect.col + (ownedColumns.get(t.id) ?? 0),
      );
      if (!table || refused.has(table.id)) continue;
      const k = `${table.id}:${row}`;
      byRow.set(k, [...(byRow.get(k) ?? []), cell.value as string | number]);
      owners.set(k, ownedColumns.get(table.id)!);
    }
  }
  const overOurs: (string | number)[] = [];
  const takenOver: string[] = [];
  for (const [k, values] of byRow) {
    const owned = owners.get(k)!;
    if (owned - values.length >= Math.floor(owned / 2) + 1) overOurs.push(...values);
    else takenOver.push(k.split(":")[0]);
  }
  return { all: all.sort(), overOurs: overOurs.sort(), takenOver };
}

describe("refresh collisions", () => {
  it("keeps every user-typed cell and reports every conflict, whatever the user did", async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(action, { minLength: 1, maxLength: 12 }),
        fc.option(fc.nat(12), { nil: null }),
        async (actions, failAt) => {
          runs++;
          const fake = new FakeExcel();
          const wb = createExcelWorkbookActions(fake.run as never, fake.requirements);
          const names: string[] = [];
          for (const t of base.tables)
            names.push((await wb.insertTable(base, t.id, {}, "newSheet")).tableName);
          const owned = new Map(
            names.map((n) => [
              fake.table(n)!.id,
              fake.table(n)!.rect.lastCol - fake.table(n)!.rect.col + 1,
            ]),
          );
          let marker = 0;
          /** Excel ids of tables whose tag was copied or misfiled: refresh must refuse them. */
          const refused = new Set<string>();
          /** User tables a planted tag names by name. */
          const planted: string[] = [];
          const tagOf = (id: string) =>
            decodeTags(
              fake.parts
                .filter((p) => p.namespace === TAG_NAMESPACE)
                .map((p) => readTagPiece(p.xml)!)
                .filter((p) => p.table === id),
            ).tags[0];
          for (const a of actions) {
            const table = fake.table(names[a.table])!;
            const { rect } = table;
            const bodyRows = rect.lastRow - rect.row - (table.showTotals ? 1 : 0);
            const width = rect.lastCol - rect.col + 1;
            switch (a.kind) {
              case "edit":
                if (bodyRows > 0)
                  fake.type(
                    at(rect.sheet, rect.row + 1 + (a.row % bodyRows), rect.col + (a.col % width)),
                    a.number ? 9_000_000 + marker++ : `user-${marker++}`,
                  );
                break;
              case "addColumn":
                fake.addTableColumn(
                  names[a.table],
                  `Notes ${marker}`,
                  Array.from({ length: bodyRows }, () => `user-${marker++}`),
                );
                break;
              case "addRowBelow":
                fake.type(
                  at(rect.sheet, rect.lastRow + 1 + (a.col % 3), rect.col + (a.col % width)),
                  `user-${marker++}`,
                );
                break;
              case "sort":
                fake.sortTable(names[a.table], a.col % width, a.descending);
                break;
              case "filter": {
                // Keep some of the texts the column shows (always the first), as the drop-down does.
                const col = a.col % width;
                const shown = [
                  ...new Set(
                    Array.from(
                      { length: bodyRows },
                      (_, i) => fake.cell(at(rect.sheet, rect.row + 1 + i, rect.col + col)).text,
                    ),
                  ),
                ].sort();
                const keep = shown.filter((_, i) => i === 0 || (a.keep >> i) & 1);
                fake.filterTable(names[a.table], col, keep);
                break;
              }
              case "rename": {
                const name = `PT_Renamed_${marker++}`;
                fake.renameTable(names[a.table], name);
                names[a.table] = name;
                break;
              }
              case "deleteRow":
                if (bodyRows > 1) fake.deleteTableRow(names[a.table], a.row % bodyRows);
                break;
              case "totals":
                if (!table.showTotals && rowBelowFree(fake, names[a.table]))
                  fake.showTotals(
                    names[a.table],
                    Array.from({ length: width }, (_, i) =>
                      i === 0 ? "Total" : `=SUBTOTAL(103,[Column${i}])`,
                    ),
                  );
                break;
              case "nameClash": {
                const tag = tagOf(table.id);
                if (!tag) break;
                const name = `UserTable_${marker}`;
                const sheet = fake.addSheet(`User ${marker}`).name;
                fake.type(at(sheet, 0, 0), "Notes");
                fake.type(at(sheet, 0, 1), "More notes");
                fake.type(at(sheet, 1, 0), `user-${marker++}`);
                fake.type(at(sheet, 1, 1), `user-${marker++}`);
                await fake.run(async (context) => {
                  context.workbook.tables.add(`'${sheet}'!A1:B2`, true).name = name;
                  await context.sync();
                });
                for (const xml of encodeTag({ ...tag, excelTableId: name, tableName: name }))
                  fake.parts.push({ id: `{planted-${marker++}}`, namespace: TAG_NAMESPACE, xml });
                planted.push(name);
                break;
              }
              case "duplicateTag":
              case "misfiledTag": {
                const part = fake.parts.find((p) => readTagPiece(p.xml)?.table === table.id);
                if (!part) break;
                const xml =
                  a.kind === "duplicateTag"
                    ? part.xml
                    : part.xml.replace(`table="${table.id}"`, `table="9${marker}"`);
                fake.parts.push({ id: `{copy-${marker++}}`, namespace: TAG_NAMESPACE, xml });
                refused.add(table.id);
                break;
              }
            }
          }
          const before = markers(fake, owned, refused);
          const filters = names.map((n) => new Map(fake.table(n)!.filters));
          const totals = names.map((n) => {
            const t = fake.table(n)!;
            return t.showTotals
              ? fake.values(toAddress({ ...t.rect, row: t.rect.lastRow }))[0].map(String)
              : null;
          });
          const restore = failAt === null ? () => {} : failWriteAfter(failAt);
          let summary;
          try {
            summary = await wb.refreshAll(next);
          } catch (error) {
            // Only when Excel refused the request that lifts filters: nothing else was written.
            expect(String(error)).toMatch(/Refused part way/);
          } finally {
            restore();
          }
          const after = markers(fake, owned, refused);
          expect(after.all).toEqual(before.all);
          names.forEach((n, i) => {
            const table = fake.table(n)!;
            expect(table.filters).toEqual(filters[i]);
            const { rect } = table;
            const last = rect.lastRow - (table.showTotals ? 1 : 0);
            // A refused table is untouched: its rows stay as the user's typing left them.
            for (let r = rect.row + 1; r <= (refused.has(table.id) ? rect.row : last); r++) {
              const excluded = [...table.filters].some(
                ([c, { values }]) =>
                  !values.includes(fake.cell(at(rect.sheet, r, rect.col + c)).text),
              );
              expect(fake.isRowHidden(at(rect.sheet, r, rect.col))).toBe(excluded);
            }
            // The Total Row is still the last row, with what it held.
            if (totals[i])
              expect(fake.values(toAddress({ ...rect, row: rect.lastRow }))[0].map(String)).toEqual(
                totals[i],
              );
          });
          if (summary) {
            const byName = new Map(summary.tables.map((t) => [t.tableName, t]));
            for (const n of names) {
              const t = byName.get(n)!;
              if (refused.has(fake.table(n)!.id)) {
                // Its tag is named among the problems; the table is never updated.
                expect(summary.problems?.length).toBeGreaterThan(0);
                expect(t?.status).not.toBe("updated");
              } else expect(t).toBeDefined();
            }
            for (const n of planted) expect(byName.get(n)?.status).toBe("refused");
            const usable = summary.tables.filter(
              (t) => t.status !== "refused" && names.includes(t.tableName),
            );
            const reported = usable
              .flatMap((t) => t.conflicts.map((c) => c.userValue))
              .filter(isMarker)
              .sort();
            expect(reported).toEqual(before.overOurs);
            expect(
              summary.tables.flatMap((t) => t.conflicts).filter((c) => !isMarker(c.userValue)),
            ).toEqual([]);
            for (const id of before.takenOver) {
              const name = fake.tables.find((t) => t.id === id)!.name;
              const t = byName.get(name)!;
              if (t.status !== "failed") expect(t.message).toMatch(/not added back/);
            }
            expect(summary.totals.conflicts).toBe(
              summary.tables.reduce((s, t) => s + t.conflicts.length, 0),
            );
          }
          // Tags agree with the cells after any failure: a second refresh takes nothing the
          // add-in wrote for a user's edit, and loses nothing.
          const second = await wb.refreshAll(next);
          expect(
            second.tables.flatMap((t) => t.conflicts).filter((c) => !isMarker(c.userValue)),
          ).toEqual([]);
          expect(second.tables.filter((t) => t.status === "failed").map((t) => t.message)).toEqual(
            [],
          );
          expect(markers(fake, owned, refused).all).toEqual(before.all);
          names.forEach((n, i) => expect(fake.table(n)!.filters).toEqual(filters[i]));
        },
      ),
      fcOptions(),
    );
    expect(runs).toBeGreaterThanOrEqual(1000);
  });
});
