import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { SearchPieces } from "../../core/dataset/pieces/searchShards";
import { datasetSlice } from "../../core/dataset/pieces/recordSlice";
import type { Dataset } from "../../core/dataset/schema";
import { PolicyError } from "../../core/errors";
import { buildIndex, type LookupIndex } from "../../core/lookup/buildIndex";
import type { FigureOrEvent } from "../../core/lookup/fields";
import type { PiecedDataset } from "../../functions/piecedDataset";
import { openSearch, searchPage } from "../../functions/piecedSearch";

/** Records the picker offers for what is typed: the first of Search's hits for it. */
const PICKER_CHOICES = 50;

export type TracedState =
  { id: string; dataset: Dataset; index: LookupIndex } | { id: string; error: unknown } | null;

/**
 * The record `recordId` with its document's text, read from the pieces (PiecedDataset.traced),
 * and the records the picker knows: the traced one (to label it), and Search's hits for what is
 * typed (foundIds, the ones it offers).
 */
export function usePiecedTrace(pieces: PiecedDataset, recordId: string | null) {
  const [traced, setTraced] = useState<TracedState>(null);
  const [typedHits, setTypedHits] = useState<Dataset | null>(null);
  const search = useRef<Promise<SearchPieces> | null>(null);
  const asked = useRef(0);

  useEffect(() => {
    if (!recordId) return;
    let live = true;
    pieces.traced(recordId).then(
      (dataset) =>
        live &&
        setTraced(
          dataset
            ? { id: recordId, dataset, index: buildIndex(dataset) }
            : {
                id: recordId,
                error: new PolicyError(
                  "unknown_id",
                  `No figure or event has id "${recordId}" in dataset ${pieces.catalog.version}.`,
                ),
              },
        ),
      (error: unknown) => live && setTraced({ id: recordId, error }),
    );
    return () => {
      live = false;
    };
  }, [pieces, recordId]);

  const searchChoices = useCallback(
    (typed: string) => {
      const ask = ++asked.current;
      if (!typed.trim()) return setTypedHits(null);
      search.current ??= openSearch(pieces);
      search.current
        .then((opened) =>
          searchPage(
            pieces,
            opened,
            { text: typed, max: PICKER_CHOICES },
            () => ask === asked.current,
          ),
        )
        .then(
          (page) => page && setTypedHits(page.dataset),
          // A query the index refuses offers nothing; the picker says no record has its words.
          () => ask === asked.current && setTypedHits(datasetSlice(pieces.catalog, [], [], [])),
        );
    },
    [pieces],
  );

  const now = traced?.id === recordId ? traced : null;
  const found: FigureOrEvent | undefined =
    now && "index" in now ? now.index.records.get(now.id) : undefined;
  const choicesFrom = useMemo(() => {
    const shown = now && "dataset" in now ? now.dataset : null;
    const lists = [typedHits, shown].filter((d): d is Dataset => d !== null);
    const unique = <T extends { id: string }>(all: T[]) => [
      ...new Map(all.map((r) => [r.id, r])).values(),
    ];
    return {
      ...datasetSlice(pieces.catalog, [], [], []),
      figures: unique(lists.flatMap((d) => d.figures)),
      events: unique(lists.flatMap((d) => d.events)),
      sources: unique(lists.flatMap((d) => d.sources)),
    };
  }, [pieces, now, typedHits]);
  const foundIds = useMemo(
    () => new Set([...(typedHits?.figures ?? []), ...(typedHits?.events ?? [])].map((r) => r.id)),
    [typedHits],
  );
  return { traced: now, found, choicesFrom, foundIds, searchChoices };
}
