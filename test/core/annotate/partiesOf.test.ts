import { knownRecords } from "../../../src/core/annotate/knownRecords";
import { partiesOf } from "../../../src/core/annotate/partiesOf";
import { readSentences } from "../../../src/core/annotate/readSentences";
import { readSeedDocs } from "./seedsFixture";

const known = knownRecords(readSeedDocs().map((s) => s.gold));
/** The parties of the last sentence of `text`, read in the whole text. */
const parties = (text: string) => partiesOf(readSentences(text).pop()!, known, text);

describe("partiesOf", () => {
  it("drops a bare title and keeps each person once, with the title of a head of state", () => {
    expect(
      parties(
        "After President Donald Trump urged Chinese President Xi Jinping to act, the President spoke.",
      ),
    ).toEqual(["President Donald Trump", "President Xi Jinping"]);
  });

  it("names a person as the document names them in full elsewhere", () => {
    expect(
      parties(
        "The sons include Ovidio Guzmán López. Mexican authorities arrested Ovidio Guzmán in January 2023.",
      ),
    ).toContain("Ovidio Guzmán López");
    expect(
      parties(
        "The sons include Ovidio Guzmán López. Mexican authorities arrested Ovidio Guzmán in January 2023.",
      ),
    ).not.toContain("Ovidio Guzmán");
  });

  it("keeps a middle initial in a person's name", () => {
    expect(parties("On May 3, 2024, Port Director Dana R. Ellis spoke at the bridge.")).toEqual([
      "Dana R. Ellis",
    ]);
  });

  it("drops an office before a person's name, and a person named for what is theirs", () => {
    expect(parties("Treasury Secretary Janet Yellen will travel to Mexico this week.")).toEqual([
      "Janet Yellen",
    ]);
    expect(
      parties("In response to Nancy Pelosi's visit, the PRC suspended cooperation in August 2022."),
    ).toEqual(["People's Republic of China"]);
  });

  it("keeps a whole organisation, not the fragments compromise cuts from it", () => {
    expect(
      parties(
        "On September 23, 2023, the U.S. Department of the Treasury’s Office of Foreign Assets Control (OFAC) designated nine cartel members.",
      ),
    ).toEqual(["U.S. Department of the Treasury, Office of Foreign Assets Control (OFAC)"]);
  });

  it("spells an acronym and a reordered name as the dataset does", () => {
    expect(parties("In September 2023, DOJ indicted eight more companies.")).toEqual([
      "U.S. Department of Justice",
    ]);
    expect(parties("The Treasury Department announced the launch of a strike force.")).toEqual([
      "U.S. Department of the Treasury",
    ]);
  });

  it("takes a country as a party where it acts, not where something happened", () => {
    expect(parties("The U.S. and Mexico agreed to intensify their fight.")).toEqual([
      "United States",
      "Mexico",
    ]);
    expect(parties("Officers from the agency met in Mexico on Monday.")).not.toContain("Mexico");
  });

  it("does not take a summit, a coalition or an airport for a party", () => {
    expect(
      parties(
        "On July 7, 2023, the U.S. launched the Global Coalition to Address Synthetic Drug Threats.",
      ),
    ).toEqual(["United States"]);
    expect(
      parties(
        "At the North American Leaders Summit (NALS) in Mexico City, President López Obrador pledged action.",
      ),
    ).toEqual(["President López Obrador"]);
    expect(
      parties("In September, officers at New York's John F. Kennedy Airport seized 14 sets."),
    ).toEqual([]);
  });
});

describe("partiesOf with the event's date", () => {
  /** The parties of the last sentence of `text` for the event at `date`. */
  const at = (text: string, date: string, k = known) => {
    const sentence = readSentences(text).pop()!;
    const start = sentence.text.indexOf(date);
    return partiesOf(sentence, k, text, { start, end: start + date.length });
  };

  it("names each of two people who share a title", () => {
    expect(
      at(
        "President Tomás Lima and President Xi Mingzhe met in Lisbon on May 4, 2022.",
        "May 4, 2022",
      ),
    ).toEqual(expect.arrayContaining(["President Tomás Lima", "President Xi Mingzhe"]));
  });

  it("gives a head of state the full name the document uses elsewhere", () => {
    expect(
      at(
        "Brazilian President Luiz Carlos Mendes took office in 2019. President Mendes met traders in May 2022.",
        "May 2022",
      ),
    ).toEqual(["President Luiz Carlos Mendes"]);
  });

  it("leaves out a person named only to say whose children the parties are", () => {
    const s =
      "Prosecutors charged Marco Ruiz Vega, son of the late smuggler Hugo Ruiz Paz, on May 3, 2021.";
    expect(at(s, "May 3, 2021")).toContain("Marco Ruiz Vega");
    expect(at(s, "May 3, 2021")).not.toContain("Hugo Ruiz Paz");
  });

  it("names a group by its country as the sentence writes it, subject or object", () => {
    expect(at("Mexican authorities arrested the broker in May 2021.", "May 2021")).toEqual([
      "Mexican authorities",
    ]);
    expect(
      at("In June 2022, prosecutors indicted four Brazil-based firms for smuggling.", "June 2022"),
    ).toEqual(["Brazil-based firms"]);
  });

  it("reads two governments as their two countries", () => {
    const withCanada = { ...known, places: [...known.places, "Canada"] };
    expect(
      at(
        "In June 2021, the U.S. and Canadian governments published a plan.",
        "June 2021",
        withCanada,
      ),
    ).toEqual(["United States", "Canada"]);
  });
});

