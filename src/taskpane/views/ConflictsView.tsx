import {
  Badge,
  Button,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  tokens,
} from "@fluentui/react-components";
import { useRef } from "react";
import { conflictVerdict } from "../../core/dataset/conflictVerdict";
import { displayQuote } from "../../core/dataset/displayText";
import type { ConflictSide, Dataset, Figure } from "../../core/dataset/schema";
import { statedValue } from "../../core/dataset/statedValue";
import type { LookupIndex } from "../../core/lookup/buildIndex";
import { piecesOf, type PiecedDataset } from "../../functions/piecedDataset";
import { useQuotedText } from "../hooks/useQuotedText";
import { ErrorBar } from "./ErrorBar";
import { formatIsoDate, sourceLine } from "./format";
import { QuoteInContext } from "./QuoteInContext";
import { useViewStyles } from "./useViewStyles";

const useStyles = makeStyles({
  side: {
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export interface ConflictsViewProps {
  dataset: Dataset;
  index: LookupIndex;
  onTrace: (recordId: string) => void;
}

/**
 * Where documents disagree on a value or a date: every side, with its quote marked in its
 * paragraph and its document. A dataset cut from the conflicts table's piece holds documents
 * without their text: each side's text is read from its own piece as the side comes on screen.
 */
export function ConflictsView({ dataset, index, onTrace }: ConflictsViewProps) {
  const styles = useViewStyles();
  const pieces = piecesOf(dataset);
  const figures = new Map(dataset.figures.map((f) => [f.id, f]));
  if (dataset.conflicts.length === 0)
    return (
      <MessageBar intent="success">
        <MessageBarBody>
          The documents of this dataset do not disagree on any figure or date.
        </MessageBarBody>
      </MessageBar>
    );
  return (
    <div className={styles.stack}>
      <p className={styles.muted} style={{ margin: 0 }}>
        {dataset.conflicts.length} place{dataset.conflicts.length === 1 ? "" : "s"} where the
        documents disagree. Read both sides before you choose a number.
      </p>
      <ul className={styles.list}>
        {dataset.conflicts.map((c) => (
          <li key={c.id}>
            <article className={styles.card} aria-labelledby={`conflict-${c.id}`}>
              <div className={styles.row}>
                <h2 className={styles.subheading} id={`conflict-${c.id}`}>
                  {c.subject}
                </h2>
                <Verdict verdict={conflictVerdict(c, figures)} />
              </div>
              {c.note && <span className={styles.muted}>{c.note}</span>}
              {c.sides.map((side) => (
                <Side key={side.ref} side={side} index={index} pieces={pieces} onTrace={onTrace} />
              ))}
            </article>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Verdict({ verdict }: { verdict: ReturnType<typeof conflictVerdict> }) {
  return (
    <Badge
      appearance="tint"
      color={verdict === "Qualifiers allow one value" ? "informative" : "warning"}
    >
      {verdict}
    </Badge>
  );
}

/** "more than 107,000 deaths (in 2022)", or the date at its precision. */
function claimOf(side: ConflictSide, figure: Figure | null): string {
  if (figure) return statedValue(figure) + (figure.period.text ? ` (${figure.period.text})` : "");
  return formatIsoDate(side.date);
}

function Side({
  side,
  index,
  pieces,
  onTrace,
}: {
  side: ConflictSide;
  index: LookupIndex;
  pieces: PiecedDataset | undefined;
  onTrace: (id: string) => void;
}) {
  const styles = useViewStyles();
  const own = useStyles();
  const at = useRef<HTMLElement>(null);
  const record = index.records.get(side.ref);
  const listed = index.sources.get(side.doc);
  const fetched = useQuotedText(listed && pieces, record?.record, at);
  const source =
    listed && fetched && "text" in fetched ? { ...listed, text: fetched.text } : listed;
  const claim = claimOf(side, record?.type === "figure" ? record.record : null);
  return (
    <section
      ref={at}
      className={mergeClasses(styles.tight, own.side)}
      aria-label={`${claim} according to ${source?.title ?? side.doc}`}
    >
      <div className={styles.value}>{claim}</div>
      <span className={styles.muted}>
        {source ? `${source.title} — ${sourceLine(source)}` : side.doc}
      </span>
      {source && record ? (
        <QuoteInContext source={source} at={record.record.source} />
      ) : (
        <blockquote style={{ margin: 0 }}>{displayQuote(side.quote)}</blockquote>
      )}
      {fetched && "error" in fetched && <ErrorBar error={fetched.error} />}
      <div>
        <Button size="small" onClick={() => onTrace(side.ref)} aria-label={`Trace ${side.ref}`}>
          Trace
        </Button>
      </div>
    </section>
  );
}
