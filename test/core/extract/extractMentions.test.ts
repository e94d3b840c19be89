import { extractMentions } from "../../../src/core/extract/extractMentions";
import type { Mention } from "../../../src/core/extract/mention";
import { PolicyError } from "../../../src/core/errors";
import { seedText, SEED_DATES } from "./seedText";

const texts = (ms: Mention[]) => ms.map((m) => m.text);

/** The only mention with this text, or a failure naming what was found. */
function only(ms: Mention[], text: string): Mention {
  const hits = ms.filter((m) => m.text === text);
  if (hits.length !== 1) {
    throw new Error(
      `expected one mention "${text}", got ${hits.length} among ${JSON.stringify(texts(ms))}`,
    );
  }
  return hits[0];
}

const num = (value: number, unit: string, qualifier = "exact") => ({
  kind: "number",
  value,
  unit,
  qualifier,
  date: null,
  precision: null,
});
const day = (date: string | null, precision: string | null, relative?: boolean) => ({
  kind: "date",
  value: null,
  unit: null,
  qualifier: null,
  date,
  precision,
  ...(relative ? { relative } : {}),
});

describe("extractMentions on the testimony (003)", () => {
  const text = seedText("003");
  const ms = extractMentions(text, { documentDate: SEED_DATES["003"] });

  it.each([
    ["over 43,000 pounds", num(43000, "pounds", "more_than")],
    ["more than 3,600 pill presses", num(3600, "pill_presses", "more_than")],
    ["over 5,600 arrests", num(5600, "arrests", "more_than")],
    ["more than 1,570,127 kilograms", num(1570127, "kilograms", "more_than")],
    ["123 new large-scale scanners", num(123, "scanners")],
    ["two percent", num(2, "percent")],
    ["40 percent", num(40, "percent")],
    ["17 percent", num(17, "percent")],
    ["70 percent", num(70, "percent")],
    ["16 Forward Operating Laboratories", num(16, "laboratories")],
    ["nine Sinaloa Cartel members", num(9, "members")],
    ["13 more members", num(13, "members")],
    ["four Sonora, Mexico-based firms", num(4, "firms")],
    ["more than 65 mainland China- or Hong Kong-based persons", num(65, "persons", "more_than")],
    ["three PRC-based companies", num(3, "companies")],
    ["eight more PRC chemical companies", num(8, "companies")],
    ["12 of their executives", num(12, "executives")],
    ["over 80 partner countries", num(80, "countries", "more_than")],
    ["145 drug-related incidents", num(145, "incidents")],
    ["more than 50 precursors", num(50, "precursors", "more_than")],
    ["100%", num(100, "percent")],
    ["a majority", num(50, "percent", "more_than")],
    ["more than 100,000 annual drug overdose deaths", num(100000, "deaths", "more_than")],
    ["tens of thousands of Americans", num(10000, "persons", "more_than")],
    ["Title VIII", num(8, "count")],
    ["p.36", num(36, "count")],
    ["18", num(18, "years")],
    ["45", num(45, "years")],
    ["115", num(115, "count")],
    ["271", num(271, "count")],
  ])("reads %s", (phrase, expected) => {
    expect(only(ms, phrase)).toMatchObject(expected);
  });

  it("reads the escaped dollar amount from the dollar sign, leaving the backslash out", () => {
    const m = only(ms, "$16 million");
    expect(m).toMatchObject(num(16_000_000, "USD"));
    expect(text[m.start - 1]).toBe("\\");
  });

  it.each([
    ["March 20, 2024", day("2024-03-20", "day")],
    ["September 23, 2023", day("2023-09-23", "day")],
    ["January 2023", day("2023-01", "month")],
    ["May 2008", day("2008-05", "month")],
    ["2024", day("2024", "year")],
    ["FY21", day("2021", "year")],
    ["Almost exactly one year ago", day("2023-03", "month", true)],
    ["today", day("2024-03-20", "day", true)],
    ["November 16", day("2023-11-16", "day", true)],
    ["The day after", day(null, null, true)],
    ["the past year", day(null, null, true)],
  ])("dates %s", (phrase, expected) => {
    const hits = ms.filter((m) => m.text === phrase);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]).toMatchObject(expected);
  });

  it("reports FY 2023 twice, with the fiscal year's calendar span", () => {
    const fy = ms.filter((m) => m.text === "FY 2023");
    expect(fy).toHaveLength(2);
    expect(fy[0]).toMatchObject({ date: "2023", precision: "year" });
    expect(fy[0].period).toEqual({ start: "2022-10-01", end: "2023-09-30" });
  });

  it("finds nothing inside a link", () => {
    const links = [...text.matchAll(/<https?:\/\/[^>\s]*>|https?:\/\/\S+/g)].map((l) => ({
      start: l.index,
      end: l.index + l[0].length,
    }));
    expect(links.length).toBeGreaterThan(20);
    const inside = ms.filter((m) => links.some((l) => m.start < l.end && l.start < m.end));
    expect(inside).toEqual([]);
  });

  it("never reads a footnote marker as a number", () => {
    expect(ms.filter((m) => /[¹²³⁴⁵⁶⁷⁸⁹⁰]/.test(m.text))).toEqual([]);
    const seven = text.indexOf("(OFAC).⁷") + "(OFAC).".length;
    expect(ms.some((m) => m.start <= seven && seven < m.end)).toBe(false);
  });

  it("does not report the numbers of a date again", () => {
    const date = only(ms, "September 23, 2023");
    expect(ms.filter((m) => m.start < date.end && date.start < m.end)).toHaveLength(1);
    expect(
      ms.some(
        (m) =>
          m.kind === "number" && m.value === 23 && m.start > date.start - 5 && m.start < date.end,
      ),
    ).toBe(false);
  });

  it("skips the numbers of a numbered list", () => {
    expect(ms.some((m) => /^[1-5]$/.test(m.text))).toBe(false);
  });
});

