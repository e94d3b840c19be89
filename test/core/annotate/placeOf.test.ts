import { knownRecords, usualPlace } from "../../../src/core/annotate/knownRecords";
import { eventPlace, figurePlace } from "../../../src/core/annotate/placeOf";
import { readSentences } from "../../../src/core/annotate/readSentences";
import { readSeedDocs } from "./seedsFixture";

const known = knownRecords(readSeedDocs().map((s) => s.gold));
const sentence = (text: string) => readSentences(text)[0];
const span = (text: string, part: string) => {
  const start = text.indexOf(part);
  return { start, end: start + part.length };
};
const figureAt = (text: string, mention: string, usual: string | null = null) =>
  figurePlace(sentence(text), known, span(text, mention), null, usual);
const eventAt = (text: string, date: string) => eventPlace(sentence(text), known, span(text, date));

describe("figurePlace", () => {
  it("takes no place from a dateline", () => {
    expect(
      figureAt("EL PASO, Texas – Officers intercepted 37 pounds of fentanyl.", "37"),
    ).toBeNull();
  });

  it("keeps the dataset's spelling of a place the sentence names in full", () => {
    const s = "Officers at Los Angeles International Airport found 175 pounds of chemicals.";
    expect(figureAt(s, "175")).toBe("Los Angeles International Airport");
  });

  it("names the place nearest the figure, with the region noun the sentence gives it", () => {
    const s =
      "Agents seized 40 pounds in the Phoenix area, and prosecutors in the case charged three Sonora, Mexico-based smugglers.";
    expect(figureAt(s, "40 pounds")).toBe("Phoenix area");
    expect(figureAt(s, "three")).toBe("Sonora, Mexico");
  });

  it("does not read a place that begins a name, or where a thing came from, as the place", () => {
    expect(figureAt("Police charged 14 members of the Sinaloa Cartel in Mexico.", "14")).toBe(
      "Mexico",
    );
    expect(figureAt("Officers in Miami found 30 pounds of powder in a box from Asia.", "30")).toBe(
      "Miami",
    );
  });

  it("does not lengthen a place into a longer spelling the sentence does not give", () => {
    const capital = {
      ...knownRecords([]),
      places: ["Washington, D.C."],
      names: ["Washington, D.C."],
    };
    const s = "The meeting in Washington drew 80 countries.";
    expect(figurePlace(sentence(s), capital, span(s, "80"))).toBe("Washington");
  });

  it("falls back on the place most known records of the category share", () => {
    expect(usualPlace(known, "figure", "deaths")).toBe("United States");
    expect(usualPlace(known, "event", "cooperation")).toBeNull();
    expect(figureAt("About 110,000 people died of overdoses.", "110,000", "United States")).toBe(
      "United States",
    );
  });
});

describe("figurePlace of things based somewhere", () => {
  it("places a count of things based in two places in both", () => {
    const s = "Regulators fined more than 20 Taiwan- or Hong Kong-based brokers last year.";
    expect(figureAt(s, "more than 20 Taiwan- or Hong Kong-based brokers")).toBe(
      "Taiwan and Hong Kong",
    );
  });

  it("reads a state's acronym as its country where the document spells the name out", () => {
    const text =
      "Talks with the Democratic People’s Republic of Korea resumed.\n\nProsecutors charged four DPRK-based firms in May.";
    const s = readSentences(text)[1];
    const at = { start: s.text.indexOf("four"), end: s.text.indexOf(" in May") };
    expect(figurePlace(s, known, at, null, null, text)).toBe("Korea");
    expect(figurePlace(s, known, at, null, null, s.text)).not.toBe("Korea");
  });
});

describe("figurePlace of a count of sanctions", () => {
  it("is none where the sentence names no place, not the sanctioning country", () => {
    const s = "The department has imposed 90 sanctions since the order was signed.";
    const at = span(s, "90 sanctions");
    const treasury = "U.S. Department of the Treasury";
    expect(figurePlace(sentence(s), knownRecords([]), at, treasury, null, s, true)).toBeNull();
    expect(figurePlace(sentence(s), knownRecords([]), at, treasury, null, s)).toBe("United States");
    const t = "The ministry has imposed 90 sanctions on firms in Canada.";
    expect(
      figurePlace(sentence(t), knownRecords([]), span(t, "90 sanctions"), null, null, t, true),
    ).toBe("Canada");
  });
});

