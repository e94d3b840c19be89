import { FakeExcel, type FakeSheet } from "./excel";

/*
 * A fake workbook saved to text and opened again, as a file is closed and reopened: every
 * sheet, cell, table, custom XML part, name, comment and chart comes back; what belongs to
 * the session (sync counts, recalculations asked for, the host's quirks) starts afresh.
 * Proven in test/fakes/savedWorkbook.test.ts.
 */

/** What the session owns, not the file. */
const SESSION = new Set(["stats", "requirements", "run", "calculations"]);

type Encoded =
  | null
  | string
  | number
  | boolean
  | Encoded[]
  | { $map: [Encoded, Encoded][] }
  | { $set: Encoded[] }
  | { $sheet: string }
  | { [key: string]: Encoded };

/** The workbook as text: what a save writes. */
export function saveWorkbook(fake: FakeExcel): string {
  const sheets = new Set<unknown>(fake.sheets);
  const encode = (value: unknown, top = false): Encoded => {
    if (value === null || value === undefined) return null;
    if (typeof value === "function")
      throw new Error("A fake workbook holding a function cannot be saved.");
    if (typeof value !== "object") return value as string | number | boolean;
    if (!top && sheets.has(value)) return { $sheet: (value as FakeSheet).id };
    if (value instanceof Map)
      return { $map: [...value.entries()].map(([k, v]) => [encode(k), encode(v)]) };
    if (value instanceof Set) return { $set: [...value].map((v) => encode(v)) };
    if (Array.isArray(value)) return value.map((v) => encode(v));
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, encode(v)] as [string, Encoded]),
    );
  };
  const fields = Object.entries(fake).filter(([k]) => !SESSION.has(k));
  return JSON.stringify({
    sheets: fake.sheets.map((s) => encode(s, true)),
    fields: Object.fromEntries(
      fields.filter(([k]) => k !== "sheets").map(([k, v]) => [k, encode(v)]),
    ),
  });
}

/** A workbook opened from what saveWorkbook wrote. */
export function openWorkbook(saved: string): FakeExcel {
  const { sheets, fields } = JSON.parse(saved) as {
    sheets: Encoded[];
    fields: Record<string, Encoded>;
  };
  const byId = new Map<string, FakeSheet>();
  const decode = (value: Encoded): unknown => {
    if (value === null || typeof value !== "object") return value;
    if (Array.isArray(value)) return value.map(decode);
    if ("$map" in value && Array.isArray(value.$map))
      return new Map((value.$map as [Encoded, Encoded][]).map(([k, v]) => [decode(k), decode(v)]));
    if ("$set" in value && Array.isArray(value.$set)) return new Set(value.$set.map(decode));
    if ("$sheet" in value && typeof value.$sheet === "string") {
      const sheet = byId.get(value.$sheet);
      if (!sheet) throw new Error(`The saved workbook refers to a missing sheet ${value.$sheet}.`);
      return sheet;
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)]));
  };
  const fake = new FakeExcel(String(fields.apiVersion ?? "1.18"), []);
  fake.sheets = sheets.map((s) => decode(s) as FakeSheet);
  for (const s of fake.sheets) byId.set(s.id, s);
  for (const [k, v] of Object.entries(fields))
    (fake as unknown as Record<string, unknown>)[k] = decode(v);
  return fake;
}
