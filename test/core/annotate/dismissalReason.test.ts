import { dismissalReason } from "../../../src/core/annotate/dismissalReason";
import { draftAnnotation } from "../../../src/core/annotate/draftAnnotation";
import { knownRecords } from "../../../src/core/annotate/knownRecords";
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

const RELEASE = [
  "Coast Guard Offloads Cocaine in Port Everglades",
  "U.S. Coast Guard",
  "Release Date: April 11, 2024",
  "",
  "MIAMI — The Coast Guard Cutter Vigilant offloaded 9,400 pounds of cocaine on Tuesday as part of Operation Caribbean Shield 3.0, a patrol surge.",
  "",
  "In March 2024, the service reported 212 interdictions for the prior 12 months.",
].join("\n");

describe("dismissalReason: what a draft does not propose", () => {
  const draft = draftAnnotation("009_0123456789abcdef", RELEASE, { known: knownRecords([]) });
  const dismissed = (mention: string) => draft.dismissed.find((d) => d.mention === mention);

  it("dismisses the release date line as the document's own date, not an event", () => {
    expect(draft.source.published).toBe("2024-04-11");
    expect(dismissed("April 11, 2024")?.reason).toMatch(/document's own date/);
    expect(draft.events.map((e) => e.date)).not.toContain("2024-04-11");
  });

  it("dismisses a version number in a name, not a figure", () => {
    expect(dismissed("3.0")?.reason).toBe(
      'Part of a name with a version number ("Operation Caribbean Shield 3.0"), not a statistic.',
    );
    expect(draft.figures.map((f) => f.value)).not.toContain(3);
  });

  it("dismisses the span another figure covers ('for the prior 12 months'), not a figure", () => {
    expect(dismissed("12 months")?.reason).toMatch(/span another figure of its sentence covers/);
    expect(draft.figures.map((f) => f.value).sort()).toEqual([212, 9400]);
  });
});