describe("partiesOf of a first-person sentence", () => {
  it("reads the date's 'I' as the document's author", () => {
    const text = "Today, I signed an order on port inspections.";
    const sentence = readSentences(text)[0];
    expect(partiesOf(sentence, known, text, { start: 0, end: 5 }, "Governor Ana Lima")).toEqual([
      "Governor Ana Lima",
    ]);
  });
});

describe("partiesOf a state named by the acronym of its formal name", () => {
  const lead = "Envoys of the People’s Republic of China met. The PRC stayed silent.";

  it("writes the state by its formal name, as named, as its acronym's country or its government", () => {
    expect(parties(`${lead} In May 2021, China announced new export rules.`)).toEqual([
      "People's Republic of China",
    ]);
    expect(parties(`${lead} In May 2021, the Chinese government added two substances.`)).toEqual([
      "People's Republic of China",
    ]);
  });

  it("keeps the short name where the document never uses the acronym", () => {
    expect(parties("In May 2021, China announced new export rules.")).toEqual(["China"]);
  });
});

describe("partiesOf a name compromise cuts before 'of'", () => {
  it("reads the department whole instead of a known department it begins like", () => {
    const found = parties(
      "In June 2021, the U.S. Department of Agriculture decided to close two plants.",
    );
    expect(found).toEqual(["U.S. Department of Agriculture"]);
  });
});

describe("partiesOf cartels", () => {
  it("names a cartel whose members the event acts on, not one that describes a person", () => {
    const date = (s: string, d: string) => ({ start: s.indexOf(d), end: s.indexOf(d) + d.length });
    const s =
      "On May 2, 2021 the ministry imposed sanctions on 12 members of Peru’s violent Norte cartel.";
    const sentence = readSentences(s)[0];
    expect(partiesOf(sentence, known, s, date(s, "May 2, 2021"))).toContain("Norte Cartel");
    const t = "On May 2, 2021 police arrested the son of former Norte Cartel leader Ana Ruiz.";
    expect(partiesOf(readSentences(t)[0], known, t, date(t, "May 2, 2021"))).not.toContain(
      "Norte Cartel",
    );
  });
});

describe("partiesOf a committee compromise reads in part", () => {
  it("reads its words before, after 'the', and its 'on …, and …' list after", () => {
    const s =
      "In May 2021, I testified before the Senate Foreign Relations Subcommittee on Trade, Health, and Border Affairs on the crisis.";
    expect(parties(s)).toContain(
      "Senate Foreign Relations Subcommittee on Trade, Health, and Border Affairs",
    );
  });
});

describe("partiesOf a capital that acts", () => {
  const at = (text: string, date: string) => {
    const sentence = readSentences(text).pop()!;
    const start = sentence.text.indexOf(date);
    return partiesOf(sentence, knownRecords([]), text, { start, end: start + date.length });
  };

  it("is its country's government, not a city", () => {
    expect(at("In March 2022, Moscow also issued new export rules.", "March 2022")).toEqual([
      "Russia",
    ]);
    expect(at("In March 2022, officials met in Moscow.", "March 2022")).not.toContain("Russia");
  });
});

describe("partiesOf a pair of countries", () => {
  it("names both countries of a pair that works together", () => {
    expect(parties("In 2018, joint U.S.-Mexico investigations led to 40 arrests.")).toEqual([
      "United States",
      "Mexico",
    ]);
    expect(parties("Talks faltered in 2019 amid strained Mexico-U.S. relations.")).toEqual([
      "Mexico",
      "United States",
    ]);
  });

  it("names neither for a pair that only names a thing", () => {
    expect(parties("In 2018, the Mexico-U.S. working group met for the first time.")).toEqual([]);
  });
});

describe("partiesOf a name in the possessive", () => {
  it("leaves out a known name the sentence names for what is theirs", () => {
    const text =
      "Ahead of President Biden’s visit to Ottawa, Canadian authorities arrested two smugglers on March 3, 2022.";
    const start = text.indexOf("March 3, 2022");
    const found = partiesOf(readSentences(text)[0], known, text, { start, end: start + 13 });
    expect(found).not.toContain("President Biden");
    expect(found).toContain("Canadian authorities");
  });
});

describe("partiesOf a body named with a thing it keeps", () => {
  it("keeps the body whose database or report the event names", () => {
    const text =
      "In May 2021, Canada submitted 80 seizure cases to the World Customs Organization Database.";
    const start = text.indexOf("May 2021");
    expect(partiesOf(readSentences(text)[0], known, text, { start, end: start + 8 })).toContain(
      "World Customs Organization",
    );
  });
});

describe("partiesOf officers the sentence leaves unnamed", () => {
  const at = (text: string, date: string) => {
    const sentence = readSentences(text).pop()!;
    const start = sentence.text.indexOf(date);
    return partiesOf(sentence, knownRecords([]), text, { start, end: start + date.length });
  };

  it("names the agency the document names with the same word", () => {
    const text =
      "The Border Services Agency (BSA) runs the crossing. BSA officers inspect every truck. In May, officers at the Detroit crossing seized 40 pounds of powder.";
    expect(at(text, "May")).toEqual(["Border Services Agency (BSA)"]);
  });

  it("names none where the document never says whose officers they are", () => {
    const text = "In May, officers at the Detroit crossing seized 40 pounds of powder.";
    expect(at(text, "May")).toEqual([]);
  });
});
