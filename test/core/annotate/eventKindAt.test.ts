import { eventKindAt } from "../../../src/core/annotate/eventKindAt";

const kindAt = (sentence: string, date: string) => {
  const at = sentence.indexOf(date);
  return eventKindAt(sentence, at, at + date.length);
};

describe("eventKindAt", () => {
  it("takes the kind from the verb that governs the date, not a nearer noun", () => {
    const s = "Police arrested the mayor on bribery charges at the airport on March 3, 2021.";
    expect(kindAt(s, "March 3, 2021")).toBe("arrest");
  });

  it("reads the verb of the date's own clause when a sentence joins two actions", () => {
    const s =
      "Spanish police detained the broker of the cartel’s Atlantic shipping routes in May 2022 and extradited him in July 2022.";
    expect(kindAt(s, "May 2022")).toBe("arrest");
    expect(kindAt(s, "July 2022")).toBe("extradition");
  });

  it("does not read an office's name as the act: a director who testified held a hearing", () => {
    const s =
      "In June 2019, the Director of Immigration and Law Enforcement Affairs Ana Ruiz testified before the House.";
    expect(kindAt(s, "June 2019")).toBe("hearing");
  });

  it("leaves out an opening clause about another event", () => {
    const s =
      "In response to the minister's visit to Ottawa, the government formally ended the program in May 2020.";
    expect(kindAt(s, "May 2020")).toBe("policy");
  });

  it("reads a date inside an opening phrase with what that phrase names", () => {
    const s =
      "At the Pacific Leaders Summit in Lima in March 2022, the president promised new controls.";
    expect(kindAt(s, "March 2022")).toBe("meeting");
  });

  it("keeps an announced indictment an indictment", () => {
    const s = "On May 2, 2022, the Justice Department announced indictments against four traders.";
    expect(kindAt(s, "May 2, 2022")).toBe("indictment");
  });

  it("takes a sentencing for the prosecution it ends", () => {
    const s = "In May 2021, a joint inquiry resulted in Peruvian courts sentencing two traders.";
    expect(kindAt(s, "May 2021")).toBe("indictment");
  });
});

describe("eventKindAt of reports, finds and listed acts", () => {
  it("reads a verb of saying with a that-clause as an announcement, not as what it says", () => {
    const s =
      "In 2019, the agency reported that the carrier met the rule of the Customs Act of 2018.";
    expect(kindAt(s, "2019")).toBe("announcement");
  });

  it("reads finding an amount as a seizure", () => {
    const s = "In May, officers checking mail opened a crate and found inside 40 pounds of powder.";
    expect(kindAt(s, "May")).toBe("seizure");
  });

  it("gives an act a sentence lists the kind of what it lists", () => {
    const s =
      "The ministry has imposed 90 sanctions this year, including a broker the police targeted last month.";
    expect(kindAt(s, "last month")).toBe("sanction");
  });
});

describe("eventKindAt of additions to a list", () => {
  it("reads adding a named country to a list as a designation, but not adding substances", () => {
    const s = "In May 2021, the President added Peru to the list of major drug-transit countries.";
    expect(kindAt(s, "May 2021")).toBe("designation");
    const t = "In May 2021, the ministry added two opioids to its list of controlled drugs.";
    expect(kindAt(t, "May 2021")).not.toBe("designation");
  });

  it("reads a body launched to convene others as a meeting", () => {
    const s = "On May 3, 2022, Canada launched a forum that convened 40 delegations in Toronto.";
    expect(kindAt(s, "May 3, 2022")).toBe("meeting");
  });

  it("reads what two governments publish together as an agreement, not one government's", () => {
    const s = "In June 2021, the U.S. and Canadian governments published a joint plan on opioids.";
    expect(kindAt(s, "June 2021")).toBe("agreement");
    const t = "In June 2021, the Canadian government published a plan on opioids.";
    expect(kindAt(t, "June 2021")).not.toBe("agreement");
  });

  it("reads subjecting a body to export restrictions as a sanction", () => {
    const s =
      "In March 2021, the ministry decided to place the laboratory on a control list, subjecting it to export restrictions.";
    expect(kindAt(s, "March 2021")).toBe("sanction");
  });
});
