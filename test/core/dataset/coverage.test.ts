import {
  coverage,
  sentenceAround,
  type DocumentMentions,
} from "../../../src/core/dataset/coverage";
import type { Mention } from "../../../src/core/extract/mention";

const TEXT = "In 2022, 200 people died. In 2023, 300 people died.\nFootnote 2 cites a 2019 report.";

const FOOTNOTE = TEXT.indexOf("Footnote 2") + "Footnote ".length;

function mention(text: string, occurrence = 1, kind: Mention["kind"] = "number"): Mention {
  let start = -1;
  for (let i = 0; i < occurrence; i++) start = TEXT.indexOf(text, start + 1);
  return {
    kind,
    text,
    start,
    end: start + text.length,
    value: null,
    unit: null,
    qualifier: null,
    date: null,
    precision: null,
  };
}

function doc(overrides: Partial<DocumentMentions> = {}): DocumentMentions {
  const mentions = [
    mention("2022", 1, "date"),
    mention("200 people"),
    mention("2023", 1, "date"),
    mention("300 people"),
    { ...mention("2"), start: FOOTNOTE, end: FOOTNOTE + 1 },
    mention("2019", 1, "date"),
  ];
  const used = new Map([
    [`${mentions[1].start}:${mentions[1].end}`, "deaths-2022"],
    [`${mentions[3].start}:${mentions[3].end}`, "deaths-2023"],
  ]);
  return { doc: "000_x", file: "a.yaml", text: TEXT, mentions, used, dismissed: [], ...overrides };
}

describe("coverage", () => {
  it("reports each untriaged mention with its offset and sentence", () => {
    const report = coverage([doc()]);
    expect(report.untriaged.map((u) => [u.text, u.start, u.sentence])).toEqual([
      ["2022", 3, "In 2022, 200 people died."],
      ["2023", 29, "In 2023, 300 people died."],
      ["2", 61, "Footnote 2 cites a 2019 report."],
      ["2019", 71, "Footnote 2 cites a 2019 report."],
    ]);
    expect(report.documents).toEqual([
      { doc: "000_x", mentions: 6, used: 2, dismissed: 0, untriaged: 4 },
    ]);
  });

  it("counts dismissed mentions as triaged", () => {
    const report = coverage([
      doc({
        dismissed: [
          { mention: "2022", reason: "Period of deaths-2022." },
          { mention: "2023", occurrence: 1, reason: "Period of deaths-2023." },
          { mention: "2", reason: "Footnote number." },
          { mention: "2019", all: true, reason: "Year of a cited report." },
        ],
      }),
    ]);
    expect(report.untriaged).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(report.documents[0]).toMatchObject({ used: 2, dismissed: 4, untriaged: 0 });
  });

  it("reports a dismissal that matches no mention as stale", () => {
    const report = coverage([doc({ dismissed: [{ mention: "1999", reason: "Old year." }] })]);
    expect(report.problems).toEqual([
      'a.yaml dismissed[0] (mention "1999"): stale, the extractor finds no mention with this text in 000_x; remove it',
    ]);
  });

  it("reports an occurrence past the last match as stale", () => {
    const report = coverage([
      doc({ dismissed: [{ mention: "2019", occurrence: 2, reason: "Year of a report." }] }),
    ]);
    expect(report.problems).toEqual([
      'a.yaml dismissed[0] (mention "2019").occurrence: stale, 2 asked but the text occurs as 1 mention',
    ]);
  });

  it("refuses to dismiss a mention a record uses", () => {
    const report = coverage([
      doc({ dismissed: [{ mention: "200 people", reason: "Not needed." }] }),
    ]);
    expect(report.problems).toEqual([
      'a.yaml dismissed[0] (mention "200 people"): occurrence 1 (offset 9) is the value or date of "deaths-2022"; dismiss another occurrence or remove this',
    ]);
  });

  it("asks for an occurrence when the text matches several mentions", () => {
    const twice = doc();
    twice.mentions.push({ ...twice.mentions[5], start: 0, end: 4 });
    const report = coverage([{ ...twice, dismissed: [{ mention: "2019", reason: "A year." }] }]);
    expect(report.problems[0]).toContain("add occurrence: 1 to 2, or all: true");
  });

  it("takes a dismissal written without the noun now read with its number for the mention no record uses", () => {
    // "300 people" is used; "200 people" is not, once deaths-2022 is gone.
    const report = coverage([
      doc({
        used: new Map([[`${TEXT.indexOf("300 people")}:${TEXT.indexOf("300 people") + 10}`, "r"]]),
        dismissed: [
          { mention: "2022", reason: "Period." },
          { mention: "2023", reason: "Period." },
          { mention: "2", reason: "Footnote number." },
          { mention: "2019", reason: "Year of a cited report." },
          { mention: "200", reason: "Written before the extractor read the noun." },
        ],
      }),
    ]);
    expect(report.problems).toEqual([]);
    expect(report.untriaged).toEqual([]);
  });

  it("reports all: true as stale when every match is used", () => {
    const report = coverage([
      doc({ dismissed: [{ mention: "300 people", all: true, reason: "Not needed." }] }),
    ]);
    expect(report.problems[0]).toContain("stale, every mention with this text is used by a record");
  });
});

describe("sentenceAround", () => {
  it("cuts at sentence ends and line breaks", () => {
    expect(sentenceAround("One. Two 3 four. Five", 9, 10)).toBe("Two 3 four.");
  });
  it("shortens a long sentence around the mention", () => {
    const long = "a ".repeat(200) + "42" + " b".repeat(200);
    const s = sentenceAround(long, 400, 402, 20);
    expect(s.startsWith("…")).toBe(true);
    expect(s.endsWith("…")).toBe(true);
    expect(s).toContain("42");
  });
});
