import {
  parseFigureOrEvent,
  parseSourceMeta,
  parseTablePiece,
} from "../core/dataset/pieces/parseTablePiece";
import type {
  Catalog,
  CatalogTable,
  IdIndex,
  IdRecord,
  IdShard,
  SourceMeta,
  TablePiece,
} from "../core/dataset/pieces/pieceTypes";
import { piecesDataset } from "../core/dataset/pieces/piecesDataset";
import { verifyQuote } from "../core/dataset/pieces/verifyQuote";
import { shardOf, SHARD_HASH } from "../core/dataset/pieces/shardOf";
import type { Dataset, Event, Figure } from "../core/dataset/schema";
import { PolicyError } from "../core/errors";
import type { PieceReader } from "./pieceReader";
import { isTrustedCatalog, markFromCheckedPieces } from "./checkedPieces";

const origins = new WeakMap<
  Dataset,
  {
    pieces: PiecedDataset;
    tableIds: readonly string[];
    docIds: readonly string[];
    recordIds?: readonly string[];
  }
>();

// piecesDataset takes documents as the pieces list them; their text reference is dropped.
const NO_TEXT = { path: "", sha256: "", bytes: 0 };

/** The pieced dataset `dataset` was cut from, or undefined for a whole (or copied) dataset. */
export function piecesOf(dataset: Dataset): PiecedDataset | undefined {
  return origins.get(dataset)?.pieces;
}

/**
 * The published dataset read piece by piece: the one interface the task pane and the custom
 * functions read through (src/functions/runtimePieces.ts holds the runtime's). Every piece is
 * checked once against the sha256 its catalog lists (PieceReader); the pieces of a catalog other
 * than the one the add-in was built with (another build, another URL) are also checked against
 * the record schemas, once each.
 */
export class PiecedDataset {
  private readonly checkSchemas: boolean;

  constructor(
    readonly reader: PieceReader,
    /** The catalog's own URL; pieces are relative to it. */
    readonly catalogUrl: string,
    readonly catalog: Catalog,
    /** The sha256 of the catalog's bytes: the shipped build's needs no schema checks. */
    catalogSha256: string,
  ) {
    this.checkSchemas = !isTrustedCatalog(catalogSha256);
  }

  /**
   * A dataset of the tables `tableIds` (every table when "all") and every record their cells
   * read, plus the documents `docIds` (a Sources sheet's rows), for the workbook engine; a
   * write from it needs no further validation (ensureValidated).
   */
  async tables(
    tableIds: readonly string[] | "all",
    docIds: readonly string[] = [],
  ): Promise<Dataset> {
    const listed = new Map(this.catalog.tables.map((t) => [t.id, t]));
    const ids = tableIds === "all" ? [...listed.keys()] : tableIds;
    const unknown = ids.filter((id) => !listed.has(id));
    if (unknown.length)
      throw new PolicyError(
        "unknown_id",
        `Dataset ${this.catalog.version} has no table ${unknown.map((id) => `"${id}"`).join(", ")}; ` +
          `its tables are ${[...listed.keys()].join(", ")}.`,
      );
    const pieces = await Promise.all(ids.map((id) => this.tablePiece(listed.get(id)!)));
    // A table piece lists the documents of its rows: those of a workbook's own tables are there.
    const held = new Set(pieces.flatMap((p) => p.sources.map((d) => d.id)));
    const found = await this.sources(docIds.filter((id) => !held.has(id)));
    const dataset = markFromCheckedPieces(piecesDataset(this.catalog, pieces, found));
    origins.set(dataset, { pieces: this, tableIds: ids, docIds });
    return dataset;
  }

