import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  SearchBox,
  Select,
} from "@fluentui/react-components";
import { useMemo } from "react";
import type { SearchSourceRow } from "../../core/dataset/pieces/pieceTypes";
import type { Dataset } from "../../core/dataset/schema";
import type { LookupIndex } from "../../core/lookup/buildIndex";
import type { SearchHit } from "../../core/lookup/searchRecords";
import type { PiecedDataset } from "../../functions/piecedDataset";
import { usePiecedSearchView } from "../hooks/usePiecedSearchView";
import { useSearchView, type InsertState, type SearchFilters } from "../hooks/useSearchView";
import type { FigureForm, WorkbookActions } from "../workbook";
import { Busy } from "./Busy";
import { ErrorBar } from "./ErrorBar";
import { SearchHitCard } from "./SearchHitCard";
import { useSearchViewStyles } from "./useSearchViewStyles";
import { useViewStyles } from "./useViewStyles";

export interface SearchViewProps {
  dataset: Dataset;
  index: LookupIndex;
  actions: WorkbookActions;
  onTrace: (recordId: string) => void;
}

/** Find single figures and events, then insert one into the selected cell or trace it. */
export function SearchView({ dataset, index, actions, onTrace }: SearchViewProps) {
  const { result, ...state } = useSearchView(dataset, index, actions);
  const categories = useMemo(
    () => [...new Set([...dataset.figures, ...dataset.events].map((r) => r.category))].sort(),
    [dataset],
  );
  return (
    <SearchPanel
      {...state}
      result={"error" in result ? result : { ...result, index }}
      categories={categories}
      sources={dataset.sources}
      actions={actions}
      onTrace={onTrace}
    />
  );
}

export interface PiecedSearchViewProps {
  pieces: PiecedDataset;
  actions: WorkbookActions;
  onTrace: (recordId: string) => void;
}

/**
 * Search over the published pieces: each query reads the term shards of its words and the
 * records of the hits shown, never the whole dataset (src/functions/piecedSearch.ts).
 */
export function PiecedSearchView({ pieces, actions, onTrace }: PiecedSearchViewProps) {
  const state = usePiecedSearchView(pieces, actions);
  return <SearchPanel {...state} actions={actions} onTrace={onTrace} />;
}

/**
 * The hits to show (with the index holding their records), an error, how many records an empty
 * query could search (pieced Search lists none for it), or null while searching.
 */
export type SearchResult =
  | { hits: SearchHit[]; total: number; index: LookupIndex }
  | { error: unknown }
  | { searchable: number }
  | null;

interface SearchPanelProps {
  filters: SearchFilters;
  update: (patch: Partial<SearchFilters>) => void;
  result: SearchResult;
  shown: number;
  showMore: () => void;
  insert: InsertState;
  insertRecord: (id: string, form: FigureForm) => void;
  categories: readonly string[];
  sources: readonly SearchSourceRow[];
  /** Asks for the documents the Source filter lists, where they are read on first use. */
  wantSources?: () => void;
  actions: WorkbookActions;
  onTrace: (recordId: string) => void;
}

function SearchPanel(props: SearchPanelProps) {
  const { filters, update, result, shown, showMore, insert, insertRecord, actions, onTrace } =
    props;
  const styles = useViewStyles();
  const own = useSearchViewStyles();
  return (
    <div className={styles.stack}>
      <section role="search" className={styles.tight} aria-label="Search figures and events">
        <Field label="Search figures and events">
          <SearchBox
            value={filters.text}
            onChange={(_, d) => update({ text: d.value })}
            placeholder="e.g. pill presses, sanctions, overdose deaths"
          />
        </Field>
        <div className={own.filters}>
          <Field label="Category" className={styles.field}>
            <Select
              className={styles.select}
              value={filters.category}
              onChange={(_, d) => update({ category: d.value })}
            >
              <option value="">All categories</option>
              {props.categories.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Source" className={styles.field}>
            <Select
              className={styles.select}
              value={filters.source}
              onChange={(_, d) => update({ source: d.value })}
              onFocus={props.wantSources}
              onPointerDown={props.wantSources}
            >
              <option value="">All sources</option>
              {props.sources.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.publisher ?? s.title} ({s.published ?? "undated"})
                </option>
              ))}
            </Select>
          </Field>
          <Field label="From date" className={styles.field}>
            <Input
              className={styles.input}
              type="date"
              value={filters.from}
              onChange={(_, d) => update({ from: d.value })}
            />
          </Field>
          <Field label="To date" className={styles.field}>
            <Input
              className={styles.input}
              type="date"
              value={filters.to}
              onChange={(_, d) => update({ to: d.value })}
            />
          </Field>
        </div>
      </section>
      {result === null ? (
        <Busy label="Searching…" />
      ) : "error" in result ? (
        <ErrorBar error={result.error} />
      ) : "searchable" in result ? (
        <p className={styles.muted} style={{ margin: 0 }} role="status" aria-live="polite">
          Type a word, or choose a category, source or dates, to search{" "}
          {result.searchable.toLocaleString("en-US")} figures and events.
        </p>
      ) : (
        <>
          <p className={styles.muted} style={{ margin: 0 }} role="status" aria-live="polite">
            {result.total === 0
              ? "No figure or event matches. Try fewer words or clear a filter."
              : `${result.total} result${result.total === 1 ? "" : "s"}`}
          </p>
          {actions.mode === "preview" && result.total > 0 && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>
                In Excel, each result can be inserted as a value or a formula. Here, trace it or use
                its formula.
              </MessageBarBody>
            </MessageBar>
          )}
          <ul className={styles.list} aria-label="Results">
            {result.hits.slice(0, shown).map((hit) => (
              <li key={hit.id}>
                <SearchHitCard
                  hit={hit}
                  index={result.index}
                  canInsert={actions.mode === "excel"}
                  insert={insert}
                  onInsert={insertRecord}
                  onTrace={onTrace}
                />
              </li>
            ))}
          </ul>
          {result.total > shown && (
            <div>
              <Button onClick={showMore}>Show more ({result.total - shown} left)</Button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
