import { extractMentions } from "../../../src/core/extract/extractMentions";

const date = (text: string, phrase: string, documentDate = "2024-03-20") => {
  const m = extractMentions(text, { documentDate }).find((x) => x.text === phrase);
  if (!m) throw new Error(`no mention "${phrase}"`);
  return m;
};

describe("relative dates anchored to the nearest stated date", () => {
  it("resolves a weekday inside a quoted statement from the statement's own date", () => {
    const text = "The DEA posted on February 2, 2024: “On Tuesday, agents seized 10,000 pills.”";
    const m = date(text, "Tuesday");
    expect([m.date, m.precision]).toEqual(["2024-01-30", "day"]);
    expect(m.note).toMatch(
      /resolved from "February 2, 2024" \(2024-02-02\), the date of the quoted statement or post/,
    );
  });

  it("resolves a weekday in an embedded post (a handle and a date) from the post's date", () => {
    const text =
      "Officials spoke today.\n\nOn Monday we dismantled a lab. — DEA (@DEAHQ) January 12, 2024\n\nMore later.";
    expect(date(text, "Monday").date).toBe("2024-01-08");
  });

  it("keeps resolving a weekday in the story's own text from the document date", () => {
    const text = "On February 2, 2024, agents met. On Tuesday, officials said more.";
    expect(date(text, "Tuesday").date).toBe("2024-03-19");
  });

  it("counts 'one year earlier' from a month named in the sentence before, at month precision", () => {
    const text = "In March 2023, the DEA seized pills. One year earlier, it seized powder.";
    const m = date(text, "One year earlier");
    expect([m.date, m.precision]).toEqual(["2022-03", "month"]);
    expect(m.note).toContain('counted from "March 2023"');
  });

  it("counts days and weeks from a full date", () => {
    const text = "On May 3, 2023, X. Two weeks later, Y.";
    expect([date(text, "Two weeks later").date, date(text, "Two weeks later").precision]).toEqual([
      "2023-05-17",
      "day",
    ]);
  });

  it("reads 'a few days earlier' as approximate, with its range", () => {
    const text =
      "On February 10, 2024, agents arrested him. A few days earlier, they seized 5 kilograms.";
    const m = date(text, "A few days earlier");
    expect([m.date, m.precision, m.period]).toEqual([
      "2024-02",
      "month",
      { start: "2024-02-03", end: "2024-02-08" },
    ]);
    expect(m.note).toMatch(/is approximate: two to seven days before 2024-02-10/);
  });

  it("leaves a count from an event, or from too coarse a date, unresolved", () => {
    expect(date("One day before Yellen travels, it announced.", "One day before").date).toBeNull();
    expect(date("In 2023, X. Six months earlier, Y.", "Six months earlier").date).toBeNull();
    expect(date("A few days earlier, they met.", "A few days earlier").date).toBeNull();
  });

  it("gives 'this week' its ISO week at week precision, and the week as a period", () => {
    const m = date("Officials met this week.", "this week");
    expect([m.date, m.precision, m.period]).toEqual([
      "2024-W12",
      "week",
      { start: "2024-03-18", end: "2024-03-24" },
    ]);
    expect(date("Officials met last week.", "last week", "2023-12-04").period).toEqual({
      start: "2023-11-27",
      end: "2023-12-03",
    });
  });
});
