import fc from "fast-check";
import { extractMentions } from "../../../src/core/extract/extractMentions";
import { Unit, QUALIFIERS, IsoDate } from "../../../src/core/dataset/schema";
import { seedText, SEED_DATES } from "./seedText";

const SEEDS = Object.keys(SEED_DATES).map(seedText);

const PHRASES = [
  "over 43,000 pounds",
  "\\$16 million",
  "$10 billion",
  "almost five times higher",
  "more than sevenfold",
  "about two-thirds",
  "from two percent to 40 percent",
  "aged 18-45",
  "P.L. 115-271",
  "Title VIII",
  "p.36",
  "FY 2023",
  "FY21",
  "Thursday, Oct. 26, 2023",
  "In June",
  "Two years ago",
  "one day before",
  "last week",
  "earlier this month",
  "nine Sinaloa Cartel members",
  "<https://example.gov/2023/12/22/report-500>",
  "https://example.org/a/115-271",
  "Realuyo¹",
  "2023.⁶",
  "**",
  "\n\n1. ",
  "thousands of deaths",
  "50 or more arrests",
  "twenty-five",
  "(2023, October 26)",
];

/** Random documents: slices of the seeds and known phrases glued with spaces, digits and punctuation. */
const documentText = fc
  .array(
    fc.oneof(
      fc
        .tuple(
          fc.integer({ min: 0, max: SEEDS.length - 1 }),
          fc.nat(),
          fc.integer({ min: 1, max: 400 }),
        )
        .map(([i, at, len]) => {
          const seed = SEEDS[i];
          const start = at % seed.length;
          return seed.slice(start, start + len);
        }),
      fc.constantFrom(...PHRASES),
      fc.constantFrom(" ", ", ", ". ", "\n", "-", "$", "%", "7", "1,000", " one "),
    ),
    { maxLength: 25 },
  )
  .map((parts) => parts.join(""));

const documentDate = fc.option(
  fc
    .date({ min: new Date("1990-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);

describe("extractMentions properties", () => {
  it("reads each seed mention the same from its paragraph alone as from the whole document", () => {
    Object.entries(SEED_DATES).forEach(([prefix, documentDate], i) => {
      const text = SEEDS[i];
      for (const m of extractMentions(text, { documentDate })) {
        const from = text.lastIndexOf("\n", m.start) + 1;
        const to = text.indexOf("\n", m.end) < 0 ? text.length : text.indexOf("\n", m.end);
        const local = extractMentions(text.slice(from, to), { documentDate }).map((x) => ({
          ...x,
          start: x.start + from,
          end: x.end + from,
        }));
        expect({ prefix, mention: local.find((x) => x.start === m.start) }).toEqual({
          prefix,
          mention: m,
        });
      }
    });
  });

  it("gives every mention its exact span, in order, without overlaps", () => {
    fc.assert(
      fc.property(documentText, documentDate, (text, date) => {
        const ms = extractMentions(text, { documentDate: date });
        let lastEnd = 0;
        for (const m of ms) {
          expect(m.text).toBe(text.slice(m.start, m.end));
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.start).toBeGreaterThanOrEqual(lastEnd);
          lastEnd = m.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it("fills the fields of each kind consistently", () => {
    fc.assert(
      fc.property(documentText, documentDate, (text, date) => {
        for (const m of extractMentions(text, { documentDate: date })) {
          if (m.kind === "number") {
            expect(Number.isFinite(m.value)).toBe(true);
            // Units are open: a known unit or a count noun from the text, as the schema allows.
            expect(Unit.safeParse(m.unit).success).toBe(true);
            expect(QUALIFIERS).toContain(m.qualifier);
            expect([m.date, m.precision]).toEqual([null, null]);
          } else {
            expect([m.value, m.unit, m.qualifier]).toEqual([null, null, null]);
            expect(m.date === null).toBe(m.precision === null);
            if (m.date !== null) {
              expect(IsoDate.safeParse(m.date).success).toBe(true);
              expect(m.date.length).toBe({ year: 4, month: 7, week: 8, day: 10 }[m.precision!]);
            }
            if (m.date === null) expect(m.relative).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("finds nothing inside a link", () => {
    fc.assert(
      fc.property(documentText, (text) => {
        const links = [...text.matchAll(/<https?:\/\/[^>\s]*>?|https?:\/\/[^\s<>]+/g)];
        for (const m of extractMentions(text)) {
          for (const l of links) {
            const overlaps = m.start < l.index + l[0].length && l.index < m.end;
            expect(overlaps).toBe(false);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
