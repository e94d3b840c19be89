import { buildDataset } from "../../../src/core/dataset/buildDataset";
import { statedValue } from "../../../src/core/dataset/statedValue";
import { PolicyError } from "../../../src/core/errors";
import { annotationFiles, config, DOC_A, documents, MENTIONS } from "../../fixtures/buildFixture";
import { fakeExtract, type MentionSpec } from "../../fixtures/fakeExtract";

const FILE_A = `annotations/${DOC_A}.yaml`;
type Edit = Parameters<typeof annotationFiles>[0];

const build = (edit?: Edit, mentions: MentionSpec[] = MENTIONS, docs = documents()) =>
  buildDataset(docs, annotationFiles(edit), config(), { extract: fakeExtract(mentions).extract });

function failure(edit?: Edit, mentions?: MentionSpec[], docs = documents()): string {
  try {
    build(edit, mentions, docs);
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyError);
    return (e as PolicyError).message;
  }
  throw new Error("the build did not fail");
}

/** The extractor misreads "More than 107,000 people" as 107 percent. */
const MISREAD = MENTIONS.map((m) =>
  m.text === "More than 107,000 people" ? { ...m, value: 107, unit: "percent" } : m,
);

describe("annotation overrides", () => {
  it("fails on a misread value and says how to override it", () => {
    expect(failure(undefined, MISREAD)).toContain(
      `${FILE_A} figures[1] (id "us-overdose-deaths-2022").value: annotation says 107000 but the quote's mention "More than 107,000 people" reads 107. If the extractor misreads the text, keep the annotation and add overrides: { value: <why> }`,
    );
  });

  it("keeps the annotated value and unit with a reason, and reports each override", () => {
    const { dataset, coverage } = build((a) => {
      Object.assign(a.figures[1], {
        overrides: {
          value: "The text says 107,000 people; the extractor reads the thousands as a percent.",
          unit: "The text counts people who died, not a percent.",
        },
      });
    }, MISREAD);
    const figure = dataset.figures.find((f) => f.id === "us-overdose-deaths-2022")!;
    expect(figure).toMatchObject({ value: 107000, unit: "deaths" });
    expect(coverage.overrides).toEqual([
      expect.objectContaining({ record: "treasury-sanctions-since-eo", field: "period" }),
      {
        doc: DOC_A,
        record: "us-overdose-deaths-2022",
        field: "value",
        extracted: "107",
        annotated: "107000",
        reason: "The text says 107,000 people; the extractor reads the thousands as a percent.",
      },
      {
        doc: DOC_A,
        record: "us-overdose-deaths-2022",
        field: "unit",
        extracted: "percent",
        annotated: "deaths",
        reason: "The text counts people who died, not a percent.",
      },
    ]);
  });

  it("flags an override as stale once the extractor reads the same", () => {
    expect(
      failure((a) => {
        Object.assign(a.figures[1], { overrides: { value: "The extractor used to misread it." } });
      }),
    ).toContain(
      `figures[1] (id "us-overdose-deaths-2022").overrides.value: stale: the extractor now reads 107000 as annotated; remove the override`,
    );
  });

  it("requires a reason of a sentence, not a word", () => {
    expect(
      failure((a) => Object.assign(a.figures[1], { overrides: { value: "wrong" } })),
    ).toContain(`overrides.value: an override needs a reason of at least 10 characters`);
  });

  it("overrides an event date the extractor misreads, and keeps the annotated date", () => {
    const misread = MENTIONS.map((m) =>
      m.text === "December 4, 2023" ? { ...m, date: "2023-04-12" } : m,
    );
    const { dataset, coverage } = build((a) => {
      Object.assign(a.events[0], {
        overrides: { date: "The extractor reads the day and month the other way round." },
      });
    }, misread);
    expect(dataset.events[0].date).toBe("2023-12-04");
    expect(coverage.overrides).toContainEqual(
      expect.objectContaining({ field: "date", extracted: "2023-04-12", annotated: "2023-12-04" }),
    );
  });
});