describe("extractMentions on the Treasury story (000)", () => {
  const ms = extractMentions(seedText("000"), { documentDate: SEED_DATES["000"] });

  it("reads the date line, and Monday as that Monday", () => {
    expect(ms[0]).toMatchObject({ text: "2023-12-04", ...day("2023-12-04", "day") });
    const mondays = ms.filter((m) => m.text === "Monday");
    expect(mondays).toHaveLength(2);
    for (const m of mondays) expect(m).toMatchObject(day("2023-12-04", "day", true));
    expect(mondays[0].note).toMatch(/most recent Monday on or before it/);
  });

  it.each([
    ["Two years ago", day("2021", "year", true)],
    ["last week", day("2023-W48", "week", true)],
    ["this week", day("2023-W49", "week", true)],
    ["one day before", day(null, null, true)],
    ["2020", day("2020", "year")],
  ])("dates %s", (phrase, expected) => {
    expect(only(ms, phrase)).toMatchObject(expected);
  });

  it("explains why an event-anchored phrase has no date", () => {
    expect(only(ms, "one day before").note).toMatch(/counts from another event/);
  });

  it.each([
    ["almost five times", num(5, "times", "nearly")],
    ["50 times", num(50, "times")],
    ["2 milligrams", num(2, "milligrams")],
    ["more than 107,000 people", num(107000, "persons", "more_than")],
    ["68%", num(68, "percent")],
    ["200 sanctions", num(200, "sanctions")],
    ["The majority", num(50, "percent", "more_than")],
    ["three-day", num(3, "count")],
  ])("reads %s", (phrase, expected) => {
    expect(only(ms, phrase)).toMatchObject(expected);
  });

  it("does not read the pronoun 'one' as a number", () => {
    expect(ms.some((m) => /^one$/i.test(m.text))).toBe(false);
  });
});

