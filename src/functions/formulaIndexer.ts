import { datasetSlice } from "../core/dataset/pieces/recordSlice";
import type { Dataset } from "../core/dataset/schema";
import { buildIndex, type LookupIndex } from "../core/lookup/buildIndex";
import type { FormulaIndexer } from "../core/lookup/explainFormula";
import { normalizeId } from "../core/lookup/normalizeId";
import { lookupSliceOf } from "./lookupSlice";
import type { PiecedDataset } from "./piecedDataset";
import { examplesSlice, idSlice, isIdText } from "./pieceSlice";
import { searchSliceOf, tableSliceOf } from "./catalogSlices";

// Indexing a large dataset takes seconds: each one is indexed once, whatever asks.
const wholeIndexes = new WeakMap<Dataset, LookupIndex>();

/** Functions of one figure or event id, read from the id shards as runtimeIndexFor does. */
const OF_ONE_ID = new Set(["VALUE", "DATE", "FIELD", "SOURCE", "QUOTE", "CARD"]);

/**
 * The index Trace explains a selected POLICY formula from, over the published pieces: the
 * pieces the formula's function reads (runtimeIndexFor, runtimeIndexForLookup), so the
 * explanation is the cell's: a function of one id reads its record's and its document's id
 * shards (a document id for SOURCE, its own), LOOKUP the postings and figure blocks of its
 * words, TABLE its table's piece (an unknown table the catalog), SEARCH the search index and
 * its hits' id shards, VERSION the catalog (catalogSlices.ts); an unknown id, and a LOOKUP no
 * figure holds the words of, list near ids from the sorted ids beside them (nearIds.ts), and a
 * missing or non-text id names the catalog's example ids. What the pieces cannot answer (an
 * older build's) is asked of `whole`, which loads the whole dataset.
 */
export function piecesFormulaIndexer(
  pieces: PiecedDataset,
  whole: () => Promise<Dataset>,
): FormulaIndexer {
  const { catalog } = pieces;
  const wholeIndex = async () => {
    const dataset = await whole();
    let index = wholeIndexes.get(dataset);
    if (!index) wholeIndexes.set(dataset, (index = buildIndex(dataset)));
    return index;
  };
  return async ({ name }, args) => {
    const [first] = args;
    if (OF_ONE_ID.has(name) && !isIdText(first)) {
      const slice = await examplesSlice(pieces);
      if (slice) return slice;
    } else if (OF_ONE_ID.has(name) && typeof first === "string") {
      const id = normalizeId(first);
      const slice = await idSlice(pieces, id);
      if (slice) return slice;
      const doc = name === "SOURCE" ? await pieces.source(id) : null;
      if (doc) return buildIndex(datasetSlice(catalog, [], [], [doc]));
    } else if (name === "LOOKUP") {
      const slice = await lookupSliceOf(pieces, first, args[1], args[2]);
      if (slice) return slice;
    } else if (name === "TABLE") {
      return tableSliceOf(pieces, first);
    } else if (name === "SEARCH") {
      const slice = await searchSliceOf(pieces, first, args[1]);
      if (slice) return slice;
    } else if (name === "VERSION") {
      return buildIndex(datasetSlice(catalog, [], [], []));
    }
    return wholeIndex();
  };
}