describe("period checks", () => {
  it("fails when a period bound is not a date the quote states, naming the valid ones", () => {
    expect(
      failure((a) => (a.figures[1].period = { text: "in 2022", start: "2021", end: "2021" })),
    ).toContain(
      `figures[1] (id "us-overdose-deaths-2022").period: period "in 2022" is the mention "2022" (2022..2022); valid: start: "2022", end: "2022"`,
    );
    expect(
      failure((a) => (a.figures[1].period = { text: null, start: "2021", end: null })),
    ).toContain(
      `.period: period start "2021" is not a date the quote states (the quote's dates "2022" (2022..2022), or the document date 2023-12-04); valid: "2022", "2023-12-04"`,
    );
  });

  it("refuses a null period when the quote states one, and keeps it with an override", () => {
    const nullPeriod = (a: Parameters<NonNullable<Edit>>[0]) =>
      (a.figures[1].period = { text: null, start: null, end: null });
    expect(failure(nullPeriod)).toContain(
      `figures[1] (id "us-overdose-deaths-2022").period: period is null but the quote states a period; valid: { text: "2022", start: "2022", end: "2022" }. If the extractor misreads the text, keep the annotation and add overrides: { period: <why> }`,
    );
    const { coverage } = build((a) => {
      nullPeriod(a);
      Object.assign(a.figures[1], {
        overrides: { period: "The year counts deaths reported, not the period they cover." },
      });
    });
    expect(coverage.overrides).toContainEqual(
      expect.objectContaining({ record: "us-overdose-deaths-2022", field: "period" }),
    );
  });

  it("flags a period override as stale when the quote states the period", () => {
    expect(
      failure((a) =>
        Object.assign(a.figures[1], { overrides: { period: "Stated in another sentence." } }),
      ),
    ).toContain(`figures[1] (id "us-overdose-deaths-2022").overrides.period: stale`);
  });

  it("accepts a span that runs to the document date", () => {
    expect(() =>
      build(
        (a) => (a.figures[1].period = { text: "since 2022", start: "2022", end: "2023-12-04" }),
      ),
    ).not.toThrow();
  });
});

describe("sameAs", () => {
  it("links a new document's figure to an existing fact without editing the other annotation", () => {
    const { dataset } = build((a, b) => {
      a.figures[1].fact = null as unknown as string;
      b.figures[0].fact = null as unknown as string;
      Object.assign(b.figures[0], { sameAs: "us-overdose-deaths-2022" });
    });
    const facts = dataset.figures.map((f) => [f.id, f.fact]);
    expect(facts).toContainEqual(["us-overdose-deaths-2022", "us-overdose-deaths-2022"]);
    expect(facts).toContainEqual(["us-overdose-deaths-per-year", "us-overdose-deaths-2022"]);
    expect(dataset.conflicts.map((c) => c.fact)).toContain("us-overdose-deaths-2022");
  });

  it("joins the target's fact key when it has one", () => {
    const { dataset } = build((_a, b) => {
      b.figures[0].fact = null as unknown as string;
      Object.assign(b.figures[0], { sameAs: "us-overdose-deaths-2022" });
    });
    expect(dataset.figures.find((f) => f.id === "us-overdose-deaths-per-year")!.fact).toBe(
      "us-overdose-deaths-annual",
    );
  });

  it("fails on an unknown target, a target of the other kind, or a contradicting fact", () => {
    expect(
      failure((_a, b) => Object.assign(b.figures[0], { sameAs: "us-overdose-deaths" })),
    ).toContain(
      `figures[0] (id "us-overdose-deaths-per-year").sameAs: no figure has id "us-overdose-deaths"; did you mean us-overdose-deaths-2022?`,
    );
    expect(
      failure((_a, b) => Object.assign(b.figures[0], { sameAs: "strike-force-launch" })),
    ).toContain(`.sameAs: "strike-force-launch" is an event; a figure can only restate a figure`);
    expect(
      failure((_a, b) => {
        b.figures[0].fact = "other-fact";
        Object.assign(b.figures[0], { sameAs: "us-overdose-deaths-2022" });
      }),
    ).toContain(
      `.fact: "other-fact" differs from the fact "us-overdose-deaths-annual" of "us-overdose-deaths-2022" named in sameAs`,
    );
  });
});

