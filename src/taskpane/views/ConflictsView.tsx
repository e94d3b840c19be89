import {
  Badge,
  Button,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  tokens,
} from "@fluentui/react-components";
import { conflictVerdict } from "../../core/dataset/conflictVerdict";
import { displayQuote } from "../../core/dataset/displayText";
import type { ConflictSide, Dataset, Figure } from "../../core/dataset/schema";
import { statedValue } from "../../core/dataset/statedValue";
import type { LookupIndex } from "../../core/lookup/buildIndex";
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

/** Where documents disagree on a value or a date: every side, with its quote and document. */
export function ConflictsView({ dataset, index, onTrace }: ConflictsViewProps) {
  const styles = useViewStyles();
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
                <Side key={side.ref} side={side} index={index} onTrace={onTrace} />
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
  onTrace,
}: {
  side: ConflictSide;
  index: LookupIndex;
  onTrace: (id: string) => void;
}) {
  const styles = useViewStyles();
  const own = useStyles();
  const source = index.sources.get(side.doc);
  const record = index.records.get(side.ref);
  const claim = claimOf(side, record?.type === "figure" ? record.record : null);
  return (
    <section
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
      <div>
        <Button size="small" onClick={() => onTrace(side.ref)} aria-label={`Trace ${side.ref}`}>
          Trace
        </Button>
      </div>
    </section>
  );
}
