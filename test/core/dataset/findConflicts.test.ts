import {
  allowedRange,
  compatibleDates,
  findConflicts,
} from "../../../src/core/dataset/findConflicts";
import type { Event, Figure, Qualifier } from "../../../src/core/dataset/schema";

function figure(
  id: string,
  doc: string,
  value: number,
  qualifier: Qualifier,
  fact: string | null = "deaths",
  unit: Figure["unit"] = "deaths",
): Figure {
  return {
    id,
    value,
    unit,
    qualifier,
    metric: "US overdose deaths a year",
    category: "deaths",
    actor: null,
    place: null,
    period: { text: null, start: null, end: null },
    fact,
    note: null,
    source: { doc, quote: `quote of ${id}`, start: 0, end: `quote of ${id}`.length },
  };
}

function event(
  id: string,
  doc: string,
  date: string | null,
  fact: string | null = "launch",
): Event {
  return {
    id,
    date,
    precision:
      date === null ? null : date.length === 4 ? "year" : date.length === 7 ? "month" : "day",
    relative: false,
    dateNote: date === null ? "Undated." : null,
    kind: "policy",
    category: "policy",
    title: "Strike force launched",
    parties: [],
    place: null,
    fact,
    source: { doc, quote: `quote of ${id}`, start: 0, end: `quote of ${id}`.length },
  };
}

const A = "000_aaaaaaaaaaaaaaaa";
const B = "001_bbbbbbbbbbbbbbbb";
const C = "002_cccccccccccccccc";
/** A titled document, one with only a publisher (a social post), and one unknown to the dataset. */
const DOCS = [
  { id: A, title: "Treasury launches strike force", publisher: null },
  { id: B, title: null, publisher: "Latin Post" },
];

