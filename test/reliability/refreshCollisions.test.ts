import fc from "fast-check";
import { syntheticDataset } from "../../src/cli/bench/syntheticDataset";
import { contentHash } from "../../src/core/dataset/contentHash";
import { parseDataset } from "../../src/core/dataset/parseDataset";
import { toAddress } from "../../src/core/layout/address";
import { SOURCES_TABLE_NAME } from "../../src/core/layout/planSources";
import { createExcelWorkbookActions } from "../../src/excel/excelWorkbookActions";
import { FakeExcel } from "../fakes/excel";
import { fcOptions } from "./fcOptions";

/**
 * Random sequences of what analysts do to inserted tables (type over cells, add columns, add
 * rows below, sort, filter, rename, delete rows), then a refresh to a release with changed values,
 * new rows and a removed row. Everything the user typed is a unique marker, so afterwards
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
  | { kind: "deleteRow"; table: number; row: number };

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
);

const at = (sheet: string, row: number, col: number) =>
  toAddress({ sheet, row, col, lastRow: row, lastCol: col });

const isMarker = (v: unknown) =>
  (typeof v === "string" && v.startsWith("user-")) || (typeof v === "number" && v >= 9_000_000);

/**
 * Every marker in the workbook, and those typed over cells of columns Policy Tables wrote in a
 * row still recognisable as ours (more than half its cells as written, see matchRows); a row
 * typed over beyond that is the user's now, and refresh says the original row is gone.
 */
function markers(fake: FakeExcel, ownedColumns: Map<string, number>) {
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
      if (!table) continue;
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
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 12 }), async (actions) => {
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
        for (const a of actions) {
          const table = fake.table(names[a.table])!;
          const { rect } = table;
          const bodyRows = rect.lastRow - rect.row;
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
          }
        }
        const before = markers(fake, owned);
        const filters = names.map((n) => new Map(fake.table(n)!.filters));
        const summary = await wb.refreshAll(next);
        const after = markers(fake, owned);
        names.forEach((n, i) => {
          const table = fake.table(n)!;
          expect(table.filters).toEqual(filters[i]);
          const { rect } = table;
          for (let r = rect.row + 1; r <= rect.lastRow; r++) {
            const excluded = [...table.filters].some(
              ([c, { values }]) =>
                !values.includes(fake.cell(at(rect.sheet, r, rect.col + c)).text),
            );
            expect(fake.isRowHidden(at(rect.sheet, r, rect.col))).toBe(excluded);
          }
        });
        expect(after.all).toEqual(before.all);
        const reported = summary.tables
          .flatMap((t) => t.conflicts.map((c) => c.userValue))
          .filter(isMarker)
          .sort();
        expect(reported).toEqual(before.overOurs);
        expect(
          summary.tables.flatMap((t) => t.conflicts).filter((c) => !isMarker(c.userValue)),
        ).toEqual([]);
        for (const id of before.takenOver) {
          const name = fake.tables.find((t) => t.id === id)!.name;
          expect(summary.tables.find((t) => t.tableName === name)?.message).toMatch(
            /not added back/,
          );
        }
        expect(summary.totals.conflicts).toBe(reported.length);
        expect(summary.tables.filter((t) => t.tableName !== SOURCES_TABLE_NAME)).toHaveLength(2);
      }),
      fcOptions(),
    );
    expect(runs).toBeGreaterThanOrEqual(1000);
  });
});
