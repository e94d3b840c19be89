import { titleOf } from "../../../src/core/annotate/titleOf";

const titleAt = (sentence: string, date: string, text = sentence) => {
  const at = sentence.indexOf(date);
  return titleOf(sentence, at, at + date.length, text);
};

describe("titleOf", () => {
  it("writes subject, verb and object in the present tense, without the date", () => {
    expect(
      titleAt(
        "In May 2021, the Ministry of Finance (MOF) fined three Lima-based banks for money laundering.",
        "May 2021",
      ),
    ).toBe("MOF fines three Lima-based banks for money laundering");
  });

  it("keeps to the date's clause and drops the place named with the date", () => {
    const s =
      "Spanish police detained the broker for the third time in March 2021 in Madrid and later extradited him to Miami in July 2022.";
    expect(titleAt(s, "March 2021")).toBe("Spanish police detain the broker for the third time");
  });

  it("gives the subject of a second joined verb and ends before a relative clause", () => {
    const s =
      "Spanish police detained the broker in March 2021 and later sent him to Miami in July 2022, which ended the case.";
    expect(titleAt(s, "July 2022")).toBe("Spanish police send him to Miami");
  });

  it("writes an organisation by the acronym the document gives it", () => {
    const text =
      "The Bureau of Port Safety (BPS) inspects ships. The Bureau of Port Safety closed two docks on May 4, 2022.";
    expect(
      titleAt("The Bureau of Port Safety closed two docks on May 4, 2022.", "May 4, 2022", text),
    ).toBe("BPS closes two docks");
  });
});

describe("titleOf in the first person", () => {
  it("names the speaker for the date's 'I'", () => {
    const s = "Today, I signed an order on port inspections.";
    expect(titleOf(s, 0, 5, s, "Governor Ana Lima")).toBe(
      "Governor Ana Lima signs an order on port inspections",
    );
  });
});

describe("titleOf an event that only took place", () => {
  it("titles it by its subject, without the article", () => {
    const s = "On May 4, 2022, the first meeting of the joint task force took place in Lima.";
    expect(titleOf(s, 3, 14)).toBe("First meeting of the joint task force");
  });
});
