import { numbers } from "./phraseHelpers";

describe("abbreviated magnitudes", () => {
  it.each([
    ["enough to kill 250M people", "250M people", 250e6, "persons"],
    ["about 1.5B doses", "about 1.5B doses", 1.5e9, "doses"],
    ["20K pills", "20K pills", 20e3, "pills"],
    ["2.5M doses of naloxone", "2.5M doses", 2.5e6, "doses"],
  ])("reads %j before a count noun", (text, mention, value, unit) => {
    const [m] = numbers(text);
    expect(m[0]).toBe(mention);
    expect(m[1]).toBeCloseTo(value, 3);
    expect(m[2]).toBe(unit);
  });

  it.each([
    ["Agents seized 3.2K pounds.", "3.2K pounds", 3200, "pounds"],
    ["officers seized 1.15k kilograms", "1.15k kilograms", 1150, "kilograms"],
    ["a 2.5M pound haul", "2.5M pound", 2.5e6, "pounds"],
    ["nearly 12K lbs of meth", "nearly 12K lbs", 12000, "pounds"],
  ])("reads %j before a measure noun, whose unit it keeps", (text, mention, value, unit) => {
    const [m] = numbers(text);
    expect(m).toEqual([mention, value, unit, m[3]]);
  });

  it.each([
    ["The post drew 1.5K replies.", "1.5K", 1500],
    ["over 12k in a week", "over 12k", 12000],
    ["a 40K jump", "40K", 40000],
  ])("reads a glued K as thousands with or without a noun: %j", (text, start, value) => {
    const [m] = numbers(text);
    expect(String(m[0]).startsWith(start)).toBe(true);
    expect(m[1]).toBe(value);
  });

  it("reads money as before", () => {
    expect(numbers("$10M in cash")).toEqual([["$10M", 10e6, "USD", "exact"]]);
    expect(numbers("$1.2B in assets")).toEqual([["$1.2B", 1.2e9, "USD", "exact"]]);
  });

  it("does not read a glued m before nothing as millions (it may be metres)", () => {
    expect(numbers("a 5m wall")).toEqual([["5", 5, "count", "exact"]]);
  });

  it.each([
    ["the K-9 unit alerted to the trailer", []],
    ["a K9 unit alerted", []],
    ["its annual report on Form 10-K, filed in March", []],
    ["pills stamped M-30 pills", []],
    ["blue M-30 pills", []],
    ["an AR-15 rifle was found", []],
    ["an 8-K filing", []],
    ["deaths from COVID-19 patients", []],
  ])("reads no magnitude or count in an imprint, a model or a form name: %j", (text, expected) => {
    expect(numbers(text)).toEqual(expected);
  });
});
