import { planPieces } from "../../../../src/core/dataset/pieces/planPieces";
import type {
  IdIndex,
  IdShard,
  PieceRef,
  SourceMeta,
  TablePiece,
} from "../../../../src/core/dataset/pieces/pieceTypes";
import { piecesDataset } from "../../../../src/core/dataset/pieces/piecesDataset";
import { planSources } from "../../../../src/core/layout/planSources";
import { planTable } from "../../../../src/core/layout/planTable";
import { availableColumns } from "../../../../src/core/layout/tableColumns";
import { shippedDataset } from "../../../excel/shippedDataset";

const dataset = shippedDataset();
const planned = planPieces(dataset);
const files = new Map(planned.files.map((f) => [f.path, f.content]));
const read = <T>(ref: PieceRef): T => JSON.parse(files.get(ref.path)!) as T;
const pieceOf = (id: string) =>
  read<TablePiece>(planned.catalog.tables.find((t) => t.id === id)!.piece);

describe("piecesDataset", () => {
  it("plans every table, with every column it offers, as the whole dataset does", () => {
    for (const table of dataset.tables) {
      const cut = piecesDataset(planned.catalog, [pieceOf(table.id)]);
      const columns = availableColumns(dataset, table.id).map((c) => c.key);
      expect(availableColumns(cut, table.id).map((c) => c.key)).toEqual(columns);
      expect(planTable(cut, table.id, { columns })).toEqual(
        planTable(dataset, table.id, { columns }),
      );
      expect(planTable(cut, table.id)).toEqual(planTable(dataset, table.id));
    }
  });

  it("joins several tables' pieces without repeating a record or a document", () => {
    const ids = dataset.tables.map((t) => t.id);
    const cut = piecesDataset(planned.catalog, ids.map(pieceOf));
    expect(cut.tables.map((t) => t.id)).toEqual(ids);
    for (const list of ["figures", "events", "conflicts", "sources"] as const) {
      const own = cut[list].map((r) => r.id);
      expect(new Set(own).size).toBe(own.length);
    }
    for (const id of ids) expect(planTable(cut, id)).toEqual(planTable(dataset, id));
    expect(cut).toMatchObject({ version: dataset.version, contentHash: dataset.contentHash });
    expect(cut.generatedFrom.documents.map((d) => d.doc).sort()).toEqual(
      dataset.generatedFrom.documents.map((d) => d.doc).sort(),
    );
  });

  it("lists extra documents on the Sources sheet as the whole dataset does, without their text", () => {
    const index = read<IdIndex>(planned.catalog.ids);
    const shards = index.shards.map((ref) => read<IdShard>(ref).records);
    const metas = dataset.sources.map(
      (s) => shards.map((sh) => sh[s.id]).find(Boolean)!.record as SourceMeta,
    );
    const table = dataset.tables.find((t) => t.kind === "events")!;
    const cut = piecesDataset(planned.catalog, [pieceOf(table.id)], metas);
    const docIds = dataset.sources.map((s) => s.id);
    expect(planSources(cut, docIds)).toEqual(planSources(dataset, docIds));
    expect(cut.sources.every((s) => s.text === "" && !("textPiece" in s))).toBe(true);
  });
});
