import { buildDataset } from "../../../src/core/dataset/buildDataset";
import { sha256Hex } from "../../../src/core/dataset/contentHash";
import { parseDataset } from "../../../src/core/dataset/parseDataset";
import { PolicyError } from "../../../src/core/errors";
import {
  annotationFiles,
  config,
  DOC_A,
  DOC_B,
  documents,
  MENTIONS,
  TEXT_A,
} from "../../fixtures/buildFixture";
import { fakeExtract, type MentionSpec } from "../../fixtures/fakeExtract";

const FILE_A = `annotations/${DOC_A}.yaml`;

function build(
  edit?: Parameters<typeof annotationFiles>[0],
  mentions: MentionSpec[] = MENTIONS,
  docs = documents(),
) {
  return buildDataset(docs, annotationFiles(edit), config(), {
    extract: fakeExtract(mentions).extract,
  });
}

/** The message of the PolicyError a failing build throws. */
function failure(edit?: Parameters<typeof annotationFiles>[0], mentions?: MentionSpec[]): string {
  try {
    build(edit, mentions);
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyError);
    expect((e as PolicyError).code).toBe("invalid_dataset");
    return (e as PolicyError).message;
  }
  throw new Error("the build did not fail");
}

describe("buildDataset", () => {
  it("builds a dataset that parseDataset accepts, with quotes at their offsets", () => {
    const { dataset } = build();
    expect(parseDataset(dataset)).toEqual(dataset);
    const f = dataset.figures.find((x) => x.id === "us-overdose-deaths-2022")!;
    expect(TEXT_A.slice(f.source.start, f.source.end)).toBe(f.source.quote);
    expect(f.value).toBe(107000);
    expect(dataset.figures.map((x) => x.id)).toEqual([
      "treasury-sanctions-since-eo",
      "us-overdose-deaths-2022",
      "us-overdose-deaths-per-year",
    ]);
  });

  it("records sources from the annotation's source block, the file stem, sha256 and text", () => {
    const { dataset } = build();
    const b = dataset.sources.find((s) => s.id === DOC_B)!;
    expect(b).toMatchObject({
      file: `${DOC_B}.txt`,
      title: "Testimony on fentanyl",
      published: null,
      rights: "© 2024 Example. All rights reserved.",
      sha256: sha256Hex(documents()[1].text),
      text: documents()[1].text,
    });
  });

  it("passes each document's own full date to the extractor, and none when it has none", () => {
    const fake = fakeExtract(MENTIONS);
    buildDataset(documents(), annotationFiles(), config(), { extract: fake.extract });
    expect(fake.calls).toEqual([{ documentDate: "2023-12-04" }, { documentDate: undefined }]);
  });

  it("fills tables with tagged rows, events by date, and every source and conflict", () => {
    const { dataset } = build();
    const rows = Object.fromEntries(dataset.tables.map((t) => [t.id, t.rows]));
    // One row per fact: "more than 107,000" is more precise than "more than 100,000".
    expect(rows.deaths).toEqual(["us-overdose-deaths-2022"]);
    expect(rows.timeline).toEqual(["strike-force-launch", "strike-force-announced"]);
    expect(rows.sources).toEqual([DOC_A, DOC_B]);
    expect(rows.conflicts).toEqual([
      "strike-force-launch-conflict",
      "us-overdose-deaths-annual-conflict",
    ]);
  });

  it("gives the same dataset, byte for byte, when built twice", () => {
    expect(JSON.stringify(build().dataset)).toBe(JSON.stringify(build().dataset));
  });

  it("fails when the annotated value disagrees with the value extracted from the quote", () => {
    expect(failure((a) => (a.figures[1].value = 108000))).toContain(
      `${FILE_A} figures[1] (id "us-overdose-deaths-2022").value: annotation says 108000 but the quote's mention "More than 107,000 people" reads 107000`,
    );
  });

  it("fails when the qualifier or a measuring unit disagrees", () => {
    const message = failure((a) => {
      a.figures[1].qualifier = "about";
      a.figures[0].unit = "pounds";
    });
    expect(message).toContain(
      `figures[1] (id "us-overdose-deaths-2022").qualifier: annotation says about but the quote's mention "More than 107,000 people" reads more_than`,
    );
    expect(message).toContain(
      `figures[0] (id "treasury-sanctions-since-eo").unit: annotation says pounds but the quote's mention "200 sanctions" reads sanctions`,
    );
  });

  it("lets an annotation name what a count counts (people → deaths) but not change the noun", () => {
    expect(() => build()).not.toThrow();
    expect(failure((a) => (a.figures[1].unit = "companies"))).toContain(
      `.unit: annotation says companies but the quote's mention "More than 107,000 people" reads persons`,
    );
  });

  it("fails when an event's date disagrees and says what would be valid", () => {
    expect(failure((a) => (a.events[0].date = "2023-12-05"))).toContain(
      `${FILE_A} events[0] (id "strike-force-launch").date: annotation says 2023-12-05 but the quote's mention "December 4, 2023" reads 2023-12-04; valid: date: "2023-12-04", precision: day`,
    );
  });

  it("fails when the quote is not in the document", () => {
    expect(
      failure((a) => (a.figures[0].quote = "The department imposed 300 sanctions.")),
    ).toContain(
      `${FILE_A} figures[0] (id "treasury-sanctions-since-eo").quote: not found in the document`,
    );
  });

  it("hints when a quote differs only in quote marks", () => {
    const docs = documents();
    docs[0].text = docs[0].text.replace("executive order", "“executive order”");
    const files = annotationFiles((a) => {
      a.figures[0].quote = a.figures[0].quote.replace("executive order", '"executive order"');
    });
    expect(() =>
      buildDataset(docs, files, config(), { extract: fakeExtract(MENTIONS).extract }),
    ).toThrow(/quote: not found in the document exactly, but it is with other quote marks/);
  });

  it("fails when a quote occurs twice without an occurrence, and accepts occurrence", () => {
    const sentence =
      "The department has imposed 200 sanctions since the executive order was issued.";
    const docs = documents();
    docs[0].text = `${TEXT_A} ${sentence}`;
    const run = (occurrence?: number) =>
      buildDataset(
        docs,
        annotationFiles((a) => Object.assign(a.figures[0], { occurrence })),
        config(),
        { extract: fakeExtract(MENTIONS).extract },
      );
    expect(() => run()).toThrow(
      `figures[0] (id "treasury-sanctions-since-eo").quote: found 2 times (at offsets 0, ${TEXT_A.length + 1}); add occurrence: 1 to 2, or quote more text`,
    );
    expect(() => run(3)).toThrow("occurrence 3 asked but the quote occurs 2 times");
    const second = run(2);
    expect(second.dataset.figures[0].source.start).toBe(TEXT_A.length + 1);
    expect(second.coverage.untriaged.map((u) => [u.text, u.start])).toEqual([
      ["200 sanctions", 27],
    ]);
  });

  it("fails when a quote holds several mentions and none is named", () => {
    const message = failure((a) => {
      a.figures[0].quote = TEXT_A.slice(0, TEXT_A.indexOf("2022."));
    });
    expect(message).toContain(
      `figures[0] (id "treasury-sanctions-since-eo").mention: the quote holds 2 number mentions; add mention: one of "200 sanctions", "More than 107,000 people"`,
    );
  });

  it("fails on a duplicate id and names both places", () => {
    expect(failure((_a, b) => (b.figures[0].id = "us-overdose-deaths-2022"))).toContain(
      `annotations/${DOC_B}.yaml figures[0] (id "us-overdose-deaths-2022").id: duplicate id, also used at ${FILE_A} figures[1] (id "us-overdose-deaths-2022")`,
    );
  });

  it("fails on an unknown table and lists the valid ones of the record's kind", () => {
    expect(failure((a) => (a.figures[0].tables = ["sanction"]))).toContain(
      `${FILE_A} figures[0] (id "treasury-sanctions-since-eo").tables[0]: no table "sanction" in seeds/dataset.yaml; valid for figures: sanctions, deaths`,
    );
    expect(failure((a) => (a.figures[0].tables = ["timeline"]))).toContain(
      `tables[0]: table "timeline" holds events, not figures; valid for figures: sanctions, deaths`,
    );
  });

  it("rejects a malformed annotation naming the file, record and field", () => {
    const message = failure((a) => {
      delete (a.figures[0] as { metric?: string }).metric;
      (a.figures[1] as { value: unknown }).value = "many";
      (a.events[0] as { kind: string }).kind = "party";
      (a.figures[1] as { unit: string }).unit = "Bananas";
    });
    expect(message).toContain(`${FILE_A} figures[0] (id "treasury-sanctions-since-eo").metric:`);
    expect(message).toMatch(
      /figures\[1\] \(id "us-overdose-deaths-2022"\)\.value: Invalid input: expected number, received string/,
    );
    expect(message).toMatch(
      /figures\[1\] \(id "us-overdose-deaths-2022"\)\.unit: expected a known unit/,
    );
    expect(message).toContain(`events[0] (id "strike-force-launch").kind:`);
  });

  it("fails when a document has no annotation", () => {
    const files = annotationFiles().slice(0, 1);
    expect(() =>
      buildDataset(documents(), files, config(), { extract: fakeExtract(MENTIONS).extract }),
    ).toThrow(`${DOC_B}.txt: no annotation; write seeds/annotations/${DOC_B}.yaml`);
  });

  it("fails when a fact key groups a figure and an event", () => {
    expect(failure((_a, b) => (b.events[0].fact = "us-overdose-deaths-annual"))).toContain(
      `events[0] (id "strike-force-announced").fact: "us-overdose-deaths-annual" is a figure fact`,
    );
  });

  it("keeps an undated event without a mention, and checks a named mention is unresolved", () => {
    const undated = buildDataset(
      documents(),
      annotationFiles((a) => {
        Object.assign(a.events[0], { date: null, precision: null, dateNote: "Unknown." });
      }),
      config(),
      { extract: fakeExtract(MENTIONS).extract },
    );
    expect(undated.dataset.events[0].date).toBeNull();
    expect(undated.coverage.untriaged.map((u) => u.text)).toEqual(["December 4, 2023"]);
    expect(
      failure((a) => {
        Object.assign(a.events[0], {
          date: null,
          precision: null,
          dateNote: "Unknown.",
          mention: "December 4, 2023",
        });
      }),
    ).toContain(
      `.date: annotation says null but the quote's mention "December 4, 2023" reads 2023-12-04`,
    );
  });

  it("reports coverage: every mention used or dismissed", () => {
    const { coverage } = build();
    expect(coverage.untriaged).toEqual([]);
    expect(coverage.problems).toEqual([]);
    expect(coverage.documents).toEqual([
      { doc: DOC_A, mentions: 4, used: 3, dismissed: 1, untriaged: 0 },
      { doc: DOC_B, mentions: 4, used: 2, dismissed: 2, untriaged: 0 },
    ]);
  });
});
