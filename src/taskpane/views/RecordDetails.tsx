import {
  Badge,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { displayQuote } from "../../core/dataset/displayText";
import type { Dataset } from "../../core/dataset/schema";
import type { LookupIndex } from "../../core/lookup/buildIndex";
import type { FigureOrEvent } from "../../core/lookup/fields";
import type { SelectionInfo } from "../workbook";
import { eventDateText, figureText, formatIsoDate, policyFormula } from "./format";
import { freshness } from "./freshness";
import { CopyActions } from "./CopyActions";
import { CopyCitation } from "./CopyCitation";
import { QuoteInContext } from "./QuoteInContext";
import { useViewStyles } from "./useViewStyles";

export interface RecordDetailsProps {
  found: FigureOrEvent;
  dataset: Dataset;
  index: LookupIndex;
  selection: SelectionInfo | null;
}

/** A figure or event with its sentence in context, its document, and whether a cell is current. */
export function RecordDetails({ found, dataset, index, selection }: RecordDetailsProps) {
  const styles = useViewStyles();
  const r = found.record;
  const source = index.sources.get(r.source.doc);
  const fresh = freshness(found, dataset, selection);
  return (
    <article className={styles.stack} aria-labelledby="trace-record">
      <MessageBar
        intent={
          fresh.status === "current" ? "success" : fresh.status === "stale" ? "warning" : "info"
        }
        layout="multiline"
      >
        <MessageBarBody>
          <MessageBarTitle>
            {fresh.status === "current"
              ? "Current"
              : fresh.status === "stale"
                ? "Stale"
                : "Not compared"}
          </MessageBarTitle>
          {fresh.message}
        </MessageBarBody>
      </MessageBar>
      <div className={styles.tight}>
        <div className={styles.row}>
          <Badge appearance="tint">{found.type === "figure" ? "Figure" : "Event"}</Badge>
          <Badge appearance="outline">{r.category}</Badge>
        </div>
        {found.type === "figure" ? (
          <>
            <h2 className={styles.value} id="trace-record" tabIndex={-1}>
              {figureText(found.record)}
            </h2>
            <span>{found.record.metric}</span>
          </>
        ) : (
          <>
            <h2 className={styles.value} id="trace-record" tabIndex={-1}>
              {found.record.title}
            </h2>
            <span>{eventDateText(found.record)}</span>
          </>
        )}
      </div>
      <section className={styles.tight} aria-labelledby="trace-quote">
        <h3 className={styles.subheading} id="trace-quote">
          Where it comes from
        </h3>
        {source ? (
          <QuoteInContext source={source} at={r.source} />
        ) : (
          <blockquote>{displayQuote(r.source.quote)}</blockquote>
        )}
      </section>
      {source && (
        <section className={styles.tight} aria-labelledby="trace-document">
          <h3 className={styles.subheading} id="trace-document">
            Document
          </h3>
          <dl className={styles.facts}>
            <dt>Title</dt>
            <dd>
              {source.url ? (
                <Link href={source.url} target="_blank" rel="noreferrer">
                  {source.title}
                </Link>
              ) : (
                source.title
              )}
            </dd>
            <dt>Publisher</dt>
            <dd>{source.publisher ?? `Not stated (${source.publisherNote})`}</dd>
            <dt>Date</dt>
            <dd>
              {source.published
                ? formatIsoDate(source.published)
                : `Undated (${source.publishedNote})`}
            </dd>
            <dt>Rights</dt>
            <dd>
              {source.rights ??
                "No rights notice in the document: check the publisher's terms before reuse."}
            </dd>
          </dl>
          <CopyCitation source={source} />
        </section>
      )}
      <section className={styles.tight} aria-labelledby="trace-details">
        <h3 className={styles.subheading} id="trace-details">
          Details
        </h3>
        <dl className={styles.facts}>
          <dt>Id</dt>
          <dd className={styles.code}>{r.id}</dd>
          {found.type === "figure" ? (
            <>
              <dt>Actor</dt>
              <dd>{found.record.actor ?? "—"}</dd>
              <dt>Place</dt>
              <dd>{found.record.place ?? "—"}</dd>
              <dt>Period</dt>
              <dd>{found.record.period.text ?? "—"}</dd>
              {found.record.note && (
                <>
                  <dt>Note</dt>
                  <dd>{found.record.note}</dd>
                </>
              )}
            </>
          ) : (
            <>
              <dt>Kind</dt>
              <dd>{found.record.kind}</dd>
              <dt>Parties</dt>
              <dd>{found.record.parties.join("; ") || "—"}</dd>
            </>
          )}
          <dt>Formula</dt>
          <dd className={styles.code}>{policyFormula({ type: found.type, id: r.id })}</dd>
        </dl>
        <CopyActions found={found} source={source} citation={false} />
      </section>
    </article>
  );
}
