import { Badge, Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { displayQuote } from "../../core/dataset/displayText";
import type { LookupIndex } from "../../core/lookup/buildIndex";
import type { SearchHit } from "../../core/lookup/searchRecords";
import type { InsertState } from "../hooks/useSearchView";
import type { FigureForm } from "../workbook";
import { CopyActions } from "./CopyActions";
import { ErrorBar } from "./ErrorBar";
import { figureText, formatIsoDate, policyFormula } from "./format";
import { useSearchViewStyles } from "./useSearchViewStyles";
import { useViewStyles } from "./useViewStyles";

export interface HitProps {
  hit: SearchHit;
  index: LookupIndex;
  canInsert: boolean;
  insert: InsertState;
  onInsert: (id: string, form: FigureForm) => void;
  onTrace: (id: string) => void;
}

/** One Search result: its value or date, quote, document, formula, and what can be done with it. */
export function SearchHitCard({ hit, index, canInsert, insert, onInsert, onTrace }: HitProps) {
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
