import { z } from "zod";
import { PolicyError } from "../../errors";
import { issuePath, listProblems } from "../issuePath";
import { Conflict, Event, Figure, Sha256, Source, Table } from "../schema";
import type { IdRecord, SourceMeta as SourceMetaT, TablePiece } from "./pieceTypes";

const PieceRef = z
  .object({ path: z.string().min(1), sha256: Sha256, bytes: z.number().int().nonnegative() })
  .strict();

// The document as a table piece carries it: every field but its text, which is a piece of its own.
const { text: _text, ...sourceFields } = Source.shape;
const SourceMeta = z.object({ ...sourceFields, textPiece: PieceRef }).strict();

const TablePieceSchema = z
  .object({
    table: Table,
    figures: z.array(Figure),
    events: z.array(Event),
    conflicts: z.array(Conflict),
    sources: z.array(SourceMeta),
  })
  .strict();

/**
 * Validates a table piece of a catalog not known to be valid (another build, another URL):
 * the record schemas, and what the piece must hold for its cells to be planned (each row's
 * record, each record's document, each conflict side's figure, each text piece hashed as its
 * document). Quotes are checked against the texts when the dataset is built and in Trace,
 * which fetches the text; a table piece holds no text to check them against.
 */
export function parseTablePiece(input: unknown, where: string): TablePiece {
  const fail = (problems: string[]) =>
    new PolicyError(
      "invalid_dataset",
      listProblems(`The table piece at ${where} is invalid`, problems),
    );
  const parsed = TablePieceSchema.safeParse(input);
  if (!parsed.success)
    throw fail(parsed.error.issues.map((i) => `${issuePath(input, i.path)}: ${i.message}`));
  const piece = parsed.data as TablePiece;
  const problems = crossCheck(piece);
  if (problems.length) throw fail(problems);
  return piece;
}

function crossCheck(piece: TablePiece): string[] {
  const problems: string[] = [];
  const docs = new Set(piece.sources.map((s) => s.id));
  const figures = new Set(piece.figures.map((f) => f.id));
  const held = {
    figures,
    events: new Set(piece.events.map((e) => e.id)),
    conflicts: new Set(piece.conflicts.map((c) => c.id)),
    sources: docs,
  }[piece.table.kind];
  for (const id of piece.table.rows)
    if (!held.has(id))
      problems.push(`table.rows: "${id}" is not among the piece's ${piece.table.kind}`);
  const needDoc = (where: string, doc: string) => {
    if (!docs.has(doc))
      problems.push(`${where}: document "${doc}" is not among the piece's sources`);
  };
  piece.figures.forEach((f, i) => needDoc(`figures[${i}] (id "${f.id}").source.doc`, f.source.doc));
  piece.events.forEach((e, i) => needDoc(`events[${i}] (id "${e.id}").source.doc`, e.source.doc));
  piece.conflicts.forEach((c, i) =>
    c.sides.forEach((side, j) => {
      const where = `conflicts[${i}] (id "${c.id}").sides[${j}]`;
      needDoc(`${where}.doc`, side.doc);
      // A value conflict's cells show each side as its figure states it (conflictSides).
      if (c.kind === "value" && !figures.has(side.ref))
        problems.push(`${where}.ref: figure "${side.ref}" is not among the piece's figures`);
    }),
  );
  piece.sources.forEach((s, i) => {
    if (s.textPiece.sha256 !== s.sha256)
      problems.push(`sources[${i}] (id "${s.id}").textPiece.sha256: is not the document's sha256`);
  });
  return problems;
}

/** Validates a document's record from an id shard of a catalog not known to be valid. */
export function parseSourceMeta(input: unknown, where: string): SourceMetaT {
  const parsed = SourceMeta.safeParse(input);
  if (!parsed.success)
    throw new PolicyError(
      "invalid_dataset",
      listProblems(
        `The document record in ${where} is invalid`,
        parsed.error.issues.map((i) => `${issuePath(input, i.path)}: ${i.message}`),
      ),
    );
  return parsed.data as SourceMetaT;
}

const FigureOrEventRecord = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("figure"), record: Figure }).strict(),
  z.object({ kind: z.literal("event"), record: Event }).strict(),
]);

/** Validates a figure or event record from an id shard of a catalog not known to be valid. */
export function parseFigureOrEvent(input: unknown, where: string): IdRecord {
  const parsed = FigureOrEventRecord.safeParse(input);
  if (!parsed.success)
    throw new PolicyError(
      "invalid_dataset",
      listProblems(
        `The record in ${where} is invalid`,
        parsed.error.issues.map((i) => `${issuePath(input, i.path)}: ${i.message}`),
      ),
    );
  return parsed.data as IdRecord;
}
