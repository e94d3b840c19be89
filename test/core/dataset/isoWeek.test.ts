import { isIsoWeek, isoWeekDays, isoWeekOf } from "../../../src/core/dataset/isoWeek";
import { Event } from "../../../src/core/dataset/schema";

describe("ISO weeks", () => {
  it.each([
    ["2024-02-08", "2024-W06"],
    ["2024-02-05", "2024-W06"],
    ["2024-02-11", "2024-W06"],
    ["2024-12-30", "2025-W01"],
    ["2021-01-03", "2020-W53"],
    ["2023-11-27", "2023-W48"],
  ])("puts %s in %s", (day, week) => {
    expect(isoWeekOf(day)).toBe(week);
    const [monday, sunday] = isoWeekDays(week);
    expect(monday <= day && day <= sunday).toBe(true);
  });

  it("gives a week's Monday and Sunday, and refuses anything else", () => {
    expect(isoWeekDays("2024-W06")).toEqual(["2024-02-05", "2024-02-11"]);
    expect(isIsoWeek("2024-W06")).toBe(true);
    expect(isIsoWeek("2024-02")).toBe(false);
    expect(() => isoWeekDays("2024-02")).toThrow(/not an ISO week such as 2024-W06/);
  });
});

describe("events at week precision", () => {
  const event = (date: string, precision: string) =>
    Event.safeParse({
      id: "a-meeting",
      date,
      precision,
      relative: true,
      dateNote: '"this week" resolved from the document date',
      kind: "meeting",
      category: "cooperation",
      title: "A meeting",
      parties: [],
      place: null,
      fact: null,
      source: { doc: "000_27c8b5ee908a7d02", quote: "this week", start: 0, end: 9 },
    });

  it("accepts an ISO week with week precision", () => {
    expect(event("2024-W06", "week").success).toBe(true);
  });

  it("refuses a week that is not one, or a precision the date does not have", () => {
    expect(event("2024-W54", "week").error?.issues[0].message).toMatch(/YYYY-Www/);
    expect(event("2024-W06", "month").error?.issues[0].message).toBe(
      'date "2024-W06" has week precision, not month',
    );
    expect(event("2024-02-05", "week").error?.issues[0].message).toBe(
      'date "2024-02-05" has day precision, not week',
    );
  });
});
