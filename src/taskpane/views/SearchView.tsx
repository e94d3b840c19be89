import { displayQuote } from "../../core/dataset/displayText";
import {
  Badge,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  SearchBox,
  Select,
} from "@fluentui/react-components";
import type { Dataset } from "../../core/dataset/schema";
import type { LookupIndex } from "../../core/lookup/buildIndex";
import type { SearchHit } from "../../core/lookup/searchRecords";
import { useSearchView, type InsertState } from "../hooks/useSearchView";
import type { FigureForm, WorkbookActions } from "../workbook";
import { CopyActions } from "./CopyActions";
import { ErrorBar } from "./ErrorBar";
import { figureText, formatIsoDate, policyFormula } from "./format";
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
  const styles = useViewStyles();
  const own = useSearchViewStyles();
  const { filters, update, result, shown, showMore, insert, insertRecord } = useSearchView(
    dataset,
    index,
    actions,
  );
  const categories = [
    ...new Set([...dataset.figures, ...dataset.events].map((r) => r.category)),
  ].sort();
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
              {categories.map((c) => (
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
            >
              <option value="">All sources</option>
              {dataset.sources.map((s) => (
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
      {"error" in result ? (
        <ErrorBar error={result.error} />
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
                <Hit
                  hit={hit}
                  index={index}
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

interface HitProps {
  hit: SearchHit;
  index: LookupIndex;
  canInsert: boolean;
  insert: InsertState;
  onInsert: (id: string, form: FigureForm) => void;
  onTrace: (id: string) => void;
}

function Hit({ hit, index, canInsert, insert, onInsert, onTrace }: HitProps) {
  const styles = useViewStyles();
  const own = useSearchViewStyles();
  const found = index.records.get(hit.id)!;
  const source = index.sources.get(hit.doc);
  const headingId = `hit-${hit.id}`;
  const busy = insert.status === "inserting";
  const mine = insert.status !== "idle" && insert.id === hit.id;
  return (
    <article className={styles.card} aria-labelledby={headingId}>
      <div className={own.hitHead}>
        <h3 className={styles.value} id={headingId}>
          {found.type === "figure" ? figureText(found.record) : formatIsoDate(hit.date)}
        </h3>
        <Badge appearance="tint" color={found.type === "figure" ? "brand" : "informative"}>
          {found.type === "figure" ? found.record.category : found.record.kind}
        </Badge>
      </div>
      <span>{hit.what}</span>
      {found.type === "figure" && (
        <span className={styles.muted}>
          Value {found.record.value.toLocaleString("en-US")} · unit {found.record.unit} ·{" "}
          {found.record.qualifier.replace(/_/g, " ")}
          {found.record.period.text ? ` · ${found.record.period.text}` : ""}
        </span>
      )}
      <blockquote className={own.quote}>“{displayQuote(hit.quote)}”</blockquote>
      <span className={styles.muted}>
        {source ? `${source.title} — ${hit.source}` : hit.source}
      </span>
      <code className={styles.code}>{policyFormula({ type: hit.type, id: hit.id })}</code>
      <CopyActions found={found} source={source} />
      <div className={styles.row}>
        {canInsert && (
          <>
            <Button
              appearance="primary"
              size="small"
              disabled={busy}
              onClick={() => onInsert(hit.id, "value")}
              aria-label={`Insert value ${hit.id}`}
            >
              Insert value
            </Button>
            <Button
              size="small"
              disabled={busy}
              onClick={() => onInsert(hit.id, "formula")}
              aria-label={`Insert formula ${hit.id}`}
            >
              Insert formula
            </Button>
          </>
        )}
        <Button
          size="small"
          appearance="subtle"
          onClick={() => onTrace(hit.id)}
          aria-label={`Trace ${hit.id}`}
        >
          Trace
        </Button>
      </div>
      {mine && insert.status === "done" && (
        <MessageBar intent="success">
          <MessageBarBody>
            Inserted {insert.form === "value" ? "the value with its citation note" : "the formula"}{" "}
            at {insert.address}. {insert.warnings.join(" ")}
          </MessageBarBody>
        </MessageBar>
      )}
      {mine && insert.status === "error" && <ErrorBar error={insert.error} />}
    </article>
  );
}
