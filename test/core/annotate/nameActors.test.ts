import { knownRecords } from "../../../src/core/annotate/knownRecords";
import { actorOf, asOffice } from "../../../src/core/annotate/nameActors";
import { readSentences } from "../../../src/core/annotate/readSentences";
import { readSeedDocs } from "./seedsFixture";

const known = knownRecords(readSeedDocs().map((s) => s.gold));
const sentence = (text: string) => readSentences(text)[0];

describe("actorOf", () => {
  it("spells an agency as figures' actors are spelled, with its acronym", () => {
    expect(
      actorOf(sentence("U.S. Customs and Border Protection seized 37 pounds of fentanyl."), known),
    ).toBe("U.S. Customs and Border Protection (CBP)");
  });

  it("takes a sentence that names nobody as continuing its paragraph", () => {
    const [first, second] = readSentences(
      "U.S. Customs and Border Protection inspected a truck. Officers located 36 pounds of fentanyl.",
    );
    expect(actorOf(second, known)).toBeNull();
    expect(actorOf(second, known, [first])).toBe("U.S. Customs and Border Protection (CBP)");
  });

  it("does not take a country for the actor", () => {
    expect(actorOf(sentence("Mexico recorded 12 seizures."), known)).toBeNull();
  });
  it("finds a known agency named without its country and acronym", () => {
    expect(
      actorOf(
        sentence("The Centers for Disease Control and Prevention counted 107,000 deaths."),
        known,
      ),
    ).toBe("U.S. Centers for Disease Control and Prevention (CDC)");
  });

  it("takes the subject after an opening phrase, not an organisation inside it", () => {
    expect(
      actorOf(
        sentence(
          "Just ahead of the APEC Summit, U.S. Customs and Border Protection reported 145 cases.",
        ),
        known,
      ),
    ).toBe("U.S. Customs and Border Protection (CBP)");
  });

  it("takes the agent of a passive sentence, by the longest name it starts", () => {
    expect(
      actorOf(
        sentence(
          "Nine cartel members were designated under the Kingpin Act by the U.S. Department of the Treasury.",
        ),
        known,
      ),
    ).toBe("U.S. Department of the Treasury");
  });

  it("takes the country itself when it is the subject", () => {
    expect(
      actorOf(sentence("On July 7, 2023, the U.S. launched a coalition of 80 countries."), known),
    ).toBe("United States");
  });

  it("does not take a pair of countries or a country in a compound for an organisation", () => {
    expect(actorOf(sentence("The U.S.-Mexico border saw 12 crossings."), known)).toBeNull();
    expect(
      actorOf(sentence("Officials said U.S.-China talks produced 3 agreements."), known),
    ).toBeNull();
    expect(actorOf(sentence("Officers found 65 China-based firms."), known)).toBeNull();
  });
});

describe("actorOf with the document's own definitions", () => {
  const own = knownRecords([
    {
      doc: "other",
      figures: [
        {
          actor: "U.S. Federal Aviation Administration",
          place: null,
          metric: "Drones grounded",
          quote: "q",
          period: { text: null, start: null, end: null },
        },
      ],
      events: [],
    },
  ] as never);

  it("spells out initials as the document defines them, in the dataset's spelling", () => {
    const text =
      "In May, the Federal Aviation Administration (FAA) grounded 40 drones. In 2023, the FAA fined 12 airlines.";
    const [, fined] = readSentences(text);
    expect(actorOf(fined, own)).toBe("FAA");
    expect(actorOf(fined, own, [], text)).toBe("U.S. Federal Aviation Administration (FAA)");
  });

  it("spells out initials the dataset does not know as the document does", () => {
    const text =
      "The Maritime Safety Board (MSB) opened 12 inquiries. In 2023, the MSB closed 5 inquiries.";
    const [, later] = readSentences(text);
    expect(actorOf(later, own, [], text)).toBe("Maritime Safety Board (MSB)");
  });
});

describe("actorOf for a state and for a hearing", () => {
  const none = knownRecords([]);

  it("names a state by the formal name the document spells its initials with", () => {
    const text =
      "The Socialist Republic of Vietnam hosted a summit. In May, the SRV seized 40 kilograms of heroin.";
    const [, seized] = readSentences(text);
    expect(actorOf(seized, none)).toBe("SRV");
    expect(actorOf(seized, none, [], text)).toBe("Socialist Republic of Vietnam");
  });

  it("does not take the committee a witness testified before for the figures' actor", () => {
    const [testified, deaths] = readSentences(
      "Last year, I testified before the Senate Finance Committee on Trade at a Hearing on Ports. In 2023, over 90,000 people died of overdoses.",
    );
    expect(actorOf(testified, none)).toBeNull();
    expect(actorOf(deaths, none, [testified])).toBeNull();
  });
});

