import { numbers } from "./phraseHelpers";

describe("abbreviated magnitudes", () => {
  it.each([
    ["enough to kill 250M people", "250M people", 250e6, "persons"],
    ["about 1.5B doses", "about 1.5B doses", 1.5e9, "doses"],
    ["20K pills", "20K pills", 20e3, "pills"],
  ])("reads %j before a count noun", (text, mention, value, unit) => {
    const [m] = numbers(text);
    expect(m[0]).toBe(mention);
    expect(m[1]).toBeCloseTo(value, 3);
    expect(m[2]).toBe(unit);
  });

  it("reads money as before", () => {
    expect(numbers("$10M in cash")).toEqual([["$10M", 10e6, "USD", "exact"]]);
  });

  it("does not read a glued m before a measure or nothing as millions", () => {
    expect(numbers("a 5m wall")).toEqual([["5", 5, "count", "exact"]]);
  });
});