describe("open units", () => {
  /** Document A says "23 firearms" where it said "200 sanctions"; the extractor names the noun. */
  const firearms = (unit: string) => {
    const docs = documents();
    docs[0].text = docs[0].text.replace("200 sanctions", "23 firearms");
    const mentions = MENTIONS.map((m) =>
      m.text === "200 sanctions" ? { ...m, text: "23 firearms", value: 23, unit: "firearms" } : m,
    );
    const quote = "The department has imposed 23 firearms since the executive order was issued.";
    const edit: Edit = (a) => Object.assign(a.figures[0], { quote, value: 23, unit });
    return { edit, mentions, docs };
  };

  it("builds a noun unit the extractor read without any registry entry, and says it as written", () => {
    const { edit, mentions, docs } = firearms("firearms");
    const { dataset } = build(edit, mentions, docs);
    expect(dataset.figures[0]).toMatchObject({ value: 23, unit: "firearms" });
    expect(statedValue(dataset.figures[0])).toBe("23 firearms");
    expect(statedValue({ ...dataset.figures[0], value: 1 })).toBe("1 firearm");
  });

  it("accepts an annotation that keeps such a noun as a bare count, but never as a measure", () => {
    const counted = firearms("count");
    expect(build(counted.edit, counted.mentions, counted.docs).dataset.figures[0].unit).toBe(
      "count",
    );
    const weighed = firearms("pounds");
    expect(failure(weighed.edit, weighed.mentions, weighed.docs)).toContain(
      `.unit: annotation says pounds but the quote's mention "23 firearms" reads firearms`,
    );
  });

  it("takes a mention named without the noun the extractor now reads with it", () => {
    const { edit, mentions, docs } = firearms("firearms");
    const { dataset } = build(
      (a) => {
        edit(a, undefined as never);
        Object.assign(a.figures[0], { mention: "23" });
      },
      mentions,
      docs,
    );
    expect(dataset.figures[0].value).toBe(23);
  });

  it("accepts a count noun the registry does not know when the quote uses it", () => {
    const docs = documents();
    docs[0].text = docs[0].text.replace("200 sanctions", "200 vessel sanctions");
    const mentions = MENTIONS.map((m) =>
      m.text === "200 sanctions" ? { ...m, text: "200 vessel sanctions", unit: "count" } : m,
    );
    const quote =
      "The department has imposed 200 vessel sanctions since the executive order was issued.";
    const { dataset } = build(
      (a) => Object.assign(a.figures[0], { quote, unit: "vessel_sanctions" }),
      mentions,
      docs,
    );
    expect(dataset.figures[0].unit).toBe("vessel_sanctions");
    expect(
      failure(
        (a) => Object.assign(a.figures[0], { quote, unit: "vessels_sanctioned" }),
        mentions,
        docs,
      ),
    ).toContain(
      `figures[0] (id "treasury-sanctions-since-eo").unit: "vessels_sanctioned" is not a known unit and the quote does not use it as a noun`,
    );
  });
});

describe("source blocks", () => {
  it("accepts the new kinds, a copy's retrievedFrom and an absent title with its reason", () => {
    const { dataset } = build((a) => {
      Object.assign(a.source, {
        kind: "social_post",
        title: null,
        titleNote: "A post on X has no title.",
        retrievedFrom: "https://web.archive.org/web/2023/https://x.com/example/status/1",
      });
    });
    expect(dataset.sources[0]).toMatchObject({
      kind: "social_post",
      title: null,
      titleNote: "A post on X has no title.",
      retrievedFrom: "https://web.archive.org/web/2023/https://x.com/example/status/1",
    });
    for (const kind of ["fact_sheet", "report", "statement"])
      expect(() => build((a) => Object.assign(a.source, { kind }))).not.toThrow();
  });

  it("fails on an absent title without a reason, and on an unknown kind naming the valid ones", () => {
    expect(failure((a) => Object.assign(a.source, { title: null }))).toContain(
      `${FILE_A} source.titleNote: a null title needs a titleNote saying why`,
    );
    expect(failure((a) => Object.assign(a.source, { kind: "blog" }))).toMatch(
      /source\.kind: .*"press_release".*"social_post"/,
    );
  });
});