describe("actorOf in an official's testimony", () => {
  const none = knownRecords([]);
  const testimony = (body: string, disclaimer = "") =>
    [
      "On May 2, 2024, Federal Maritime Office (FMO) Director Dr. Ana Ruiz gave the following testimony to the Senate.",
      `Thank you for the chance to testify on the Federal Maritime Office’s (FMO) budget.${disclaimer}`,
      body,
    ].join("\n\n");

  it("gives figures the witness states unattributed to the agency they testify for", () => {
    const text = testimony("Data show that 40 ports reported stowaways.");
    const s = readSentences(text).find((x) => x.text.startsWith("Data"))!;
    expect(actorOf(s, none, [], text)).toBe("Federal Maritime Office (FMO)");
  });

  it("leaves others' cited estimates and a witness speaking for themselves without an actor", () => {
    const cited = testimony("Previous analyses have estimated costs of $3 billion.");
    const s = readSentences(cited).find((x) => x.text.startsWith("Previous"))!;
    expect(actorOf(s, none, [], cited)).toBeNull();
    const own = testimony(
      "Data show that 40 ports reported stowaways.",
      " The views expressed are mine and do not necessarily reflect those of the FMO.",
    );
    const d = readSentences(own).find((x) => x.text.startsWith("Data"))!;
    expect(actorOf(d, none, [], own)).toBeNull();
  });
});

describe("actorOf for a body referred to by its kind", () => {
  const own = knownRecords([
    {
      doc: "other",
      figures: [
        {
          actor: "U.S. Department of Energy",
          place: null,
          metric: "Grants",
          quote: "q",
          period: { text: null, start: null, end: null },
        },
      ],
      events: [],
    },
  ] as never);

  it("takes the department the document last named for 'the department'", () => {
    const text =
      "Congress gave the Energy Department new powers in 2021.\n\nThe department has awarded 40 grants since then, officials said.";
    const s = readSentences(text).find((x) => x.text.startsWith("The department"))!;
    expect(actorOf(s, own, [], text)).toBe("U.S. Department of Energy");
    const none = "Officials met in 2021.\n\nThe department has awarded 40 grants since then.";
    const t = readSentences(none).find((x) => x.text.startsWith("The department"))!;
    expect(actorOf(t, own, [], none)).toBeNull();
  });
});

describe("actorOf: things compromise takes for organisations", () => {
  it("does not take a brand someone owns for the actor", () => {
    const text =
      "Border officers stopped a pickup at the bridge. Officers searched her Toyota truck and found 40 bundles.";
    const [first, second] = readSentences(text);
    expect(actorOf(second, known, [first], text)).not.toBe("Toyota");
  });

  it("does not take initials that no one defines for the actor", () => {
    const text = "A search of the RV turned up 12 bags of pills.";
    expect(actorOf(sentence(text), known, [], text)).toBeNull();
  });

  it("keeps initials the document defines", () => {
    const text =
      "The Bureau of Narcotic Controls (BNC) opened an office. In May, the BNC seized 12 bags of pills.";
    const [, second] = readSentences(text);
    expect(actorOf(second, known, [], text)).toBe("Bureau of Narcotic Controls (BNC)");
  });
});

describe("asOffice", () => {
  const text =
    "TUCSON, Ariz.— U.S. Customs and Border Protection (CBP), Office of Trade Enforcement (OTE) at the port, reported 3 seizures.";

  it("takes the agency's office the document names for the agency", () => {
    expect(asOffice("U.S. Customs and Border Protection (CBP)", text, known)).toBe(
      "U.S. Customs and Border Protection, Office of Trade Enforcement (OTE)",
    );
  });

  it("spells the office as the dataset already does", () => {
    const spelled = knownRecords([
      {
        ...readSeedDocs()[0].gold,
        doc: "900_0000000000000000",
        figures: readSeedDocs()[0]
          .gold.figures.slice(0, 1)
          .map((f) => ({
            ...f,
            actor: "U.S. Customs and Border Protection (CBP), Office of Trade Enforcement",
          })),
      },
    ]);
    expect(asOffice("U.S. Customs and Border Protection (CBP)", text, spelled)).toBe(
      "U.S. Customs and Border Protection (CBP), Office of Trade Enforcement",
    );
  });

  it("leaves another agency as it is", () => {
    expect(asOffice("U.S. Drug Enforcement Administration (DEA)", text, known)).toBe(
      "U.S. Drug Enforcement Administration (DEA)",
    );
  });
});
