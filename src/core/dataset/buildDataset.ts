import { draftsLeftMessage, findDrafts } from "../annotate/findDrafts";
import { PolicyError } from "../errors";
import { extractMentions } from "../extract/extractMentions";
import type { Mention } from "../extract/mention";
import { DocumentAnnotation } from "./annotationSchema";
import { buildTables, type TableTags } from "./buildTables";
import { AnnotationsHash } from "./annotationsHash";
import { contentHash, sha256Hex } from "./contentHash";
import { coverage, spanKey, type CoverageReport, type OverrideRecord } from "./coverage";
import type { DatasetConfig } from "./datasetConfig";
import { findConflicts } from "./findConflicts";
import { issuePath, listProblems } from "./issuePath";
import { linkSameAs, type SameAsLink } from "./linkSameAs";
import { locateQuote } from "./locateQuote";
import { SCHEMA_VERSION, type Dataset, type Event, type Figure, type Source } from "./schema";
import { verifyEvent, verifyFigure } from "./verifyRecord";

export interface SeedDocument {
  /** File name such as 000_27c8b5ee908a7d02.txt; its stem is the document id. */
  file: string;
  text: string;
}

export interface AnnotationFile {
  /** Path shown in messages, e.g. seeds/annotations/000_27c8b5ee908a7d02.yaml. */
  file: string;
  /** The parsed YAML, validated here. */
  data: unknown;
}

export type ExtractFn = (text: string, options: { documentDate?: string }) => Mention[];

export interface BuildOptions {
  extract?: ExtractFn;
  /** Recorded in generatedFrom.extractor. */
  extractorName?: string;
  configFile?: string;
}

export interface BuildResult {
  dataset: Dataset;
  coverage: CoverageReport;
}

/**
 * Builds the dataset from the seed documents and their annotations: locates every quote,
 * re-extracts each value or date from the whole document (so context such as the document
 * date counts) and checks it against the annotation, builds the sources, tables and conflicts,
 * and reports coverage. Annotation files may come one at a time (a generator), so a large
 * corpus's parsed YAML is never held all at once. Throws PolicyError("invalid_dataset") listing every problem, each
 * naming the file, record and field; coverage gaps are returned, not thrown.
 */
