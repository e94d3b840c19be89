import { knownRecords } from "../../../src/core/annotate/knownRecords";
import { actorOf } from "../../../src/core/annotate/nameActors";
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
});
