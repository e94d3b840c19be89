import { Button, Field, Input, Link, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import type { Catalog } from "../../core/dataset/pieces/pieceTypes";
import type { Dataset } from "../../core/dataset/schema";
import type { CatalogListing } from "../loadCatalog";
import type { DatasetState } from "../hooks/useDataset";
import { ErrorBar } from "./ErrorBar";
import { formatIsoDate, sourceLine } from "./format";
import { ShortcutsHelp } from "./ShortcutsHelp";
import { useViewStyles } from "./useViewStyles";

export interface AboutViewProps {
  state: DatasetState;
  datasetUrl: string;
  defaultDatasetUrl: string;
  onSaveUrl: (url: string | null) => Promise<void>;
  /**
   * Where the whole dataset is not loaded: the sources table cut from its piece (every
   * document, without text; null while it loads) and the catalog, whose counts are the
   * dataset's (the cut table's are not).
   */
  pieces?: { sources: Dataset | null; catalog: CatalogListing & { counts?: Catalog["counts"] } };
}

export interface DatasetCounts {
  tables: number;
  figures: number;
  events: number;
  conflicts: number;
}

/** The dataset in use (version, hash, dates), where it comes from, and its sources. */
export function AboutView({
  state: loaded,
  datasetUrl,
  defaultDatasetUrl,
  onSaveUrl,
  pieces,
}: AboutViewProps) {
  const fromPieces = pieces && loaded.status !== "ready" ? pieces : null;
  const state: DatasetState = !fromPieces
    ? loaded
    : fromPieces.sources
      ? { status: "ready", url: datasetUrl, dataset: fromPieces.sources, loadedAt: null }
      : { status: "loading", url: datasetUrl };
  const counts: DatasetCounts | undefined = fromPieces?.catalog.counts && {
    tables: fromPieces.catalog.tables.length,
    ...fromPieces.catalog.counts,
  };
  const styles = useViewStyles();
  const [draft, setDraft] = useState(datasetUrl);
  const [saveError, setSaveError] = useState<unknown>();
  const save = (url: string | null) => {
    setSaveError(undefined);
    onSaveUrl(url).then(
      () => setDraft(url ?? defaultDatasetUrl),
      (e: unknown) => setSaveError(e),
    );
  };
  const dataset = state.status === "ready" ? state.dataset : null;
  return (
    <div className={styles.stack}>
      <section className={styles.tight} aria-labelledby="about-dataset">
        <h2 className={styles.heading} id="about-dataset">
          Dataset
        </h2>
        {dataset ? (
          <DatasetFacts
            dataset={dataset}
            loadedAt={state.status === "ready" ? state.loadedAt : null}
            counts={
              counts ?? {
                tables: dataset.tables.length,
                figures: dataset.figures.length,
                events: dataset.events.length,
                conflicts: dataset.conflicts.length,
              }
            }
          />
        ) : state.status === "error" ? (
          <ErrorBar error={state.error} />
        ) : (
          <span className={styles.muted}>Loading…</span>
        )}
      </section>
      <section className={styles.tight} aria-labelledby="about-url">
        <h2 className={styles.heading} id="about-url">
          Dataset URL
        </h2>
        <form
          className={styles.tight}
          onSubmit={(e) => {
            e.preventDefault();
            save(draft.trim() || null);
          }}
        >
          <Field
            label="Load the dataset from"
            hint={`The shipped dataset is ${defaultDatasetUrl}. Refresh and the formulas use this URL.`}
          >
            <Input value={draft} onChange={(_, d) => setDraft(d.value)} inputMode="url" />
          </Field>
          <div className={styles.row}>
            <Button appearance="primary" type="submit" disabled={draft.trim() === datasetUrl}>
              Save and load
            </Button>
            <Button
              type="button"
              disabled={datasetUrl === defaultDatasetUrl}
              onClick={() => save(null)}
            >
              Use shipped dataset
            </Button>
          </div>
        </form>
        {saveError !== undefined && <ErrorBar error={saveError} />}
      </section>
      <ShortcutsHelp />
      {dataset && <SourcesList dataset={dataset} />}
    </div>
  );
}

function DatasetFacts({
  dataset,
  loadedAt,
  counts,
}: {
  dataset: Dataset;
  loadedAt: Date | null;
  counts: DatasetCounts;
}) {
  const styles = useViewStyles();
  const dates = dataset.sources
    .map((s) => s.published)
    .filter((d): d is string => d !== null)
    .sort();
  return (
    <>
      <dl className={styles.facts}>
        <dt>Version</dt>
        <dd>{dataset.version}</dd>
        <dt>Hash</dt>
        <dd className={styles.code}>{dataset.contentHash}</dd>
        <dt>Documents</dt>
        <dd>
          {dataset.sources.length}, dated{" "}
          {dates.length
            ? `${formatIsoDate(dates[0])} – ${formatIsoDate(dates[dates.length - 1])}`
            : "—"}{" "}
          (<Link href="#about-sources">see the sources</Link>)
        </dd>
        <dt>Contents</dt>
        <dd>
          {counts.tables} tables, {counts.figures} figures, {counts.events} events,{" "}
          {counts.conflicts} conflicts
        </dd>
        {loadedAt && (
          <>
            <dt>Loaded</dt>
            <dd>{loadedAt.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" })}</dd>
          </>
        )}
      </dl>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          Every value carries the exact sentence it came from. Check each document&apos;s rights
          notice before republishing its text.
        </MessageBarBody>
      </MessageBar>
    </>
  );
}

function SourcesList({ dataset }: { dataset: Dataset }) {
  const styles = useViewStyles();
  return (
    <section className={styles.tight} aria-labelledby="about-sources">
      <h2 className={styles.heading} id="about-sources" tabIndex={-1}>
        Sources
      </h2>
      <ul className={styles.list}>
        {dataset.sources.map((s) => (
          <li key={s.id}>
            <div className={styles.card}>
              <h3 className={styles.subheading}>
                {s.url ? (
                  <Link href={s.url} target="_blank" rel="noreferrer">
                    {s.title}
                  </Link>
                ) : (
                  s.title
                )}
              </h3>
              <span className={styles.muted}>
                {sourceLine(s)} · {s.kind.replace("_", " ")}
              </span>
              <span className={styles.muted}>
                {s.rights ??
                  "No rights notice in the document: check the publisher's terms before reuse."}
              </span>
              <span className={styles.code} title="sha256 of the document text">
                sha256 {s.sha256.slice(0, 16)}…
              </span>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