export function buildDataset(
  documents: SeedDocument[],
  annotationFiles: Iterable<AnnotationFile>,
  config: DatasetConfig,
  options: BuildOptions = {},
): BuildResult {
  const extract = options.extract ?? extractMentions;
  const problems: string[] = [];
  const docs = [...documents].sort((a, b) => cmp(a.file, b.file));
  const annotations = new Map<string, { file: string; ann: DocumentAnnotation }>();
  const docIds = new Set(docs.map((d) => stem(d.file)));

  for (const af of annotationFiles) {
    const drafts = findDrafts(af.data);
    if (drafts.length) {
      problems.push(draftsLeftMessage(af.file, drafts));
      continue;
    }
    const parsed = DocumentAnnotation.safeParse(af.data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push(`${af.file} ${issuePath(af.data, issue.path)}: ${issue.message}`);
      continue;
    }
    const doc = parsed.data.doc;
    if (annotations.has(doc))
      problems.push(`${af.file} doc: "${doc}" is also annotated in ${annotations.get(doc)!.file}`);
    else if (!docIds.has(doc))
      problems.push(
        `${af.file} doc: no seed document "${doc}.txt"; valid: ${[...docIds].join(", ")}`,
      );
    annotations.set(doc, { file: af.file, ann: parsed.data });
  }

  const annotationsHash = new AnnotationsHash(annotations.keys());
  const sources: Source[] = [];
  const figures: Figure[] = [];
  const events: Event[] = [];
  const tags = new Map<string, TableTags>();
  const idWhere = new Map<string, string>();
  const factKind = new Map<string, { kind: "figure" | "event"; where: string }>();
  // Each document's coverage is sorted out as soon as it is read, so its mentions go with it.
  const report: CoverageReport = { documents: [], untriaged: [], overrides: [], problems: [] };
  const sameAs: SameAsLink[] = [];

  for (const d of docs) {
    const doc = stem(d.file);
    const entry = annotations.get(doc);
    if (!entry) {
      if (!problems.some((p) => p.includes(`annotations/${doc}.yaml`)))
        problems.push(
          `${d.file}: no annotation; write seeds/annotations/${doc}.yaml (see annotationSchema.ts)`,
        );
      continue;
    }
    const { file, ann } = entry;
    sources.push({
      id: doc,
      file: d.file,
      ...ann.source,
      title: ann.source.title,
      titleNote: ann.source.titleNote,
      retrievedFrom: ann.source.retrievedFrom,
      sha256: sha256Hex(d.text),
      text: d.text,
    });
    const documentDate =
      ann.source.published && ann.source.published.length === 10 ? ann.source.published : undefined;
    const mentions = extract(d.text, { documentDate });
    const used = new Map<string, string>();
    const overrides: OverrideRecord[] = [];

    const register = (
      kind: "figures" | "events",
      i: number,
      rec: { id: string; fact: string | null; tables: string[] },
    ) => {
      const where = `${file} ${kind}[${i}] (id "${rec.id}")`;
      if (idWhere.has(rec.id))
        problems.push(`${where}.id: duplicate id, also used at ${idWhere.get(rec.id)}`);
      else idWhere.set(rec.id, where);
      tags.set(rec.id, { tables: rec.tables, where });
      if (rec.fact) {
        const k = kind === "figures" ? "figure" : "event";
        const prior = factKind.get(rec.fact);
        if (prior && prior.kind !== k)
          problems.push(
            `${where}.fact: "${rec.fact}" is a ${prior.kind} fact (${prior.where}); a fact key groups figures or events, not both`,
          );
        else factKind.set(rec.fact, { kind: k, where });
      }
      return where;
    };

    ann.figures.forEach((f, i) => {
      const where = register("figures", i, f);
      const at = locateQuote(d.text, f.quote, f.occurrence);
      if ("problem" in at) return problems.push(`${where}.quote: ${at.problem}`);
      const check = verifyFigure(f, at, mentions, documentDate ?? null, f.quote, d.text);
      check.problems.forEach((p) => problems.push(`${where}.${p.field}: ${p.problem}`));
      check.overrides.forEach((o) => overrides.push({ doc, record: f.id, ...o }));
      if (check.mention) used.set(spanKey(check.mention), f.id);
      if (f.sameAs) sameAs.push({ id: f.id, target: f.sameAs, kind: "figure", where });
      figures.push({
        id: f.id,
        value: f.overrides?.value ? f.value : (check.mention?.value ?? f.value),
        unit: f.unit,
        qualifier: f.qualifier,
        metric: f.metric,
        category: f.category,
        actor: f.actor,
        place: f.place,
        period: f.period,
        fact: f.fact,
        note: f.note,
        source: { doc, quote: f.quote, start: at.start, end: at.end },
      });
    });

    ann.events.forEach((e, i) => {
      const where = register("events", i, e);
      const at = locateQuote(d.text, e.quote, e.occurrence);
      if ("problem" in at) return problems.push(`${where}.quote: ${at.problem}`);
      const check = verifyEvent(e, at, mentions);
      check.problems.forEach((p) => problems.push(`${where}.${p.field}: ${p.problem}`));
      check.overrides.forEach((o) => overrides.push({ doc, record: e.id, ...o }));
      if (check.mention) used.set(spanKey(check.mention), e.id);
      if (e.sameAs) sameAs.push({ id: e.id, target: e.sameAs, kind: "event", where });
      events.push({
        id: e.id,
        date: e.date,
        precision: e.precision,
        relative: e.relative,
        dateNote: e.dateNote,
        kind: e.kind,
        category: e.category,
        title: e.title,
        parties: e.parties,
        place: e.place,
        fact: e.fact,
        source: { doc, quote: e.quote, start: at.start, end: at.end },
      });
    });

    addCoverage(
      report,
      coverage([{ doc, file, text: d.text, mentions, used, dismissed: ann.dismissed, overrides }]),
    );
    annotationsHash.add(doc, ann);
    annotations.delete(doc);
  }

  problems.push(...linkSameAs(sameAs, figures, events));

  const conflicts = findConflicts(figures, events, sources);
  const built = buildTables(
    config.tables,
    { figures, events, sources, conflicts, tags },
    options.configFile,
  );
  problems.push(...built.problems);
  if (problems.length)
    throw new PolicyError(
      "invalid_dataset",
      listProblems("The annotations do not build a valid dataset", problems, 50),
    );

  const dataset: Dataset = {
    schemaVersion: SCHEMA_VERSION,
    version: config.version,
    contentHash: "",
    generatedFrom: {
      documents: sources.map((s) => ({ doc: s.id, file: s.file, sha256: s.sha256 })),
      annotationsSha256: annotationsHash.hex(),
      extractor: options.extractorName ?? "extractMentions",
    },
    sources,
    tables: built.tables,
    figures,
    events,
    conflicts,
  };
  dataset.contentHash = contentHash(dataset as unknown as Record<string, unknown>);
  return { dataset, coverage: report };
}

function addCoverage(report: CoverageReport, more: CoverageReport): void {
  for (const key of ["documents", "untriaged", "overrides", "problems"] as const)
    for (const item of more[key]) (report[key] as unknown[]).push(item);
}

const stem = (file: string) => file.replace(/^.*\//, "").replace(/\.txt$/, "");
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