describe("extractMentions on the AP story (002)", () => {
  const ms = extractMentions(seedText("002"), { documentDate: SEED_DATES["002"] });

  it.each([
    ["Thursday, Oct. 26, 2023", day("2023-10-26", "day")],
    ["Thursday", day("2023-10-26", "day", true)],
    ["June", day("2023-06", "month", true)],
    ["September", day("2023-09", "month", true)],
    ["Earlier this month", day("2023-10", "month", true)],
    ["2015", day("2015", "year")],
    ["2023, October 26", day("2023-10-26", "day")],
    ["12 May 2024", day("2024-05-12", "day")],
  ])("dates %s", (phrase, expected) => {
    expect(only(ms, phrase)).toMatchObject(expected);
  });

  it.each([
    ["more than sevenfold", num(7, "times", "more_than")],
    ["about two-thirds", num(66.67, "percent", "about")],
    ["Nearly half", num(50, "percent", "nearly")],
    ["14 dye and pill sets", num(14, "sets")],
    ["eight Chinese companies", num(8, "companies")],
    ["More than 100,000 deaths", num(100000, "deaths", "more_than")],
    ["175 pounds", num(175, "pounds")],
  ])("reads %s", (phrase, expected) => {
    expect(only(ms, phrase)).toMatchObject(expected);
  });
});

describe("extractMentions on the undated stories (001, 004)", () => {
  it("finds the three mentions of 001", () => {
    expect(texts(extractMentions(seedText("001")))).toEqual(["almost half", "2016", "175 pounds"]);
  });

  it("keeps a relative date without a document date, unresolved", () => {
    const ms = extractMentions(seedText("004"));
    expect(only(ms, "Thursday")).toMatchObject(day(null, null, true));
    expect(only(ms, "Thursday").note).toMatch(/has no date/);
  });

  it("reads $10 billion once, as dollars", () => {
    const ms = extractMentions(seedText("004"));
    expect(only(ms, "$10 billion")).toMatchObject(num(10_000_000_000, "USD"));
    expect(ms.some((m) => m.text === "billion")).toBe(false);
    expect(only(ms, "About 70,000 overdose fatalities")).toMatchObject(
      num(70000, "deaths", "about"),
    );
    expect(only(ms, "thousands of deaths")).toMatchObject(num(1000, "deaths", "more_than"));
  });
});

