import { FluentProvider } from "@fluentui/react-components";
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
} from "react";
import { PolicyError } from "../core/errors";
import type { CommandEvent } from "../commands/commandEvents";
import type { Approval } from "./confirmSuspectWrites";
import { checkDatasetUrl, datasetHost } from "../core/dataset/datasetTrust";
import { describeTable } from "../core/dataset/pieces/describeTable";
import { useCatalog } from "./hooks/useCatalog";
import { useColorScheme } from "./hooks/useColorScheme";
import { useDataset } from "./hooks/useDataset";
import { usePiecedDataset } from "./hooks/usePiecedDataset";
import { useViewTable } from "./hooks/useViewTable";
import { usePiecedTables } from "./hooks/usePiecedTables";
import { useFluentTheme } from "./hooks/useFluentTheme";
import { useLookupIndex } from "./hooks/useLookupIndex";
import { useSetting } from "./hooks/useSetting";
import type { CatalogLoader } from "./loadCatalog";
import type { DatasetLoader } from "./loadDataset";
import type { CatalogListing } from "./loadCatalog";
import type { DatasetApproval } from "./loadDataset";
import type { PiecesOpener, PiecesRefresher, TablesLoader } from "./loadTables";
import type { SettingsStore } from "./settingsStore";
import type { ThemeSource } from "./themeSource";
import { focusWhenShown } from "./focusWhenShown";
import { TabBar } from "./TabBar";
import { useAppStyles } from "./useAppStyles";
import { Busy } from "./views/Busy";
import { Pill } from "./views/Pill";
import { CatalogView } from "./views/CatalogView";
import { LazyErrorBar as ErrorBar } from "./views/lazyBars";
import type { TableChoice, WorkbookActions } from "./workbook";

// The pane opens on the Catalog; every other view is a chunk of its own, fetched when first
// opened, so none of their code is downloaded before the Catalog shows (src/cli/bench/startup.ts
// measures that, and test/cli/bench/startup.test.ts holds it to its budget).
const SearchView = lazy(() =>
  import(/* webpackChunkName: "view-search" */ "./views/SearchView").then((m) => ({
    default: m.SearchView,
  })),
);
const TraceView = lazy(() =>
  import(/* webpackChunkName: "view-trace" */ "./views/TraceView").then((m) => ({
    default: m.TraceView,
  })),
);
const PiecedSearchView = lazy(() =>
  import(/* webpackChunkName: "view-search" */ "./views/SearchView").then((m) => ({
    default: m.PiecedSearchView,
  })),
);
const PiecedTraceView = lazy(() =>
  import(/* webpackChunkName: "view-trace" */ "./views/TraceView").then((m) => ({
    default: m.PiecedTraceView,
  })),
);
const RefreshView = lazy(() =>
  import(/* webpackChunkName: "view-refresh" */ "./views/RefreshView").then((m) => ({
    default: m.RefreshView,
  })),
);
const ConflictsView = lazy(() =>
  import(/* webpackChunkName: "view-conflicts" */ "./views/ConflictsView").then((m) => ({
    default: m.ConflictsView,
  })),
);
const trustBars = () => import(/* webpackChunkName: "message-bars" */ "./views/DatasetTrustBar");
const DatasetTrustBar = lazy(() => trustBars().then((m) => ({ default: m.DatasetTrustBar })));
const SuspectDatasetBar = lazy(() => trustBars().then((m) => ({ default: m.SuspectDatasetBar })));
const AboutView = lazy(() =>
  import(/* webpackChunkName: "view-about" */ "./views/AboutView").then((m) => ({
    default: m.AboutView,
  })),
);

/** The webpack chunk of each view that is not in the pane's first download. */
export const LAZY_VIEW_CHUNKS = [
  "view-search",
  "view-trace",
  "view-refresh",
  "view-conflicts",
  "view-about",
] as const;

export const VIEWS = ["catalog", "search", "trace", "refresh", "conflicts", "about"] as const;
export type ViewName = (typeof VIEWS)[number];

