import { citation } from "../../../src/core/lookup/citation";
import { shippedDataset } from "../../excel/shippedDataset";
import { fixtureDataset } from "../../fixtures/fixtureDataset";

describe("citation", () => {
  const [a, b] = fixtureDataset().sources;
  const byRealuyo = { ...b, author: "Celina B. Realuyo", url: null };

  it("joins author, quoted title, publisher, date and url on one line", () => {
    expect(citation({ ...b, author: "Jane Q. Doe" })).toBe(
      'Jane Q. Doe, "Testimony on fentanyl", Senate, 2024-03-20, https://example.org/testimony',
    );
  });

  it("leaves out a missing author or publisher instead of starting with a placeholder, and says when there is no date or URL", () => {
    const cited = citation({ ...a, author: null, publisher: null, published: null, url: null });
    expect(cited).toBe('"Treasury launches strike force", undated, No URL stated in the document');
    expect(cited).not.toMatch(/not stated,/);
  });

  it("writes APA 7: family name and initials, (year, month day), title, publisher, URL without a period", () => {
    expect(citation(byRealuyo, "apa")).toBe(
      "Realuyo, C. B. (2024, March 20). Testimony on fentanyl. Senate. No URL stated in the document.",
    );
    expect(citation({ ...b, author: "Julie Watson" }, "apa")).toBe(
      "Watson, J. (2024, March 20). Testimony on fentanyl. Senate. https://example.org/testimony",
    );
    expect(citation({ ...a, author: null, published: "2023-12", url: null }, "apa")).toMatch(
      /^Treasury launches strike force\. \(2023, December\)\./,
    );
    expect(citation({ ...a, published: null }, "apa")).toMatch(/\(n\.d\.\)/);
  });

  it('writes a Chicago bibliography entry: Family, Given. "Title." Publisher, Month day, year. URL.', () => {
    expect(citation(byRealuyo, "chicago")).toBe(
      'Realuyo, Celina B. "Testimony on fentanyl." Senate, March 20, 2024. No URL stated in the document.',
    );
    expect(citation({ ...a, published: null }, "chicago")).toMatch(/, n\.d\. /);
  });

  it("cites every shipped document with its author where it has one", () => {
    const d = shippedDataset();
    const testimony = d.sources.find((s) => s.kind === "testimony")!;
    const ap = d.sources.find((s) => s.author === "Julie Watson")!;
    expect(citation(testimony)).toMatch(/^Celina B\. Realuyo, "U\.S\. Efforts/);
    expect(citation(ap, "chicago")).toMatch(/^Watson, Julie\. "US government says/);
    for (const s of d.sources) {
      expect(citation(s)).not.toMatch(/^publisher not stated/i);
      if (!s.url) expect(s.urlNote).toBeTruthy();
    }
  });
});
