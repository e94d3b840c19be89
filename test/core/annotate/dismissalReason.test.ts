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

/** The dismissal reason of each number mention of `text`, by its text. */
const numberReasons = (text: string) =>
  Object.fromEntries(
    extractMentions(text, { documentDate: "2023-10-01" })
      .filter((m) => m.kind === "number")
      .map((m) => [m.text, dismissalReason(text, m)]),
  );

describe("dismissalReason of numbers that are not figures", () => {
  it("dismisses the parts of a telephone number", () => {
    // The extractor reads no figure in a telephone number; any part it did read is dismissed.
    const found = numberReasons("Media line: Port Authority, Press Desk (415) 555-0192");
    for (const reason of Object.values(found)) expect(reason).toMatch(/telephone number/);
  });

  it("dismisses a footnote marker and keeps the figure before it", () => {
    const found = numberReasons("Some 48 clinics closed last year.[7]");
    expect(found["7"]).toBe("A footnote marker, not a figure.");
    expect(found["Some 48 clinics"]).toBeNull();
  });

  it("dismisses an order of magnitude as vague", () => {
    const found = numberReasons(
      "Inspectors found hundreds of counterfeit labels and dozens of empty vials in the warehouse.",
    );
    const vague = Object.entries(found).filter(([, r]) => /^Vague/.test(r ?? ""));
    expect(vague.length).toBe(2);
  });

  it("dismisses the bounds of an age group", () => {
    const found = numberReasons(
      "Adults between the ages of 26 and 64 were surveyed by the clinic.",
    );
    expect(found["26"]).toMatch(/age group/);
    expect(found["64"]).toMatch(/age group/);
  });

  it("dismisses a person's age set off by commas after their name", () => {
    const found = numberReasons("Maria Okafor, 41, of Springfield, pleaded guilty to 3 counts.");
    expect(found["41"]).toMatch(/age of a person/);
  });
});

describe("dismissalReason of release headers and spans between dates", () => {
  it("dismisses a press-release header's date as the document's own date", () => {
    const text =
      "For Immediate Release: March 3, 2024\n\nPress Release from the FBI on March 4, 2024:\n";
    const found = reasons(text);
    expect(found["March 3, 2024"]).toMatch(/document's own date/);
    expect(found["March 4, 2024"]).toMatch(/document's own date/);
  });

  it("dismisses both ends of a span between two dates", () => {
    const found = reasons(
      "Between June 2019 and late-March 2021, the crew shipped pills by mail to buyers.",
    );
    expect(found).toEqual({
      "Between June 2019 and late-March 2021": expect.stringMatching(/span/),
    });
  });
});