/** A view's tab label: its name, capitalised ("catalog" → "Catalog"). */
const label = (view: ViewName) => view[0].toUpperCase() + view.slice(1);

export interface AppProps {
  actions: WorkbookActions;
  loadDataset: DatasetLoader;
  /**
   * The catalog beside the dataset, which the Catalog's list shows from: the whole dataset is
   * then loaded only when a table is opened or another view needs it. Without it, the pane
   * loads the dataset at once.
   */
  loadCatalog?: CatalogLoader;
  /**
   * Tables cut from the pieces published with the catalog: an opened table, insert and
   * download read their tables' pieces instead of the whole dataset.
   */
  loadTables?: TablesLoader;
  /**
   * The pieced dataset published with the catalog: Search and Trace read the pieces a query or
   * a record needs from it instead of loading the whole dataset.
   */
  openPieces?: PiecesOpener;
  /**
   * Refresh from the pieces published with the catalog: the catalog is read anew and only the
   * workbook's own tables are fetched, never the whole dataset.
   */
  refreshPieces?: PiecesRefresher;
  settings: SettingsStore;
  themeSource: ThemeSource;
  /** The dataset shipped with the add-in, used unless the person chose another URL. */
  defaultDatasetUrl: string;
  /** A problem with the host found at start (e.g. an Excel too old for the add-in). */
  hostProblem?: unknown;
  initialView?: ViewName;
  /** Subscribes to what the ribbon commands ask of the pane (refresh, failures). */
  onCommandEvent?: (listener: (event: CommandEvent) => void) => () => void;
}

