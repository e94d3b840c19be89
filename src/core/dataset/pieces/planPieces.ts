import { sha256Hex } from "../contentHash";
import { datasetYears } from "../readmeBlocks";
import { jsonChunks } from "../prettyJsonChunks";
import type { Conflict, Dataset, Event, Figure, Source, Table } from "../schema";
import { tableRecords } from "../tableRecords";
import {
  CATALOG_FORMAT,
  type Catalog,
  type IdIndex,
  type IdRecord,
  type PieceRef,
  type SourceMeta,
  type TablePiece,
} from "./pieceTypes";
import { describeTable } from "./describeTable";
import { planLookupIndex } from "./planLookupIndex";
import { planNearIds } from "./nearIds";
import { planSearchIndex } from "./planSearchIndex";
import { SHARD_HASH, shardOf } from "./shardOf";

/** A file of the published dataset: its path beside catalog.json and its exact text. */
export interface PieceFile {
  path: string;
  content: string;
}

export interface PlannedPieces {
  catalog: Catalog;
  /** Every piece the catalog reaches, each named after its content's hash. */
  files: PieceFile[];
}

/**
 * Id-index shards aim at this many bytes: small enough that POLICY.VALUE fetches little more
 * than its record (a 10 Mbit/s link moves 100 KB in 80 ms), large enough that 10,000
 * documents make about a thousand shards rather than hundreds of thousands of files.
 */
export const SHARD_TARGET_BYTES = 100_000;

export interface PlanOptions {
  /** Hex sha256 of UTF-8 text; the CLI passes Node's native one (same result, faster). */
  sha256?: (text: string) => string;
  shardTargetBytes?: number;
  /**
   * Takes each piece as it is made, instead of the returned `files` (left empty), so a large
   * corpus is never held as text all at once.
   */
  emit?: (file: PieceFile) => void;
  /**
   * Writes a large piece (a table's) from its text's chunks, as emit does, and returns its
   * sha256 and UTF-8 bytes; `pathFor` names it after that hash. Without it the chunks are
   * joined and go to emit or `files`.
   */
  emitChunks?: (
    chunks: Iterable<string>,
    pathFor: (sha256: string) => string,
  ) => { sha256: string; bytes: number };
}

/**
 * Cuts a valid dataset into the published pieces: one per table (its rows' records and what
 * their cells read), id-index shards by shardOf, one per document text, the search index,
 * LOOKUP's postings and figure blocks, Search's term shards and entry blocks, and the catalog that lists them with their sha256 and bytes. Pure: the CLI writes the files.
 */
export function planPieces(dataset: Dataset, options: PlanOptions = {}): PlannedPieces {
  const hash = options.sha256 ?? sha256Hex;
  const files: PieceFile[] = [];
  const piece = (stem: string, ext: string, content: string, sha256 = hash(content)): PieceRef => {
    const path = `pieces/${stem}.${sha256.slice(0, 16)}.${ext}`;
    if (options.emit) options.emit({ path, content });
    else files.push({ path, content });
    return { path, sha256, bytes: utf8Length(content) };
  };
  const chunkedPiece = (stem: string, ext: string, chunks: Iterable<string>): PieceRef => {
    if (!options.emitChunks) return piece(stem, ext, [...chunks].join(""));
    const pathFor = (sha256: string) => `pieces/${stem}.${sha256.slice(0, 16)}.${ext}`;
    const { sha256, bytes } = options.emitChunks(chunks, pathFor);
    return { path: pathFor(sha256), sha256, bytes };
  };

  const metas = new Map<string, SourceMeta>();
  for (const s of dataset.sources) {
    // The document's sha256 is already the hash of its text, checked when the dataset was built.
    const textPiece = piece(`docs/${s.id}`, "txt", s.text, s.sha256);
    metas.set(s.id, sourceMeta(s, textPiece));
  }

  const tables = dataset.tables.map((table) => {
    const ref = chunkedPiece(
      `tables/${table.id}`,
      "json",
      jsonChunks(tablePiece(dataset, table, metas)),
    );
    return { ...describeTable(dataset, table), piece: ref };
  });

  const ids = planIdIndex(dataset, metas, options.shardTargetBytes ?? SHARD_TARGET_BYTES, piece);
  const search = planSearchIndex(dataset, options.shardTargetBytes ?? SHARD_TARGET_BYTES, piece);
  const lookup = planLookupIndex(
    dataset.figures,
    options.shardTargetBytes ?? SHARD_TARGET_BYTES,
    piece,
  );

  const catalog: Catalog = {
    format: CATALOG_FORMAT,
    schemaVersion: dataset.schemaVersion,
    version: dataset.version,
    contentHash: dataset.contentHash,
    annotationsSha256: dataset.generatedFrom.annotationsSha256,
    extractor: dataset.generatedFrom.extractor,
    counts: {
      sources: dataset.sources.length,
      figures: dataset.figures.length,
      events: dataset.events.length,
      conflicts: dataset.conflicts.length,
    },
    years: datasetYears(dataset).all,
    tables,
    examples: { figure: dataset.figures[0]?.id ?? null, source: dataset.sources[0]?.id ?? null },
    ids,
    search,
    lookup,
  };
  return { catalog, files };
}

