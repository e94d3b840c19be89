import { readingOf, readSentences } from "../../../src/core/annotate/readSentences";

const texts = (text: string) => readSentences(text).map((s) => s.text);

describe("readSentences", () => {
  it("ends a sentence at a full stop followed by a superscript footnote marker", () => {
    expect(
      texts("Treasury’s Office of Foreign Assets Control (OFAC).⁷ On November 7, 2023 it acted."),
    ).toEqual([
      "Treasury’s Office of Foreign Assets Control (OFAC).",
      "On November 7, 2023 it acted.",
    ]);
  });

  it("ends a sentence at a full stop inside a closing quote and bracket", () => {
    expect(
      texts(
        "They indicted the sons (all children of Joaquín Guzmán Loera, alias “El Chapo.”) Mexican authorities arrested Ovidio Guzmán in January 2023.",
      ),
    ).toEqual([
      "They indicted the sons (all children of Joaquín Guzmán Loera, alias “El Chapo.”)",
      "Mexican authorities arrested Ovidio Guzmán in January 2023.",
    ]);
  });

  it("keeps a news text's date line apart from the first sentence on its line", () => {
    expect(
      texts(" date 2023-12-04 The U.S. Treasury Department announced a strike force."),
    ).toEqual(["date 2023-12-04", "The U.S. Treasury Department announced a strike force."]);
  });

  it("does not end a sentence after “U.S.” with a marker, and ends one at a bracketed marker", () => {
    expect(texts("The U.S.¹ Department of Justice acted.")).toEqual([
      "The U.S.¹ Department of Justice acted.",
    ]);
    expect(texts("It fell.[2] Then it rose.")).toEqual(["It fell.", "Then it rose."]);
  });

  it("gives each sentence's offsets into the text", () => {
    const text = "Control (OFAC).⁷ On May 1, 2019, China acted.";
    for (const s of readSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe("readingOf", () => {
  const readingFor = (text: string, sentence: string) => {
    const s = readSentences(text).find((x) => x.text === sentence)!;
    return readingOf(text, s);
  };

  it("reads a sentence a page break cut with its start before the footnotes", () => {
    const text =
      "Police in Lima detained the broker Ana Ruiz, wife of the smuggler\n\n¹² A footnote, May 3, 2021.\n\n(then in hiding) on May 4, 2021.² Her trial began.";
    const reading = readingFor(text, "(then in hiding) on May 4, 2021.");
    expect(reading?.text).toBe(
      "Police in Lima detained the broker Ana Ruiz, wife of the smuggler (then in hiding) on May 4, 2021.",
    );
    const date = text.indexOf("May 4, 2021");
    expect(reading!.text.slice(date - reading!.start, date - reading!.start + 11)).toBe(
      "May 4, 2021",
    );
  });

  it("reads a hearing's date line with its title block, and other sentences alone", () => {
    const text =
      "Testimony of\n\nAna Ruiz\n\nat a Hearing on Border Trade\n\nbefore the Senate\n\nMay 4, 2022\n\nThank you. We met in May 2022.";
    expect(readingFor(text, "May 4, 2022")?.text).toBe(
      "Testimony of, Ana Ruiz, at a Hearing on Border Trade, before the Senate May 4, 2022",
    );
    expect(readingFor(text, "We met in May 2022.")).toBeNull();
    expect(
      readingFor("Trade Rules\n\nMay 4, 2022\n\nThe ministry acted.", "May 4, 2022"),
    ).toBeNull();
  });
});
