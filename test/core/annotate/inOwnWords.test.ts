import { inOwnWords } from "../../../src/core/annotate/inOwnWords";
import { readSentences } from "../../../src/core/annotate/readSentences";

const after = (text: string, mention: string) => {
  const sentence = readSentences(text)[0];
  return { sentence, at: text.indexOf(mention) + mention.length };
};

describe("inOwnWords", () => {
  const label = "Share of US heroin seizures involving cargo trucks (mostly from Mexico)";

  it("qualifies a known measure as the sentence does after the figure", () => {
    const text =
      "In 2022, nearly 60% of the 1,200 heroin seizures at the border were tied to passenger cars driven by couriers.";
    const { sentence, at } = after(text, "nearly 60%");
    expect(inOwnWords(label, sentence, at)).toBe(
      "Share of US heroin seizures tied to passenger cars",
    );
  });

  it("keeps the label when the sentence or the label does not qualify it by a participle", () => {
    const plain = after("In 2022, nearly 60% of heroin seizures happened at night.", "nearly 60%");
    expect(inOwnWords(label, plain.sentence, plain.at)).toBe(label);
    const passive = after("Nearly 60% of heroin seizures were linked to cars.", "Nearly 60%");
    expect(
      inOwnWords("Annual heroin seizures in the United States", passive.sentence, passive.at),
    ).toBe("Annual heroin seizures in the United States");
  });

  it("reads the participle in the figure's own clause only", () => {
    const text = "About 60% of seizures happened at night, and couriers were tied to cartels.";
    const { sentence, at } = after(text, "About 60%");
    expect(inOwnWords(label, sentence, at)).toBe(label);
  });
});
