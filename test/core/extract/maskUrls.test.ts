import { findUrls, maskUrls } from "../../../src/core/extract/maskUrls";

describe("maskUrls", () => {
  const text =
    "See <https://x.gov/2023/12/22/a-500.html>, https://y.org/115-271 and www.z.com/7 now.";

  it("finds angle-bracket links, bare links up to whitespace, and www links", () => {
    expect(findUrls(text).map((s) => text.slice(s.start, s.end))).toEqual([
      "<https://x.gov/2023/12/22/a-500.html>",
      "https://y.org/115-271",
      "www.z.com/7",
    ]);
  });

  it("blanks links with NUL characters, keeping every offset", () => {
    const masked = maskUrls(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).not.toMatch(/\d/);
    expect(masked.startsWith("See \u0000")).toBe(true);
    expect(masked.endsWith(" now.")).toBe(true);
  });
});