  /**
   * A dataset cut from the catalog alone, for Download workbook to save the published workbook
   * with (exportWorkbook.ts); null where the catalog lists none (a build before it had one).
   * A catalog whose build left it out as too large refuses, naming the per-table files.
   */
  async workbookDataset(): Promise<Dataset | null> {
    const { workbook, workbookRows, version } = this.catalog;
    if (workbook) return this.tables([]);
    if (workbookRows === undefined) return null;
    throw new PolicyError(
      "not_supported",
      `Dataset ${version} is too large to download as one workbook: its tables hold ` +
        `${workbookRows.toLocaleString("en-US")} rows. Open a table and save it with ` +
        `"This table as CSV" or "This table as .xlsx".`,
    );
  }

  /** The published whole-dataset workbook, checked against its sha256; null where there is none. */
  publishedWorkbook(): Promise<Uint8Array> | null {
    const ref = this.catalog.workbook;
    return ref ? this.reader.file(this.catalogUrl, ref) : null;
  }

  /**
   * `dataset` (cut from these pieces) with the tables and documents added that a workbook
   * holds: a refresh reads the tables it updates, and an insert keeps every document the
   * Sources sheet lists (a document this dataset does not know would be taken off it).
   * Tables the catalog no longer lists are left for the refresh to report.
   */
  async withHeld(
    dataset: Dataset,
    held: { tableIds: readonly string[]; docIds: readonly string[] },
  ) {
    const origin = origins.get(dataset);
    const listed = new Set(this.catalog.tables.map((t) => t.id));
    const tableIds = [...new Set([...(origin?.tableIds ?? []), ...held.tableIds])];
    const docIds = [...new Set([...(origin?.docIds ?? []), ...held.docIds])];
    const tables = await this.tables(
      tableIds.filter((id) => listed.has(id)),
      docIds,
    );
    return origin?.recordIds ? this.withRecords(tables, origin.recordIds) : tables;
  }

  /**
   * A dataset of the figures and events `ids` (read from their id shards) and their documents,
   * without tables: what Search shows and inserts, and Trace reads. Ids no shard holds as a
   * figure or event are left out.
   */
  async records(ids: readonly string[]): Promise<Dataset> {
    return this.withRecords(await this.tables([]), ids);
  }

  /** `base` (cut from these pieces) with the figures and events `ids` and their documents. */
  private async withRecords(base: Dataset, ids: readonly string[]): Promise<Dataset> {
    const origin = origins.get(base)!;
    const found = (await Promise.all(ids.map((id) => this.figureOrEvent(id)))).filter(
      (r): r is IdRecord => r !== undefined,
    );
    const known = new Set(base.sources.map((s) => s.id));
    const docIds = [...new Set(found.map((r) => (r.record as Figure | Event).source.doc))];
    const docs = await Promise.all(docIds.filter((d) => !known.has(d)).map((d) => this.source(d)));
    const slice = piecesDataset(
      this.catalog,
      [],
      [
        ...base.sources.map((s) => ({ ...s, textPiece: NO_TEXT })),
        ...docs.filter((d): d is SourceMeta => d !== null),
      ],
    );
    const figureIds = new Set(base.figures.map((f) => f.id));
    const eventIds = new Set(base.events.map((e) => e.id));
    const dataset = markFromCheckedPieces({
      ...slice,
      tables: base.tables,
      figures: [
        ...base.figures,
        ...found.flatMap((r) =>
          r.kind === "figure" && !figureIds.has(r.record.id) ? [r.record] : [],
        ),
      ],
      events: [
        ...base.events,
        ...found.flatMap((r) =>
          r.kind === "event" && !eventIds.has(r.record.id) ? [r.record] : [],
        ),
      ],
      conflicts: base.conflicts,
    });
    origins.set(dataset, { ...origin, recordIds: ids });
    return dataset;
  }

  /** The figure or event `id` from its id shard, checked against the schemas where needed. */
  private async figureOrEvent(id: string): Promise<IdRecord | undefined> {
    const found = await this.record(id);
    if (found?.kind !== "figure" && found?.kind !== "event") return undefined;
    return this.checkSchemas ? parseFigureOrEvent(found, this.catalogUrl) : found;
  }