describe("findConflicts", () => {
  it("lists figures of one fact with different values, every side with its quote", () => {
    const [c] = findConflicts(
      [figure("d-2022", A, 107000, "more_than"), figure("d-since-2020", B, 100000, "more_than")],
      [],
      DOCS,
    );
    expect(c).toEqual({
      id: "deaths-conflict",
      kind: "value",
      fact: "deaths",
      subject: "US overdose deaths a year",
      sides: [
        { ref: "d-2022", doc: A, value: 107000, date: null, quote: "quote of d-2022" },
        { ref: "d-since-2020", doc: B, value: 100000, date: null, quote: "quote of d-since-2020" },
      ],
      note: `Different values, but their qualifiers allow one common value: more than 107,000 deaths ("Treasury launches strike force"); more than 100,000 deaths (Latin Post).`,
    });
  });

  it("treats the same value in other words as a restatement, not a conflict", () => {
    // "almost half" and "nearly half" both read nearly 50 percent
    const half = (id: string, doc: string) => figure(id, doc, 50, "nearly", "sd-share", "percent");
    expect(findConflicts([half("almost-half", A), half("nearly-half", B)], [], DOCS)).toEqual([]);
  });

  it("treats restatements in one document whose qualifiers allow one value as no conflict", () => {
    const d = "000_aaaaaaaaaaaaaaaa";
    const pounds = (id: string, value: number, q: Qualifier) =>
      figure(id, d, value, q, "seized", "pounds");
    expect(
      findConflicts([pounds("a", 12000, "more_than"), pounds("b", 12017, "exact")], [], DOCS),
    ).toEqual([]);
    expect(
      findConflicts([pounds("a", 12000, "about"), pounds("b", 11500, "exact")], [], DOCS),
    ).toEqual([]);
    const tons = figure("t", d, 6, "exact", "seized", "tons");
    expect(findConflicts([tons, pounds("p", 12000, "exact")], [], DOCS)).toEqual([]);
  });

  it("still lists restatements in one document that cannot hold at once", () => {
    const d = "000_aaaaaaaaaaaaaaaa";
    const pounds = (id: string, value: number, q: Qualifier) =>
      figure(id, d, value, q, "seized", "pounds");
    expect(
      findConflicts([pounds("a", 12000, "less_than"), pounds("b", 12017, "exact")], [], DOCS),
    ).toHaveLength(1);
    const tons = figure("t", d, 7, "exact", "seized", "tons");
    expect(findConflicts([tons, pounds("p", 12000, "exact")], [], DOCS)).toHaveLength(1);
  });

  it("lists compatible values from different documents, with a note saying they can both hold", () => {
    const conflicts = findConflicts(
      [
        figure("a", "000_aaaaaaaaaaaaaaaa", 12000, "more_than"),
        figure("b", "001_bbbbbbbbbbbbbbbb", 12017, "exact"),
      ],
      [],
      DOCS,
    );
    expect(conflicts[0].note).toMatch(
      /^Different values, but their qualifiers allow one common value/,
    );
  });

  it("says when the values cannot all hold", () => {
    const [c] = findConflicts(
      [
        figure("a", A, 68, "exact", "share", "percent"),
        figure("b", B, 40, "about", "share", "percent"),
      ],
      [],
      DOCS,
    );
    expect(c.note).toBe(
      'The values cannot all hold at once: 68% ("Treasury launches strike force"); about 40% (Latin Post).',
    );
  });

  it("notes when the sides differ in unit", () => {
    const [c] = findConflicts(
      [figure("a", A, 68, "exact", "f"), figure("b", B, 70000, "about", "f", "persons")],
      [],
      DOCS,
    );
    expect(c.note).toMatch(/^Reported in different units, so not directly comparable/);
  });

  it("ignores figures and events without a fact key", () => {
    expect(
      findConflicts(
        [figure("a", A, 1, "exact", null), figure("b", B, 2, "exact", null)],
        [event("x", A, "2023-01-01", null), event("y", B, "2024-01-01", null)],
        DOCS,
      ),
    ).toEqual([]);
  });

  it("does not count a coarser date that contains the other as a conflict", () => {
    expect(
      findConflicts(
        [],
        [event("day", A, "2023-09-15"), event("month", B, "2023-09"), event("year", C, "2023")],
        DOCS,
      ),
    ).toEqual([]);
  });

  it("does not count an undated report as a conflict", () => {
    expect(
      findConflicts([], [event("dated", A, "2023-10-26"), event("undated", B, null)], DOCS),
    ).toEqual([]);
  });

  it("lists events of one fact on different days or months as a date conflict", () => {
    const [c] = findConflicts(
      [],
      [event("sept", A, "2023-09"), event("oct", B, "2023-10"), event("undated", C, null)],
      DOCS,
    );
    expect(c.kind).toBe("date");
    expect(c.sides.map((s) => [s.ref, s.date])).toEqual([
      ["sept", "2023-09"],
      ["oct", "2023-10"],
      ["undated", null],
    ]);
    expect(c.note).toBe(
      'Reported on dates that cannot be the same day: Sep 2023 ("Treasury launches strike force"); ' +
        "Oct 2023 (Latin Post). Dates at a coarser precision that contain each other are not counted as conflicts.",
    );
  });
});

describe("conflict notes name documents as people know them", () => {
  it("names each side's document by title, else publisher, else file id, with its stated value", () => {
    const [c] = findConflicts(
      [
        figure("a", A, 107000, "more_than"),
        figure("b", B, 66.67, "about"),
        figure("c", C, 100000, "more_than"),
      ],
      [],
      DOCS,
    );
    expect(c.note).toBe(
      "The values cannot all hold at once: " +
        'more than 107,000 deaths ("Treasury launches strike force"); about 66.67 deaths (Latin Post); ' +
        `more than 100,000 deaths (${C}).`,
    );
  });
});

describe("compatibleDates and allowedRange", () => {
  it("treats a date as compatible with its own month and year only", () => {
    expect(compatibleDates("2023-09-15", "2023-09")).toBe(true);
    expect(compatibleDates("2023", "2023-12-04")).toBe(true);
    expect(compatibleDates("2023-09-15", "2023-09-16")).toBe(false);
  });
  it("gives each qualifier its range", () => {
    expect(allowedRange(100, "more_than")).toEqual([100, Infinity]);
    expect(allowedRange(100, "about")).toEqual([90, 110.00000000000001]);
    expect(allowedRange(50, "nearly")).toEqual([45, 50]);
    expect(allowedRange(7, "exact")).toEqual([7, 7]);
    expect(allowedRange(7, "up_to")).toEqual([-Infinity, 7]);
  });
});