describe("eventPlace", () => {
  it("takes where the date's own clause says it happened", () => {
    const s =
      "Police arrested the broker in March 2021 in Mexico and extradited him to Chicago in May 2022.";
    expect(eventAt(s, "March 2021")).toBe("Mexico");
    expect(eventAt(s, "May 2022")).toBe("Chicago");
  });

  it("takes the one country the acting subject belongs to", () => {
    expect(eventAt("In May 2020, the Mexican Senate passed a law on precursors.", "May 2020")).toBe(
      "Mexico",
    );
    expect(
      eventAt("The U.S. Commerce Department announced Tuesday new export rules.", "Tuesday"),
    ).toBe("United States");
  });

  it("is null for a country named in passing or a subject of two countries", () => {
    expect(
      eventAt(
        "In response to the senator's visit to Taiwan, the ministry ended talks in May 2022.",
        "May 2022",
      ),
    ).toBeNull();
    expect(
      eventAt("In June 2021, the U.S. and Mexican governments published a plan.", "June 2021"),
    ).toBeNull();
  });

  it("is null for an act on another country's people or things, but not for what a charge is for", () => {
    expect(
      eventAt(
        "In March 2021, the U.S. Commerce Department removed a laboratory of China from its list.",
        "March 2021",
      ),
    ).toBeNull();
    expect(
      eventAt(
        "By May 2020, the U.S. Justice Department had dropped the charges and released him to Mexico.",
        "May 2020",
      ),
    ).toBeNull();
    expect(
      eventAt(
        "In 2018, Mexican courts sentenced two men for smuggling pills to the United States and Canada.",
        "2018",
      ),
    ).toBe("Mexico");
  });

  it("names the gathering a side meeting was held at beside its place", () => {
    expect(
      eventAt(
        "The two ministers met on May 3, 2022, on the sidelines of the NATO Summit in Madrid.",
        "May 3, 2022",
      ),
    ).toBe("Madrid (NATO Summit)");
    expect(eventAt("The two ministers met in Madrid on May 3, 2022.", "May 3, 2022")).toBe(
      "Madrid",
    );
  });

  it("reads a capital that acts as its country, and a capital where a thing happened as the city", () => {
    expect(eventAt("In March 2022, Moscow also issued new export rules.", "March 2022")).toBe(
      "Russia",
    );
    expect(eventAt("In March 2022, the two envoys met in Moscow.", "March 2022")).toBe("Moscow");
    const s = "In March 2022, Moscow warned 40 exporters of new rules.";
    expect(figureAt(s, "40")).toBe("Russia");
  });

  it("reads on through a 'that' clause on what the verb acts on, not a 'which' clause", () => {
    expect(
      eventAt(
        "On May 3, 2022, Canada launched a forum that gathered 40 delegations in Toronto.",
        "May 3, 2022",
      ),
    ).toBe("Toronto");
    expect(
      eventAt(
        "On May 3, 2022, Canada launched a forum which later sent delegates to Toronto.",
        "May 3, 2022",
      ),
    ).not.toBe("Toronto");
  });

  it("is null for a sanction or designation, even of people located somewhere", () => {
    const s = "On May 3, 2022, the U.S. Treasury designated six smugglers in Guatemala.";
    const at = span(s, "May 3, 2022");
    expect(eventPlace(sentence(s), known, at, "designation")).toBeNull();
    expect(eventPlace(sentence(s), known, at, "sanction")).toBeNull();
    expect(eventPlace(sentence(s), known, at, "arrest")).not.toBeNull();
  });
});

describe("figurePlace of a list and of a court's figures", () => {
  it("takes the places a list names together, in order, without the serial comma", () => {
    const s = "Ohio, Utah, and Iowa saw declines of 12% or more.";
    expect(figureAt(s, "12%")).toBe("Ohio, Utah and Iowa");
  });

  it("keeps a city and its state one place", () => {
    const s = "Police in Dallas, Texas found 12 pounds of pills.";
    expect(figureAt(s, "12 pounds")).not.toMatch(/ and /);
  });

  it("puts a court's figure where its release is datelined, not in the attorney's country", () => {
    const text =
      "DENVER, Colo. – John Roe was sentenced to 48 months in prison, announced U.S. Attorney Jane Poe. He was arrested in 2022.";
    const s = sentence(text);
    const at = span(text, "48 months");
    expect(figurePlace(s, known, at, null, null, text, false, true)).toBe("Denver, Colo.");
    expect(figurePlace(s, known, at, null, null, text, false, false)).not.toBe("Denver, Colo.");
  });
});

describe("eventPlace of a plea", () => {
  it("puts a plea a datelined release announces where it is datelined", () => {
    const text =
      "Source: a news desk\nWASHINGTON – Ann Doe pleaded guilty on May 2, 2024, to fraud.";
    const s = readSentences(text).find((x) => x.text.includes("pleaded"))!;
    const at = { start: s.text.indexOf("May 2, 2024"), end: s.text.indexOf("May 2, 2024") + 11 };
    expect(eventPlace(s, known, at, "indictment", text)).toBe("Washington, D.C.");
    expect(eventPlace(s, known, at, "indictment")).toBeNull();
  });
});
