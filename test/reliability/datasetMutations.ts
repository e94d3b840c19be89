import fc from "fast-check";
import { contentHash } from "../../src/core/dataset/contentHash";
import type { Dataset } from "../../src/core/dataset/schema";
import { fixtureDataset } from "../fixtures/fixtureDataset";

/** A damaged copy of the fixture dataset, and the record whose damage must be reported. */
export interface Mutation {
  kind: string;
  /** What the message must contain: the record (`figures[2]`), its id when still readable. */
  names: string[];
  dataset: unknown;
}

type Json = Record<string, unknown>;
type Collection = "figures" | "events" | "sources" | "tables" | "conflicts";

const REQUIRED: Record<Collection, string[]> = {
  figures: [
    "id",
    "value",
    "unit",
    "qualifier",
    "metric",
    "category",
    "actor",
    "place",
    "period",
    "fact",
    "note",
    "source",
  ],
  events: [
    "id",
    "date",
    "precision",
    "relative",
    "dateNote",
    "kind",
    "category",
    "title",
    "parties",
    "place",
    "fact",
    "source",
  ],
  sources: [
    "id",
    "file",
    "title",
    "publisher",
    "publisherNote",
    "author",
    "published",
    "publishedNote",
    "kind",
    "url",
    "sha256",
    "rights",
    "text",
  ],
  tables: ["id", "title", "description", "kind", "columns", "rows"],
  conflicts: ["id", "kind", "fact", "subject", "sides", "note"],
};

/** Values of a type the field never accepts. */
function wrongValues(original: unknown): unknown[] {
  if (typeof original === "number") return ["12", true, [], {}, null];
  if (typeof original === "boolean") return ["true", 1, [], null];
  if (Array.isArray(original)) return ["x", 3, {}, null];
  if (original !== null && typeof original === "object") return ["x", 3, [], null];
  if (typeof original === "string") return [42, true, [], {}];
  return [42, true, [], {}]; // null fields take a string or null, never these
}

const HUGE = "a".repeat(200_000);

/** Fields where a huge string is invalid: ids, enums, dates, hashes. */
const HUGE_TARGETS: Record<Collection, string[]> = {
  figures: ["id", "unit", "qualifier", "category", "fact"],
  events: ["id", "date", "kind", "precision"],
  sources: ["id", "file", "sha256", "published", "url"],
  tables: ["id", "kind"],
  conflicts: ["id", "kind", "fact"],
};

function rehash(d: Json): Json {
  try {
    d.contentHash = contentHash(d);
  } catch {
    // NaN and the like cannot be hashed; the hash then stays stale, which is also invalid.
  }
  return d;
}

const collections: Collection[] = ["figures", "events", "sources", "tables", "conflicts"];

/** Every kind of damage the issue lists, to any record of the fixture. */
export const mutation: fc.Arbitrary<Mutation> = fc
  .record({
    kind: fc.constantFrom(
      "missing field",
      "extra field",
      "wrong type",
      "huge string",
      "NaN/Infinity",
      "duplicate id",
      "quote not matching offsets",
      "unknown table reference",
    ),
    collection: fc.constantFrom(...collections),
    pick: fc.nat(1000),
    pick2: fc.nat(1000),
    pick3: fc.nat(1000),
    shift: fc.integer({ min: 1, max: 40 }),
    bad: fc.constantFrom(NaN, Infinity, -Infinity),
  })
  .map(({ kind, collection, pick, pick2, pick3, shift, bad }) => {
    const d = fixtureDataset() as unknown as Json;
    const list = (c: Collection) => d[c] as Json[];
    let c: Collection = collection;
    if (kind === "NaN/Infinity" && !["figures", "events", "conflicts"].includes(c)) c = "figures";
    if (kind === "quote not matching offsets" && !["figures", "events"].includes(c)) c = "figures";
    if (kind === "unknown table reference") c = pick3 % 2 ? "tables" : "conflicts";
    const i = pick % list(c).length;
    const rec = list(c)[i];
    const id = rec.id as string;
    let keepsId = true;
    switch (kind) {
      case "missing field": {
        const field = REQUIRED[c][pick2 % REQUIRED[c].length];
        delete rec[field];
        keepsId = field !== "id";
        break;
      }
      case "extra field":
        rec[`unexpected${pick2}`] = pick3 % 2 ? "value" : null;
        break;
      case "wrong type": {
        const field = REQUIRED[c][pick2 % REQUIRED[c].length];
        const values = wrongValues(rec[field]);
        rec[field] = values[pick3 % values.length];
        keepsId = field !== "id";
        break;
      }
      case "huge string": {
        const field = HUGE_TARGETS[c][pick2 % HUGE_TARGETS[c].length];
        rec[field] = HUGE;
        keepsId = field !== "id";
        break;
      }
      case "NaN/Infinity":
        if (c === "figures") {
          if (pick2 % 2) rec.value = bad;
          else (rec.source as Json).start = bad;
        } else if (c === "events") (rec.source as Json).end = bad;
        else ((rec.sides as Json[])[pick2 % 2] as Json).value = bad;
        break;
      case "duplicate id": {
        const others = list(c).filter((_, j) => j !== i);
        if (others.length) rec.id = others[pick2 % others.length].id;
        else rec.id = (c === "events" ? list("figures") : list("events"))[0].id;
        if (c === "sources" || c === "tables" || c === "conflicts") {
          if (!others.length) rec.id = id; // a single record of its kind: duplicate it instead
          if (!others.length) list(c).push(structuredClone(rec));
        }
        break;
      }
      case "quote not matching offsets": {
        const source = rec.source as Json;
        if (pick2 % 2) {
          source.start = (source.start as number) + shift;
          source.end = (source.end as number) + shift;
        } else {
          const quote = source.quote as string;
          const at = shift % quote.length;
          source.quote = quote.slice(0, at) + (quote[at] === "X" ? "Y" : "X") + quote.slice(at + 1);
        }
        break;
      }
      case "unknown table reference":
        if (c === "tables") {
          const rows = rec.rows as string[];
          rows[pick2 % Math.max(rows.length, 1)] = `no-such-record-${pick3}`;
        } else {
          ((rec.sides as Json[])[pick2 % 2] as Json).ref = `no-such-figure-${pick3}`;
        }
        break;
    }
    const readable = keepsId && typeof rec.id === "string" && (rec.id as string).length < 100;
    const names =
      kind === "duplicate id"
        ? [`(id "${rec.id as string}")`, "duplicate"]
        : [`${c}[${i}]`, ...(readable ? [`${c}[${i}] (id "${rec.id as string}")`] : [])];
    return { kind, names, dataset: rehash(d) };
  });

/** The fixture, valid, for comparisons. */
export const validDataset = (): Dataset => fixtureDataset();