describe("extractMentions on written phrases", () => {
  const read = (text: string, documentDate: string | null = null) =>
    extractMentions(text, { documentDate });

  it.each([
    ["Seizures rose between 2 and 4 percent.", ["2", "4 percent"], "percent"],
    ["from 17 to 70 percent of trucks", ["17", "70 percent"], "percent"],
    ["patients aged 18-45 died", ["18", "45"], "years"],
  ])("gives both ends of a range the unit: %s", (text, phrases, unit) => {
    const ms = read(text);
    expect(texts(ms)).toEqual(phrases);
    for (const m of ms) expect(m.unit).toBe(unit);
  });

  it.each([
    ["at least 12 people were held", "at least 12 people", num(12, "persons", "at_least")],
    ["up to 300 kilograms a month", "up to 300 kilograms", num(300, "kilograms", "up_to")],
    ["less than 5 percent of cargo", "less than 5 percent", num(5, "percent", "less_than")],
    ["fewer than 20 firms", "fewer than 20 firms", num(20, "firms", "less_than")],
    ["nearly 50 times as strong", "nearly 50 times", num(50, "times", "nearly")],
    ["roughly 1,200 pounds", "roughly 1,200 pounds", num(1200, "pounds", "about")],
    ["a 10-fold rise", "10-fold", num(10, "times")],
    ["a seven-fold rise", "seven-fold", num(7, "times")],
    ["a tenfold rise", "tenfold", num(10, "times")],
    ["50 or more arrests", "50 or more arrests", num(50, "arrests", "at_least")],
    ["twenty-five companies", "twenty-five companies", num(25, "companies")],
    ["two hundred thousand pounds", "two hundred thousand pounds", num(200000, "pounds")],
    ["one laboratory", "one laboratory", num(1, "laboratories")],
    ["$1.5 billion in aid", "$1.5 billion", num(1.5e9, "USD")],
    ["16 million dollars", "16 million dollars", num(16e6, "USD")],
    ["US$3 million", "US$3 million", num(3e6, "USD")],
    ["one-third of samples", "one-third", num(33.33, "percent")],
    ["it is twice as deadly", "twice", num(2, "times")],
    ["12 kg of powder", "12 kg", num(12, "kilograms")],
    ["dozens of arrests", "dozens of arrests", num(12, "arrests", "more_than")],
    ["a five-year sentence", "five-year", num(5, "years")],
  ])("reads %s", (text, phrase, expected) => {
    expect(only(read(text), phrase)).toMatchObject(expected);
  });

  it("does not read 'one of' or 'one aspect' as numbers", () => {
    expect(read("one of the officials said one aspect mattered")).toEqual([]);
  });

  it("reads fiscal years written out", () => {
    const [m] = read("in fiscal year 2022 and FY'24");
    expect(m).toMatchObject({ text: "fiscal year 2022", date: "2022", precision: "year" });
    expect(m.period).toEqual({ start: "2021-10-01", end: "2022-09-30" });
    expect(only(read("in fiscal year 2022 and FY'24"), "FY'24")).toMatchObject({ date: "2024" });
  });

  it("ignores digits in bare links and in angle-bracket links", () => {
    const ms = read(
      "See https://x.gov/2023/12/22/report-500.html and <https://y.org/115-271> for 12 arrests",
    );
    expect(texts(ms)).toEqual(["12 arrests"]);
  });

  it("ignores superscript footnote markers and markdown", () => {
    expect(texts(read("Realuyo¹ said **5 people**² were held.³"))).toEqual(["5 people"]);
  });

  it("does not take the verb 'May' for a month, but does after a preposition", () => {
    expect(read("May officials agree? They may.")).toEqual([]);
    expect(read("since May", "2024-03-20")[0]).toMatchObject(day("2023-05", "month", true));
  });

  it("does not read a count of pounds as a year", () => {
    expect(only(read("2000 pounds"), "2000 pounds")).toMatchObject(num(2000, "pounds"));
  });

  describe("relative dates against 2024-03-20 (a Wednesday)", () => {
    it.each([
      ["last year", day("2023", "year", true)],
      ["this year", day("2024", "year", true)],
      ["last month", day("2024-02", "month", true)],
      ["yesterday", day("2024-03-19", "day", true)],
      ["Thursday", day("2024-03-14", "day", true)],
      ["Wednesday", day("2024-03-20", "day", true)],
      ["last Wednesday", day("2024-03-13", "day", true)],
      ["next Monday", day("2024-03-25", "day", true)],
      ["three weeks ago", day("2024-02-28", "day", true)],
      ["two months ago", day("2024-01", "month", true)],
      ["exactly one year ago", day("2023-03-20", "day", true)],
      ["In December", null],
    ])("resolves %s", (phrase, expected) => {
      const ms = read(`It happened ${phrase}.`, "2024-03-20");
      if (expected) expect(only(ms, phrase)).toMatchObject(expected);
      else expect(only(ms, "December")).toMatchObject(day("2023-12", "month", true));
    });

    it("leaves them unresolved without a document date", () => {
      for (const phrase of ["last year", "yesterday", "Thursday", "December"]) {
        expect(only(read(`It happened ${phrase}.`), phrase)).toMatchObject(day(null, null, true));
      }
    });

    it("resolves what it can from a document date that has only a year", () => {
      const ms = read("last year and on Thursday", "2024");
      expect(only(ms, "last year")).toMatchObject(day("2023", "year", true));
      expect(only(ms, "Thursday")).toMatchObject(day(null, null, true));
      expect(only(ms, "Thursday").note).toMatch(/document date has no day/);
    });
  });

  it("rejects a malformed document date with a message naming it", () => {
    expect(() => read("x", "2023-13-01")).toThrow(PolicyError);
    expect(() => read("x", "2023-13-01")).toThrow(
      /Argument documentDate "2023-13-01" is not valid: expected a date "YYYY-MM-DD"/,
    );
    expect(() => read("x", "Dec 4")).toThrow(/documentDate "Dec 4"/);
  });
});
