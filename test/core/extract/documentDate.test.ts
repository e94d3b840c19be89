import { PolicyError } from "../../../src/core/errors";
import { parseDocumentDate } from "../../../src/core/extract/documentDate";

describe("parseDocumentDate", () => {
  it("reads full and partial ISO dates", () => {
    expect(parseDocumentDate("2023-12-04")).toEqual({
      iso: "2023-12-04",
      year: 2023,
      month: 12,
      day: 4,
    });
    expect(parseDocumentDate("2023-12")).toEqual({
      iso: "2023-12",
      year: 2023,
      month: 12,
      day: null,
    });
    expect(parseDocumentDate("2023")).toEqual({ iso: "2023", year: 2023, month: null, day: null });
  });

  it("treats null and undefined as no date", () => {
    expect(parseDocumentDate(null)).toBeNull();
    expect(parseDocumentDate(undefined)).toBeNull();
  });

  it.each(["2024-02-30", "2023-13", "12/04/2023", "", "2023-1-5"])(
    "rejects %j with a bad_argument error naming it",
    (value) => {
      let error: unknown;
      try {
        parseDocumentDate(value);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(PolicyError);
      expect((error as PolicyError).code).toBe("bad_argument");
      expect((error as PolicyError).message).toMatch(
        /^Argument documentDate .* is not valid: expected a date "YYYY-MM-DD"/,
      );
    },
  );

  it("accepts February 29 only in leap years", () => {
    expect(parseDocumentDate("2024-02-29")?.day).toBe(29);
    expect(() => parseDocumentDate("2023-02-29")).toThrow(/"2023-02-29" is not valid/);
  });
});
