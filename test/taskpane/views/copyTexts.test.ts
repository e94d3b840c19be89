import { findRecord } from "../../../src/core/lookup/findFigure";
import { copyTexts } from "../../../src/taskpane/views/copyTexts";
import { fixture } from "../renderView";

describe("copyTexts", () => {
  const { index, dataset } = fixture();
  const figure = findRecord(index, "dhs-currency-seized-fy2023");
  const source = index.sources.get(figure.record.source.doc);

  it("offers a figure's VALUE formula, its value with sentence and citation, and three styles", () => {
    const texts = copyTexts(figure, source);
    expect(texts.map((t) => [t.kind, t.text])).toEqual([
      ["formula", '=POLICY.VALUE("dhs-currency-seized-fy2023")'],
      [
        "value",
        'currency seized: $16,000,000 (FY 2023). “In FY 2023, DHS seized more than 3,600 pill presses and $16 million in currency.” Source: A. Witness, "Testimony on fentanyl", Senate, 2024-03-20, https://example.org/testimony',
      ],
      [
        "citation-apa",
        "Witness, A. (2024, March 20). Testimony on fentanyl. Senate. https://example.org/testimony",
      ],
      [
        "citation-chicago",
        'Witness, A. "Testimony on fentanyl." Senate, March 20, 2024. https://example.org/testimony.',
      ],
      [
        "citation-plain",
        'A. Witness, "Testimony on fentanyl", Senate, 2024-03-20, https://example.org/testimony',
      ],
    ]);
    expect(texts[0].what).toBe('the formula =POLICY.VALUE("dhs-currency-seized-fy2023")');
  });

  it("gives an event its DATE formula and its date and title", () => {
    const event = dataset.events[0];
    const texts = copyTexts({ type: "event", record: event }, source);
    expect(texts[0].text).toBe(`=POLICY.DATE("${event.id}")`);
    expect(texts[1].text).toMatch(new RegExp(`^[^:]+: ${event.title}\\. “`));
    expect(texts[1].what).toBe("the event with its citation");
  });

  it("names the document instead of inventing a citation when the source is missing", () => {
    const texts = copyTexts(figure, undefined);
    expect(texts[2].text).toBe(`document "${figure.record.source.doc}" (not in this dataset)`);
  });
});
