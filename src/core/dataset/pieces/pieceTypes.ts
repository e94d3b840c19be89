import type { Conflict, Event, Figure, Source, Table } from "../schema";
import type { TableDescription } from "./describeTable";

/** Where a piece is, and what it must be: the sha256 of its bytes and their count. */
export interface PieceRef {
  /** Relative to the catalog; the name carries the start of the hash, so it never changes content. */
  path: string;
  sha256: string;
  bytes: number;
}

/** A table as the Catalog lists it, without its rows; `piece` holds the rows and their records. */
export interface CatalogTable extends TableDescription {
  piece: PieceRef;
}

/**
 * The one piece fetched to open the dataset: what it is, its tables, and the pieces every
 * other read starts from. Its size grows with the tables, never with the documents.
 */
export interface Catalog {
  format: typeof CATALOG_FORMAT;
  schemaVersion: number;
  version: string;
  /** The contentHash of the whole dataset the pieces were cut from. */
  contentHash: string;
  annotationsSha256: string;
  extractor: string;
  counts: { sources: number; figures: number; events: number; conflicts: number };
  /** The years its events and figures' periods span ("2017–2024"), for what describes it whole. */
  years?: string;
  tables: CatalogTable[];
  /**
   * The ids of the first figure and the first document: the examples a POLICY function's
   * message names when its id argument is missing or not text. Older builds lack it.
   */
  examples?: { figure: string | null; source: string | null };
  /** The id index: lists the shards; a record's shard is shardOf(id, shards.length). */
  ids: PieceRef;
  /** The Search view's index (SearchDirectory), cut into term shards and entry blocks. */
  search: PieceRef;
  /** POLICY.LOOKUP's index (LookupDirectory); a catalog without one sends LOOKUP to the whole dataset. */
  lookup?: PieceRef;
  /**
   * The whole dataset as .xlsx (`npm run workbook`'s file), which Download workbook saves as it
   * is; a catalog without one (a corpus past WORKBOOK_ROW_LIMIT) offers each table's file instead.
   */
  workbook?: PieceRef;
  /** The rows the workbook would hold; a catalog with no workbook says so beside it. */
  workbookRows?: number;
}

export const CATALOG_FORMAT = "policy-tables-catalog/1";

/** A source without its text; `textPiece` is the document's text, hashed as `sha256`. */
export type SourceMeta = Omit<Source, "text"> & { textPiece: PieceRef };

/**
 * One table and every record its cells read: its rows, the other statements of their facts
 * (the Also reported by column) and their documents without text.
 */
export interface TablePiece {
  table: Table;
  figures: Figure[];
  events: Event[];
  conflicts: Conflict[];
  sources: SourceMeta[];
}

/** The id index's directory: shard i holds the ids with shardOf(id, shards.length) === i. */
export interface IdIndex {
  hash: string;
  shards: PieceRef[];
  /** The figure and event ids in order (NearIdDirectory), for "Did you mean"; older builds lack it. */
  near?: PieceRef;
}

/**
 * Every figure and event id, sorted and cut into blocks (block i starts at id `firsts[i]`), so
 * the ids near an unknown one are read from the blocks around where it would sort.
 */
export interface NearIdDirectory {
  firsts: string[];
  blocks: PieceRef[];
}

/** One block of sorted ids: those of figures, and those of events. */
export interface NearIdBlock {
  figures: string[];
  events: string[];
}

export type IdRecord =
  | { kind: "figure"; record: Figure }
  | { kind: "event"; record: Event }
  | { kind: "conflict"; record: Conflict }
  | { kind: "source"; record: SourceMeta };

/** One id-index shard: the records whose ids fall in it, by id. */
export interface IdShard {
  records: Record<string, IdRecord>;
}

/**
 * POLICY.LOOKUP's index: figures in dataset order, cut into blocks (block i starts at figure
 * `blockStarts[i]`), and postings from each stem key (lookupKeys.ts) to the figures listed
 * under it, in shard shardOf(key, postings.length).
 */
export interface LookupDirectory {
  hash: string;
  keyLength: number;
  figures: number;
  blockStarts: number[];
  blocks: PieceRef[];
  postings: PieceRef[];
}

/** One postings shard: each key's figure ordinals, ascending, as gaps (the first from 0). */
export interface PostingShard {
  postings: Record<string, number[]>;
}

/** One block of figures, in dataset order. */
export interface FigureBlock {
  figures: Figure[];
}

export const SEARCH_FORMAT = "policy-tables-search/1";

/**
 * The Search view's index (planSearchIndex.ts). Records have ordinals in the order Search lists
 * ties (figures, then events, each by id), so a page of hits is known from the postings alone.
 * Shard i holds the postings of the stems whose first `keyLength` letters hash to i
 * (shardOf); entry block i holds the records from ordinal `blockStarts[i]`.
 */
export interface SearchDirectory {
  format: typeof SEARCH_FORMAT;
  hash: string;
  keyLength: number;
  /** Ordinals below this are figures, the rest events. */
  figures: number;
  records: number;
  /** Every category of a figure or event, sorted: the Category filter's choices. */
  categories: string[];
  /** The documents (SearchSourceList): the Source filter's choices. */
  sources: PieceRef;
  shards: PieceRef[];
  blockStarts: number[];
  blocks: PieceRef[];
}

/**
 * One term shard: for each stem, the ordinals of the records holding it, as gaps, in three
 * lists by the best field it is in: name (id, metric or title), context, quote.
 */
export interface SearchShard {
  terms: Record<string, [number[], number[], number[]]>;
}

/** What the filters read of a record: id, category, document, and its dates (start, end). */
export type SearchEntry = [
  id: string,
  category: string,
  doc: string,
  start: string | null,
  end: string | null,
];

export interface SearchEntryBlock {
  entries: SearchEntry[];
}

/** A document as the Source filter lists and matches it. */
export interface SearchSourceRow {
  id: string;
  title: string | null;
  publisher: string | null;
  published: string | null;
}

export interface SearchSourceList {
  sources: SearchSourceRow[];
}
