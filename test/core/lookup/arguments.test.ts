import {
  MAX_TEXT,
  optionalCount,
  optionalText,
  requireText,
} from "../../../src/core/lookup/arguments";

describe("requireText", () => {
  it("returns trimmed text", () => {
    expect(requireText("id", "  abc ", "an id")).toBe("abc");
  });
  it.each([
    [undefined, "(empty)"],
    [null, "(empty)"],
    ["", "(empty)"],
    ["   ", '"   "'],
    [5, "(number 5)"],
    [NaN, "(number NaN)"],
    [true, "(boolean true)"],
    [[["a"]], "(a range or array)"],
    [{ code: "#N/A" }, "(an error value or object)"],
  ])("refuses %p, describing it and saying what is valid", (value, described) => {
    expect(() => requireText("id", value, "a figure id")).toThrow(
      `Argument id ${described} is not valid: expected a figure id.`,
    );
  });
  it("refuses text longer than MAX_TEXT", () => {
    expect(() => requireText("id", "x".repeat(MAX_TEXT + 1), "an id")).toThrow(/x{40}…"/);
  });
});

describe("optionalText", () => {
  it("gives undefined for omitted or blank arguments", () => {
    expect(optionalText("actor", undefined, "")).toBeUndefined();
    expect(optionalText("actor", null, "")).toBeUndefined();
    expect(optionalText("actor", " ", "")).toBeUndefined();
    expect(optionalText("actor", " OFAC ", "")).toBe("OFAC");
  });
  it("refuses other types", () => {
    expect(() => optionalText("actor", 3, "an actor")).toThrow(
      "Argument actor (number 3) is not valid: expected an actor.",
    );
  });
});

describe("optionalCount", () => {
  it("gives the fallback when omitted and the number when valid", () => {
    expect(optionalCount("max", null, 20, 1, 500)).toBe(20);
    expect(optionalCount("max", 7, 20, 1, 500)).toBe(7);
  });
  it.each([0, 501, 2.5, NaN, "7", true])("refuses %p with the valid range", (value) => {
    expect(() => optionalCount("max", value, 20, 1, 500)).toThrow(
      /Argument max .* is not valid: expected a whole number from 1 to 500\./,
    );
  });
});
