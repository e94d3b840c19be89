import { draftSource } from "../../../src/core/annotate/draftSource";
import { extractMentions } from "../../../src/core/extract/extractMentions";

describe("draftSource", () => {
  it("takes a statement's or a testimony's speaker for its author", () => {
    expect(
      draftSource("Statement from Governor Ana Lima on Port Safety\nToday, I signed.", [], null)
        .author,
    ).toBe("Governor Ana Lima");
    expect(
      draftSource("Written Testimony of\n\nRui Costa¹\n\nProfessor of Law", [], null).author,
    ).toBe("Rui Costa");
    expect(draftSource("Port Safety Rules\n\nThe ministry acted.", [], null).author).toBeNull();
  });
});

describe("draftSource reads how a document presents itself", () => {
  const release = [
    "Port Officers Stop Record Load of Methamphetamine",
    "U.S. Department of Homeland Security",
    "Release Date: May 2, 2024",
    "",
    "BROWNSVILLE, Texas — Officers at the Veterans International Bridge seized 880 pounds of methamphetamine.",
  ].join("\n");

  it("takes an agency named on a line of its own for the publisher of a release", () => {
    const s = draftSource(release, [], null);
    expect(s.publisher).toBe("U.S. Department of Homeland Security");
    expect(s.title).toBe("Port Officers Stop Record Load of Methamphetamine");
  });

  it.each([
    [
      "a release date line",
      "Bridge Inspections Expand\nRelease Date: May 2, 2024\n\nInspections grew.",
    ],
    [
      "FOR IMMEDIATE RELEASE",
      "Bridge Inspections Expand\nFOR IMMEDIATE RELEASE\n\nInspections grew.",
    ],
    ["a dateline", "Bridge Inspections Expand\n\nLAREDO, Texas — Inspections grew at the bridge."],
    ["an all-capitals dateline", "Bridge Inspections Expand\n\nEL PASO – Inspections grew."],
  ])("drafts a press release from %s", (_, text) => {
    expect(draftSource(text, [], null).kind).toBe("press_release");
  });

  it("keeps a wire story's dateline a news story", () => {
    expect(
      draftSource("Bridge Inspections Expand\n\nLAREDO, Texas (AP) — Inspections grew.", [], null),
    ).toMatchObject({ kind: "news", publisher: "The Associated Press" });
  });

  it("drafts a report, a fact sheet and a statement from their markers", () => {
    expect(
      draftSource("Annual Report on Port Inspections 2023\n\nInspections grew.", [], null).kind,
    ).toBe("report");
    expect(
      draftSource("FACT SHEET: New Port Inspections\n\nInspections grew.", [], null).kind,
    ).toBe("fact_sheet");
    expect(draftSource("Statement on Port Inspections\n\nInspections grew.", [], null).kind).toBe(
      "statement",
    );
  });

  it("keeps a story about a report a news story", () => {
    expect(
      draftSource("CDC Report Shows Overdose Deaths Fell\n\nDeaths fell.", [], null).kind,
    ).toBe("news");
  });

  it("drafts a social post with a null title and says why, its account as publisher", () => {
    const s = draftSource(
      "Coast Guard News (@USCGnews) · Mar 4, 2024\n\nCrews offloaded 9,000 pounds of cocaine today.",
      [],
      null,
    );
    expect(s).toMatchObject({ kind: "social_post", title: null, publisher: "Coast Guard News" });
    expect(s.titleNote).toMatch(/social post has no title/);
  });

  it("drafts a null title with a reason when no line reads as a title", () => {
    const s = draftSource(
      `WASHINGTON — ${"Officers inspected more cargo this spring than last. ".repeat(6)}`,
      [],
      null,
    );
    expect(s.title).toBeNull();
    expect(s.titleNote).toMatch(/No line near the top reads as a title/);
  });

  it("records where a copy was retrieved, and does not take the retrieval date for the publication date", () => {
    const text = [
      "Port Officers Stop Record Load",
      "Originally published by the U.S. Department of Homeland Security. Retrieved from www.archive-copy.example.org on June 9, 2024.",
      "",
      "BROWNSVILLE, Texas — Officers seized 880 pounds.",
    ].join("\n");
    const mentions = extractMentions(text);
    const s = draftSource(text, mentions, null);
    expect(s).toMatchObject({
      retrievedFrom: "https://www.archive-copy.example.org",
      published: null,
      url: null,
      publisher: "U.S. Department of Homeland Security",
    });
    expect(s.publishedNote).toMatch(/June 9, 2024 is when the copy was retrieved/);
    const archived =
      "Port Officers Stop Record Load\nRetrieved from https://web.archive.example.org/2024/release on June 9, 2024.\n";
    expect(draftSource(archived, extractMentions(archived), "2024-05-02")).toMatchObject({
      retrievedFrom: "https://web.archive.example.org/2024/release",
      url: null,
    });
  });

  it("takes a date line near the top for the document's date, not a date in the lead's story", () => {
    const story =
      "Source: County News\nBOISE, Idaho – Jo Park, 40, was sentenced today to 30 months in prison for fraud, announced the U.S. Attorney for the district, after she pleaded guilty on June 3, 2024, to two counts of wire fraud.";
    const given = draftSource(story, extractMentions(story), "2024-11-20");
    expect(given.published).toBe("2024-11-20");
    const dated = "Port Safety Rules\nFor Immediate Release: June 3, 2024\nThe ministry acted.";
    expect(draftSource(dated, extractMentions(dated), "2024-11-20").published).toBe("2024-06-03");
  });
});
