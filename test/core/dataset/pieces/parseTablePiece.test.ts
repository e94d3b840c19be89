import { parseTablePiece } from "../../../../src/core/dataset/pieces/parseTablePiece";
import { planPieces } from "../../../../src/core/dataset/pieces/planPieces";
import type { TablePiece } from "../../../../src/core/dataset/pieces/pieceTypes";
import { shippedDataset } from "../../../excel/shippedDataset";

const dataset = shippedDataset();
const planned = planPieces(dataset);
const files = new Map(planned.files.map((f) => [f.path, f.content]));
const pieces = planned.catalog.tables.map(
  (t) => JSON.parse(files.get(t.piece.path)!) as TablePiece,
);
const of = (kind: string) => structuredClone(pieces.find((p) => p.table.kind === kind)!);

describe("parseTablePiece", () => {
  it("accepts every table piece the build writes", () => {
    for (const piece of pieces) expect(parseTablePiece(piece, "t.json")).toEqual(piece);
  });

  it("names the record and field that breaks the schema", () => {
    const piece = of("figures");
    (piece.figures[0] as { value: unknown }).value = "12";
    expect(() => parseTablePiece(piece, "pieces/tables/x.json")).toThrow(
      new RegExp(
        `The table piece at pieces/tables/x.json is invalid[^]*figures\\[0\\] \\(id "${piece.figures[0].id}"\\)\\.value`,
      ),
    );
  });

  it("refuses a document that carries its text, which belongs in its own piece", () => {
    const piece = of("events") as unknown as { sources: Record<string, unknown>[] };
    piece.sources[0].text = "=HYPERLINK(1)";
    expect(() => parseTablePiece(piece, "t.json")).toThrow(/sources\[0\][^]*text/);
  });

  it("refuses a row whose record the piece does not hold", () => {
    const piece = of("events");
    piece.table.rows.push("no-such-event");
    expect(() => parseTablePiece(piece, "t.json")).toThrow(
      /table\.rows: "no-such-event" is not among the piece's events/,
    );
  });

  it("refuses a record whose document the piece does not hold", () => {
    const piece = of("figures");
    const doc = piece.figures[0].source.doc;
    piece.sources = piece.sources.filter((s) => s.id !== doc);
    expect(() => parseTablePiece(piece, "t.json")).toThrow(
      new RegExp(`source\\.doc: document "${doc}" is not among the piece's sources`),
    );
  });

  it("refuses a conflict side whose figure is missing, and a text piece of another hash", () => {
    const piece = of("conflicts");
    piece.conflicts = piece.conflicts.filter((c) => c.kind === "value");
    const ref = piece.conflicts[0].sides[0].ref;
    piece.figures = piece.figures.filter((f) => f.id !== ref);
    piece.sources[0].textPiece.sha256 = "0".repeat(64);
    expect(() => parseTablePiece(piece, "t.json")).toThrow(
      new RegExp(
        `sides\\[0\\]\\.ref: figure "${ref}"[^]*textPiece\\.sha256: is not the document's sha256`,
      ),
    );
  });
});
