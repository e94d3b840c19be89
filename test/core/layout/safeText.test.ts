import {
  excelInput,
  excelTextInput,
  fitText,
  isRiskyText,
  MAX_CELL_CHARS,
} from "../../../src/core/layout/safeText";

describe("safeText", () => {
  it.each([
    "=1+1",
    "+A1",
    "-x",
    "@SUM(A1)",
    "'quoted",
    "123",
    "1,000",
    "5%",
    "TRUE",
    "2023-12-04",
    " padded",
    "#N/A",
  ])("treats %j as text Excel would change", (text) => expect(isRiskyText(text)).toBe(true));
  it.each(["Treasury sanctions", "FY 2023", ""])("leaves %j alone", (text) =>
    expect(isRiskyText(text)).toBe(false),
  );

  it("quote-prefixes risky text for cells without the @ format", () => {
    expect(excelTextInput('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(excelTextInput("plain")).toBe("plain");
    expect(excelInput("-5", "General")).toBe("'-5");
  });

  it("writes text to @ cells as is, doubling only a leading apostrophe", () => {
    expect(excelInput("=1+1", "@")).toBe("=1+1");
    expect(excelInput("'x", "@")).toBe("''x");
    expect(excelInput(null, "@")).toBe("");
    expect(excelInput(5, "#,##0")).toBe(5);
  });

  it("cuts text to Excel's cell limit with an ellipsis", () => {
    const long = "a".repeat(MAX_CELL_CHARS + 10);
    expect(fitText(long)).toHaveLength(MAX_CELL_CHARS);
    expect(fitText(long).endsWith("…")).toBe(true);
    expect(fitText("short")).toBe("short");
  });
});