  /**
   * A dataset of the figure or event `id` and its document with its text, for Trace: the
   * text piece is fetched alone, checked against the document's sha256, and the quote against
   * the text at its offsets (verifyQuote). Null where no shard holds `id` as a figure or event.
   */
  async traced(id: string): Promise<Dataset | null> {
    const dataset = await this.records([id]);
    const record = dataset.figures[0] ?? dataset.events[0];
    if (!record) return null;
    const text = await this.quotedText(record);
    if (text === null) return dataset;
    const traced = markFromCheckedPieces({
      ...dataset,
      sources: dataset.sources.map((s) => (s.id === record.source.doc ? { ...s, text } : s)),
    });
    origins.set(traced, origins.get(dataset)!);
    return traced;
  }

  /**
   * The text of the document `record` quotes, its piece fetched alone and checked against the
   * document's sha256, and the record's quote against the text at its offsets (verifyQuote);
   * null where the id index holds no such document.
   */
  async quotedText(record: Figure | Event): Promise<string | null> {
    const meta = await this.source(record.source.doc);
    if (!meta) return null;
    if (meta.textPiece.sha256 !== meta.sha256)
      throw new PolicyError(
        "invalid_dataset",
        `Document ${meta.id} in ${this.catalogUrl} lists a text piece hashed ` +
          `${meta.textPiece.sha256.slice(0, 12)}…, not its own sha256 ${meta.sha256.slice(0, 12)}….`,
      );
    const text = await this.reader.text(this.catalogUrl, meta.textPiece);
    verifyQuote(record.id, text, record.source);
    return text;
  }

  private tablePiece(table: CatalogTable): Promise<TablePiece> {
    return this.reader.json<TablePiece>(
      this.catalogUrl,
      table.piece,
      this.checkSchemas ? parseTablePiece : undefined,
    );
  }

  /**
   * The documents `ids` (those found), each from its id shard, or, where the shards they fall
   * in weigh more than the sources table's piece (every document, compactly), from that piece:
   * a Sources sheet of many documents spreads over every shard.
   */
  private async sources(ids: readonly string[]): Promise<SourceMeta[]> {
    const listing = this.catalog.tables.find((t) => t.kind === "sources");
    let fromListing = new Map<string, SourceMeta>();
    if (listing && ids.length > 1 && listing.piece.bytes < (await this.shardBytes(ids)))
      fromListing = new Map((await this.tablePiece(listing)).sources.map((d) => [d.id, d]));
    const found = await Promise.all(ids.map((id) => fromListing.get(id) ?? this.source(id)));
    return found.filter((d): d is SourceMeta => d !== null);
  }

  /** The bytes of the id shards holding `ids`. */
  private async shardBytes(ids: readonly string[]): Promise<number> {
    const { shards } = await this.idIndex();
    const held = new Set(ids.map((id) => shardOf(id, shards.length)));
    return [...held].reduce((n, i) => n + shards[i].bytes, 0);
  }

  private async idIndex(): Promise<IdIndex> {
    const index = await this.reader.json<IdIndex>(this.catalogUrl, this.catalog.ids);
    if (index.hash !== SHARD_HASH || index.shards.length === 0)
      throw new PolicyError(
        "invalid_dataset",
        `The id index of ${this.catalogUrl} is of another kind (${JSON.stringify(index.hash)}, ` +
          `${index.shards.length} shards); expected "${SHARD_HASH}" with at least one shard.`,
      );
    return index;
  }

  /** The record with id `id` from its id-index shard, or undefined where no shard holds it. */
  async record(id: string): Promise<IdRecord | undefined> {
    const index = await this.idIndex();
    const shard = index.shards[shardOf(id, index.shards.length)];
    return (await this.reader.json<IdShard>(this.catalogUrl, shard)).records[id];
  }

  /** The document `id` without its text, or null where the id index holds no such document. */
  async source(id: string): Promise<SourceMeta | null> {
    const found = await this.record(id);
    if (found?.kind !== "source") return null;
    return this.checkSchemas ? parseSourceMeta(found.record, this.catalogUrl) : found.record;
  }
}