function sourceMeta(source: Source, textPiece: PieceRef): SourceMeta {
  const { text: _text, ...meta } = source;
  return { ...meta, textPiece };
}

/** A table's piece: its records, the other statements of their facts, and their documents. */
function tablePiece(dataset: Dataset, table: Table, metas: Map<string, SourceMeta>): TablePiece {
  const records = tableRecords(dataset, table);
  const piece: TablePiece = { table, figures: [], events: [], conflicts: [], sources: [] };
  const docs = new Set<string>();
  if (table.kind === "figures") {
    const facts = new Set((records as unknown as Figure[]).map((f) => f.fact).filter(Boolean));
    const rows = new Set(table.rows);
    piece.figures = dataset.figures.filter((f) => rows.has(f.id) || (f.fact && facts.has(f.fact)));
    piece.figures.forEach((f) => docs.add(f.source.doc));
  } else if (table.kind === "events") {
    piece.events = records as unknown as Event[];
    piece.events.forEach((e) => docs.add(e.source.doc));
  } else if (table.kind === "conflicts") {
    piece.conflicts = records as unknown as Conflict[];
    piece.conflicts.forEach((c) => c.sides.forEach((s) => docs.add(s.doc)));
    // A side's cell shows its value as its figure states it (qualifier, unit): see conflictSides.
    // The Conflicts view marks each side's quote in its paragraph at the record's offsets, so
    // the events a side states come too, as the figures do.
    const refs = new Set(piece.conflicts.flatMap((c) => c.sides.map((s) => s.ref)));
    piece.figures = dataset.figures.filter((f) => refs.has(f.id));
    piece.events = dataset.events.filter((e) => refs.has(e.id));
  } else table.rows.forEach((id) => docs.add(id));
  piece.sources = [...docs].map((doc) => metas.get(doc)!).filter(Boolean);
  return piece;
}

type AddPiece = (stem: string, ext: string, content: string) => PieceRef;

/**
 * The id index: every figure, event, conflict and source (without text) in the shard
 * shardOf picks for its id, and the sorted ids an unknown one is compared with (planNearIds).
 * Two passes: the first measures the records' JSON to size the shards, the second writes one
 * shard at a time, so the JSON of every record (as large as dataset.json's records) is never
 * held at once.
 */
function planIdIndex(
  dataset: Dataset,
  metas: Map<string, SourceMeta>,
  targetBytes: number,
  piece: AddPiece,
): PieceRef {
  const entries: IdRecord[] = [
    ...dataset.figures.map((record): IdRecord => ({ kind: "figure", record })),
    ...dataset.events.map((record): IdRecord => ({ kind: "event", record })),
    ...dataset.conflicts.map((record): IdRecord => ({ kind: "conflict", record })),
    ...[...metas.values()].map((record): IdRecord => ({ kind: "source", record })),
  ];
  const json = (e: IdRecord) => `${JSON.stringify(e.record.id)}:${JSON.stringify(e)}`;

  const total = entries.reduce((n, e) => n + json(e).length + 1, 0);
  const count = Math.max(1, Math.ceil(total / targetBytes));
  const shards: (typeof entries)[] = Array.from({ length: count }, () => []);
  for (const e of entries) shards[shardOf(e.record.id, count)].push(e);
  const index: IdIndex = {
    hash: SHARD_HASH,
    shards: shards.map((s, i) =>
      piece(`ids/${i}`, "json", `{"records":{${s.map(json).join(",")}}}`),
    ),
    near: planNearIds(
      dataset.figures.map((f) => f.id),
      dataset.events.map((e) => e.id),
      targetBytes / 8,
      piece,
    ),
  };
  return piece("ids", "json", JSON.stringify(index));
}

/** UTF-8 bytes of `text`, counted without encoding a copy of it. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      // A surrogate pair: 4 bytes for 2 code units.
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 2;
        i++;
      } else bytes += 2;
    } else bytes += 2;
  }
  return bytes;
}
