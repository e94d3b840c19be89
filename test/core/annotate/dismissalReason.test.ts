import { dismissalReason } from "../../../src/core/annotate/dismissalReason";
import { extractMentions } from "../../../src/core/extract/extractMentions";

/** The dismissal reason of each date mention of `text`, by its text. */
const reasons = (text: string) =>
  Object.fromEntries(
    extractMentions(text, { documentDate: "2023-10-01" })
      .filter((m) => m.kind === "date")
      .map((m) => [m.text, dismissalReason(text, m)]),
  );

describe("dismissalReason of a date bounding a span", () => {
  it("dismisses both ends of a span of conduct", () => {
    const found = reasons(
      "He was charged with smuggling cash from around June 2011 and continuing to at least March 4, 2019, prosecutors said.",
    );
    expect(found["June 2011"]).toMatch(/span/);
    expect(found["March 4, 2019"]).toMatch(/span/);
  });

  it("dismisses a date that a change runs from to now", () => {
    expect(reasons("Pills first came by mail in 2015, to now arriving by truck.")["2015"]).toMatch(
      /span/,
    );
  });

  it("keeps a date that moves something from one place to another", () => {
    const found = reasons("Police moved the suspect from Texas to Ohio on March 4, 2019.");
    expect(found["March 4, 2019"]).toBeNull();
  });
});
