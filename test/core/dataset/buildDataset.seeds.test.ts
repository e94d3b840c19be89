import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { buildDataset } from "../../../src/core/dataset/buildDataset";
import { DatasetConfig } from "../../../src/core/dataset/datasetConfig";
import { extractMentions } from "../../../src/core/extract/extractMentions";

const SEEDS = join(__dirname, "../../../seeds");

function buildSeeds() {
  const documents = readdirSync(SEEDS)
    .filter((f) => f.endsWith(".txt"))
    .map((file) => ({ file, text: readFileSync(join(SEEDS, file), "utf8") }));
  const annotations = readdirSync(join(SEEDS, "annotations"))
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => ({ file: f, data: parse(readFileSync(join(SEEDS, "annotations", f), "utf8")) }));
  const config = DatasetConfig.parse(parse(readFileSync(join(SEEDS, "dataset.yaml"), "utf8")));
  return buildDataset(documents, annotations, config);
}

describe("the dataset built from the seeds", () => {
  let built: ReturnType<typeof buildSeeds>;
  beforeAll(() => {
    built = buildSeeds();
  });
  const text = (doc: string) => built.dataset.sources.find((s) => s.id === doc)!.text;
  const cache = new Map<string, ReturnType<typeof extractMentions>>();
  const mentionsOf = (doc: string) => {
    if (!cache.has(doc)) {
      const published = built.dataset.sources.find((s) => s.id === doc)!.published;
      cache.set(
        doc,
        extractMentions(text(doc), {
          documentDate: published?.length === 10 ? published : undefined,
        }),
      );
    }
    return cache.get(doc)!;
  };

  it("leaves no mention untriaged", () => {
    expect(built.coverage.untriaged).toEqual([]);
    expect(built.coverage.problems).toEqual([]);
  });

  it("lists the cross-source conflicts of the seeds and not their restatements", () => {
    const conflicts = new Map(built.dataset.conflicts.map((c) => [c.fact, c]));
    expect(conflicts.get("us-overdose-deaths-annual")?.sides.map((s) => s.value)).toEqual(
      expect.arrayContaining([107000, 100000]),
    );
    expect(conflicts.get("us-overdose-deaths-fentanyl-share")?.sides.map((s) => s.value)).toEqual(
      expect.arrayContaining([68, 66.67]),
    );
    expect(
      conflicts.get("doj-prc-chemical-companies-indictments-2023-09")?.sides.map((s) => s.date),
    ).toEqual(expect.arrayContaining(["2023-09", "2023-10"]));
    // "almost half" (001) and "nearly half" (002) both read nearly 50 percent: a restatement
    expect(conflicts.has("cbp-fentanyl-seizures-san-diego-share")).toBe(false);
    // the same launch date in 000 ("Monday") and 003 ("December 4, 2023")
    expect(conflicts.has("treasury-strike-force-launch")).toBe(false);
  });

  it("has every figure's quote equal to the document slice at its offsets", () => {
    fc.assert(
      fc.property(fc.constantFrom(...built.dataset.figures, ...built.dataset.events), (r) => {
        expect(text(r.source.doc).slice(r.source.start, r.source.end)).toBe(r.source.quote);
      }),
      { numRuns: 200 },
    );
  });

  it("re-extracts every figure's value from inside its quote", () => {
    fc.assert(
      fc.property(fc.constantFrom(...built.dataset.figures), (f) => {
        const inside = mentionsOf(f.source.doc).filter(
          (m) => m.kind === "number" && m.start >= f.source.start && m.end <= f.source.end,
        );
        expect(inside.map((m) => m.value)).toContain(f.value);
      }),
      { numRuns: 200 },
    );
  });

  it("re-extracts every dated event's date and precision from inside its quote", () => {
    const dated = built.dataset.events.filter((e) => e.date !== null);
    fc.assert(
      fc.property(fc.constantFrom(...dated), (e) => {
        const inside = mentionsOf(e.source.doc).filter(
          (m) => m.kind === "date" && m.start >= e.source.start && m.end <= e.source.end,
        );
        expect(inside.map((m) => `${m.date} ${m.precision}`)).toContain(`${e.date} ${e.precision}`);
      }),
      { numRuns: 200 },
    );
  });
});

describe("buildDataset on generated documents", () => {
  const config = DatasetConfig.parse({
    name: "generated",
    title: "Generated",
    description: "Generated.",
    version: "1.0.0",
    tables: [
      {
        id: "all",
        title: "All",
        description: "All.",
        kind: "figures",
        rows: "all",
        columns: [
          {
            key: "value",
            title: "Value",
            type: "number",
            unit: null,
            format: "#,##0",
            description: null,
          },
        ],
      },
    ],
  });

  it("puts each quote at its offsets and reproduces the value written in the text", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 9_999_999 }), { minLength: 1, maxLength: 6 }),
        fc.nat(),
        (values, pick) => {
          const sentences = values.map(
            (v, i) =>
              `Report ${"ABCDEF"[i]} says officers seized ${v.toLocaleString("en-US")} pounds.`,
          );
          const text = sentences.join(" ");
          const chosen = pick % values.length;
          const { dataset } = buildDataset(
            [{ file: "000_0000000000000000.txt", text }],
            [
              {
                file: "gen.yaml",
                data: {
                  doc: "000_0000000000000000",
                  source: {
                    title: "Generated",
                    publisher: "Gen",
                    published: "2023-01-02",
                    kind: "news",
                    urlNote: "Generated; no address.",
                  },
                  figures: [
                    {
                      id: "seized",
                      quote: sentences[chosen],
                      value: values[chosen],
                      unit: "pounds",
                      qualifier: "exact",
                      metric: "seized",
                      category: "seizures",
                      actor: null,
                      place: null,
                      period: { text: null, start: null, end: null },
                    },
                  ],
                },
              },
            ],
            config,
          );
          const f = dataset.figures[0];
          expect(text.slice(f.source.start, f.source.end)).toBe(sentences[chosen]);
          expect(f.value).toBe(values[chosen]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
