import { codeLabel, displayQuote } from "../../../src/core/dataset/displayText";
import { shippedDataset } from "../../excel/shippedDataset";

describe("codeLabel", () => {
  it("turns snake_case codes into words and keeps other text", () => {
    expect(codeLabel("more_than")).toBe("more than");
    expect(codeLabel("pill_presses")).toBe("pill presses");
    expect(codeLabel("press_release")).toBe("press release");
    expect(codeLabel("USD")).toBe("USD");
    expect(codeLabel("exact")).toBe("exact");
    expect(codeLabel("file_name.txt")).toBe("file_name.txt");
  });
});

describe("displayQuote", () => {
  it("drops the backslash Markdown conversion put before punctuation", () => {
    expect(displayQuote("seized more than 3,600 pill presses and \\$16 million in currency.")).toBe(
      "seized more than 3,600 pill presses and $16 million in currency.",
    );
    expect(displayQuote("a \\*starred\\* word")).toBe("a *starred* word");
  });

  it("keeps a Markdown link's text and drops its target", () => {
    expect(
      displayQuote(
        "The Centers for Disease Control [states that drug overdose deaths](#) have increased.",
      ),
    ).toBe("The Centers for Disease Control states that drug overdose deaths have increased.");
    expect(displayQuote("[see](https://example.com/a_b) here")).toBe("see here");
  });

  it("leaves plain text, brackets without a target and escaped brackets alone", () => {
    expect(displayQuote("In FY 2023 [sic] they said (twice).")).toBe(
      "In FY 2023 [sic] they said (twice).",
    );
    expect(displayQuote("\\[not a link](#)")).toBe("[not a link](#)");
  });

  it("leaves no conversion markup in any quote of the shipped dataset, and the exact quotes still match their documents", () => {
    const dataset = shippedDataset();
    const records = [...dataset.figures, ...dataset.events];
    const changed = records.filter((r) => displayQuote(r.source.quote) !== r.source.quote);
    expect(changed.length).toBeGreaterThanOrEqual(2);
    for (const r of records) {
      const shown = displayQuote(r.source.quote);
      expect(shown).not.toMatch(/\\[$*_[\]]|\]\([^)]*\)/);
      const doc = dataset.sources.find((s) => s.id === r.source.doc)!;
      expect(doc.text.slice(r.source.start, r.source.end)).toBe(r.source.quote);
    }
  });
});