export function App(props: AppProps) {
  const { actions, loadDataset, settings, themeSource, defaultDatasetUrl, hostProblem } = props;
  const styles = useAppStyles();
  const theme = useFluentTheme(useColorScheme(themeSource));
  const [storedUrl, saveStoredUrl] = useSetting(settings, "datasetUrl", defaultDatasetUrl);
  // A URL that came with the workbook is not fetched until the person confirms it here.
  const [confirmedUrl, setConfirmedUrl] = useState<string | null>(null);
  const trust = useMemo(
    () => storedUrlTrust(storedUrl, defaultDatasetUrl),
    [storedUrl, defaultDatasetUrl],
  );
  const awaitingTrust = storedUrl !== defaultDatasetUrl && storedUrl !== confirmedUrl;
  const datasetUrl = awaitingTrust ? defaultDatasetUrl : storedUrl;
  const host = datasetHost(datasetUrl, defaultDatasetUrl);
  const saveDatasetUrl = useCallback(
    async (url: string | null) => {
      const checked = url === null ? null : checkDatasetUrl(url, defaultDatasetUrl);
      await saveStoredUrl(checked);
      setConfirmedUrl(checked);
    },
    [saveStoredUrl, defaultDatasetUrl],
  );
  const [view, setView] = useState<ViewName>(props.initialView ?? "catalog");
  const catalogState = useCatalog(props.loadCatalog, datasetUrl);
  // The catalog a refresh from the pieces put in use replaces the one read on open.
  const [refreshed, setRefreshed] = useState<{ url: string; listing: CatalogListing } | null>(null);
  const listing =
    refreshed?.url === datasetUrl
      ? refreshed.listing
      : catalogState.status === "done"
        ? catalogState.catalog
        : null;
  const { refreshPieces } = props;
  // Views the pieces serve while there may be a catalog: the whole dataset waits for its answer.
  const [datasetAsked, askForDataset] = useReducer(() => true, false);
  // Conflicts and About read one table's piece: the conflicts table, the sources table.
  const viewKind = view === "conflicts" ? "conflicts" : view === "about" ? "sources" : null;
  const viewTableId =
    props.loadTables && !datasetAsked && viewKind
      ? listing?.tables.find((t) => t.kind === viewKind)?.id
      : undefined;
  const piecesServe =
    view === "catalog" ||
    (view === "refresh" &&
      Boolean(refreshPieces) &&
      (catalogState.status === "loading" || Boolean(listing))) ||
    (viewKind !== null &&
      Boolean(props.loadTables) &&
      !datasetAsked &&
      (catalogState.status === "loading" || Boolean(viewTableId)));
  const [traceId, setTraceId] = useState<string | null>(null);
  // Search and Trace read pieces: a record, its document's text, and for a selected POLICY
  // formula the pieces its function reads.
  const fromPieces =
    Boolean(props.openPieces && listing) &&
    !datasetAsked &&
    (view === "search" || view === "trace");
  const { state, reload, forget } = useDataset(
    loadDataset,
    datasetUrl,
    datasetAsked || (!piecesServe && !fromPieces) || (catalogState.status === "done" && !listing),
  );
  const loadedHash = state.status === "ready" ? state.dataset.contentHash : null;
  const refreshReload = useCallback(
    async (approve?: DatasetApproval) => {
      const fresh = refreshPieces && listing ? await refreshPieces(datasetUrl, approve) : null;
      if (!fresh) return reload(approve);
      setRefreshed({ url: datasetUrl, listing: fresh.listing });
      // A whole dataset loaded before is of the old content: loaded again when a view asks.
      if (loadedHash && loadedHash !== fresh.dataset.contentHash) forget();
      return fresh.dataset;
    },
    [refreshPieces, listing, datasetUrl, reload, forget, loadedHash],
  );
  const viewTable = useViewTable(
    props.loadTables,
    datasetUrl,
    viewTableId,
    listing?.contentHash,
    askForDataset,
  );
  const viewIndex = useLookupIndex(view === "conflicts" ? viewTable : null);
  const pieced = usePiecedDataset(
    props.openPieces,
    datasetUrl,
    listing?.contentHash,
    fromPieces,
    askForDataset,
  );
  // Inserts ask before writing from a dataset the workbook's tables disagree with, as Refresh
  // does; the check is a chunk of its own, loaded by the first insert.
  const [approval, setApproval] = useState<Approval | null>(null);
  const writeActions = useMemo(() => {
    let guarded: Promise<WorkbookActions> | null = null;
    // The control that started the insert, read before it is disabled and loses the focus.
    const opener = { current: null as Element | null };
    const load = () => {
      opener.current = document.activeElement;
      return (guarded ??= import(
        /* webpackChunkName: "confirm-writes" */ "./confirmSuspectWrites"
      ).then((m) =>
        m.confirmSuspectWrites(
          actions,
          m.askThrough(setApproval, () => opener.current),
        ),
      ));
    };
    return {
      ...actions,
      insertTable: async (...a) => (await load()).insertTable(...a),
      insertFigure: async (...a) => (await load()).insertFigure(...a),
    } satisfies WorkbookActions;
  }, [actions]);
  const awaitingTrustNow = useRef(awaitingTrust);
  useEffect(() => {
    awaitingTrustNow.current = awaitingTrust;
  }, [awaitingTrust]);
  // What the ribbon or the open-time check asked the Refresh view to do: refresh, or list changes.
  const [refreshRequest, setRefreshRequest] = useState<"refresh" | "changes" | null>(null);
  const [commandError, setCommandError] = useState<PolicyError | null>(null);
  // A refresh asked for while the workbook's dataset URL waits for a yes: the trust bar (a chunk
  // of its own, so its words stay out of the pane's first download) says it was refused.
  const [refreshRefused, setRefreshRefused] = useState(false);
  const { onCommandEvent } = props;
  // The ribbon, the open-time check and the refresh shortcut all ask the Refresh view here.
  const requestRefresh = useCallback((request: "refresh" | "changes") => {
    setView("refresh");
    if (!awaitingTrustNow.current) setRefreshRequest(request);
    else setRefreshRefused(true);
  }, []);
  useEffect(
    () =>
      onCommandEvent?.((event) => {
        if (event.type === "failed")
          setCommandError(
            new PolicyError("workbook_conflict", `${event.command}: ${event.message}`),
          );
        else requestRefresh(event.type === "refresh-requested" ? "refresh" : "changes");
      }),
    [onCommandEvent, requestRefresh],
  );
  const dataset = state.status === "ready" ? state.dataset : null;
  const index = useLookupIndex(dataset);
  // The loaded dataset is the authority; the catalog only lets its tables show sooner.
  const tables = useMemo(
    () => (dataset ? dataset.tables.map((t) => describeTable(dataset, t)) : listing?.tables),
    [dataset, listing],
  );
  const shown = dataset ?? listing;
  const pieces = usePiecedTables(props.loadTables, datasetUrl, listing, askForDataset);
  const { openPieces } = props;
  const catalogData = useMemo(
    () => ({
      dataset: dataset ?? pieces.dataset,
      complete: Boolean(dataset) || pieces.complete,
      failed: state.status === "error" || pieces.error !== undefined,
      want: pieces.want,
      // The workbook published with the pieces, saved as it is (exportWorkbook.ts).
      published:
        openPieces && listing
          ? async (choices?: Record<string, TableChoice>) =>
              (
                await import(/* webpackChunkName: "pieces" */ "./publishedWorkbook")
              ).publishedWorkbookDataset(openPieces, datasetUrl, choices)
          : undefined,
    }),
    [dataset, state.status, pieces, openPieces, listing, datasetUrl],
  );

  // A record sent to Trace from another view takes the keyboard focus with it, once the Trace
  // view's code and the record have arrived (the button that sent it is gone by then).
  const trace = useCallback((id: string) => {
    setTraceId(id);
    setView("trace");
    focusWhenShown(document, "trace-record");
  }, []);
  // The pane's keyboard shortcuts come with the About view that lists them, fetched a second
  // after the Catalog shows so they never compete with it for the network.
  const ready = state.status === "ready" || Boolean(listing);
  useEffect(() => {
    if (!ready) return;
    let stop: (() => void) | undefined;
    let live = true;
    const timer = setTimeout(
      () =>
        void import(/* webpackChunkName: "view-about" */ "./keyboardShortcuts").then((m) => {
          if (live)
            stop = m.listenForShortcuts(document, {
              inExcel: actions.mode === "excel",
              showView: setView,
              refresh: () => requestRefresh("refresh"),
            });
        }),
      1000,
    );
    return () => {
      live = false;
      clearTimeout(timer);
      stop?.();
    };
  }, [ready, actions.mode, requestRefresh]);
  const retry = useCallback(() => {
    reload().catch(() => undefined); // the failure is in state and shown by the bar
  }, [reload]);

  const needsDataset = view !== "about" && !awaitingTrust;
  if (!theme) return null;
  return (
    <FluentProvider theme={theme} className={styles.provider}>
      <header className={styles.header}>
        <h1 className={styles.title}>Policy Tables</h1>
        <div className={styles.badges}>
          {actions.mode === "preview" && <Pill look="informative">Browser preview</Pill>}
          {shown && (
            <Pill look="brandOutline" title={`Dataset ${shown.contentHash}`}>
              Dataset {shown.version}
            </Pill>
          )}
          {host && (
            <Pill look="warning" title={datasetUrl}>
              from {host}
            </Pill>
          )}
        </div>
      </header>
      <TabBar
        views={VIEWS}
        label={(v) => label(v as ViewName)}
        selected={view}
        onSelect={(v) => setView(v as ViewName)}
      />
      {(hostProblem !== undefined ||
        commandError ||
        approval ||
        awaitingTrust ||
        (state.status === "error" && needsDataset) ||
        pieces.error !== undefined) && (
        <div className={styles.bars}>
          {awaitingTrust && (
            <Suspense fallback={null}>
              <DatasetTrustBar
                url={storedUrl}
                host={trust.host}
                problem={trust.problem}
                refreshRefused={refreshRefused}
                onTrust={() => {
                  setRefreshRefused(false);
                  setConfirmedUrl(storedUrl);
                }}
                onDecline={() => {
                  setRefreshRefused(false);
                  void saveDatasetUrl(null).catch((e: unknown) =>
                    setCommandError(asPolicyError(e)),
                  );
                }}
              />
            </Suspense>
          )}
          {approval && (
            <Suspense fallback={null}>
              <SuspectDatasetBar
                warnings={approval.warnings}
                onConfirm={() => approval.answer(true)}
                onCancel={() => approval.answer(false)}
                returnTo={approval.returnTo}
              />
            </Suspense>
          )}
          {hostProblem !== undefined && <ErrorBar error={hostProblem} />}
          {commandError && <ErrorBar error={commandError} />}
          {state.status === "error" && needsDataset && (
            <ErrorBar error={state.error} onRetry={retry} />
          )}
          {pieces.error !== undefined && view === "catalog" && (
            <ErrorBar error={pieces.error} onRetry={pieces.retry} />
          )}
        </div>
      )}
      <main
        className={styles.panel}
        role="tabpanel"
        id={`panel-${view}`}
        aria-labelledby={`tab-${view}`}
      >
        {state.status === "loading" &&
          needsDataset &&
          !(view === "catalog" && tables) &&
          !(view === "refresh" && listing && refreshPieces) &&
          !(view === "conflicts" && viewIndex) &&
          !(fromPieces && pieced) && <Busy label="Loading the dataset…" />}
        <Suspense fallback={<Busy label={`Loading ${label(view)}…`} />}>
          {needsDataset && tables && view === "catalog" && (
            <CatalogView tables={tables} data={catalogData} actions={writeActions} />
          )}
          {needsDataset && dataset && index && view === "search" && (
            <SearchView dataset={dataset} index={index} actions={writeActions} onTrace={trace} />
          )}
          {needsDataset && !dataset && fromPieces && pieced && view === "search" && (
            <PiecedSearchView pieces={pieced} actions={writeActions} onTrace={trace} />
          )}
          {needsDataset && !dataset && fromPieces && pieced && view === "trace" && (
            <PiecedTraceView
              pieces={pieced}
              actions={writeActions}
              recordId={traceId}
              onChooseRecord={setTraceId}
            />
          )}
          {needsDataset && dataset && index && view === "trace" && (
            <TraceView
              dataset={dataset}
              index={index}
              actions={writeActions}
              recordId={traceId}
              onChooseRecord={setTraceId}
            />
          )}
          {needsDataset && (dataset || (listing && refreshPieces)) && view === "refresh" && (
            <RefreshView
              actions={actions}
              reload={refreshReload}
              // Without tables to read, the preview compares two whole datasets.
              reloadToCompare={actions.previewChanges ? refreshReload : reload}
              dataset={dataset ?? undefined}
              settings={settings}
              datasetHost={host}
              request={refreshRequest}
              onStarted={() => setRefreshRequest(null)}
            />
          )}
          {needsDataset && dataset && index && view === "conflicts" && (
            <ConflictsView dataset={dataset} index={index} onTrace={trace} />
          )}
          {needsDataset && !dataset && viewTable && viewIndex && view === "conflicts" && (
            <ConflictsView dataset={viewTable} index={viewIndex} onTrace={trace} />
          )}
          {view === "about" && (
            <AboutView
              state={state}
              pieces={viewTableId && listing ? { sources: viewTable, catalog: listing } : undefined}
              datasetUrl={storedUrl}
              defaultDatasetUrl={defaultDatasetUrl}
              onSaveUrl={saveDatasetUrl}
            />
          )}
        </Suspense>
      </main>
    </FluentProvider>
  );
}

/** The host of the URL saved in the workbook, or why that URL is refused. */
function storedUrlTrust(
  url: string,
  shippedUrl: string,
): { host: string | null; problem?: unknown } {
  try {
    return { host: datasetHost(checkDatasetUrl(url, shippedUrl), shippedUrl) };
  } catch (problem) {
    return { host: null, problem };
  }
}

function asPolicyError(e: unknown): PolicyError {
  return e instanceof PolicyError
    ? e
    : new PolicyError("workbook_conflict", e instanceof Error ? e.message : String(e));
}
