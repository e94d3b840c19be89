import {
  categoryOf,
  eventCategory,
  eventKindOf,
  figureCategory,
} from "../../../src/core/annotate/classify";

describe("classify", () => {
  const two =
    "On April 14, 2023, DOJ announced indictments against the Chapitos; Ovidio Guzmán was arrested in January 2023 and extradited in September 2023.";

  it("reads each date of a sentence by the verb next to it", () => {
    expect(eventKindOf(two, two.indexOf("April 14"))).toBe("indictment");
    expect(eventKindOf(two, two.indexOf("January 2023"))).toBe("arrest");
    expect(eventKindOf(two, two.indexOf("September 2023"))).toBe("extradition");
  });

  it("takes an announced indictment or launch for what was announced, not an announcement", () => {
    expect(eventKindOf("On June 23, DOJ announced the indictment of three companies.", 3)).toBe(
      "indictment",
    );
    expect(
      eventKindOf("On December 4, 2023, Treasury announced the launch of a strike force.", 3),
    ).toBe("policy");
    expect(eventKindOf("In 2018, China announced fentanyl variants would be controlled.", 3)).toBe(
      "announcement",
    );
  });

  it("reads each figure of a sentence by the words next to it", () => {
    const s = "DHS seized 3,600 pill presses, and 5,600 arrests followed.";
    expect(categoryOf(s, s.indexOf("3,600"))).toBe("seizures");
    expect(categoryOf(s, s.indexOf("5,600"))).toBe("enforcement");
    expect(categoryOf("Nothing here counts.", 0)).toBe("policy");
  });

  it("reads a concealed or discovered load as a seizure", () => {
    const s = "Officers located two bundles weighing 3 pounds, concealed in a spare tire.";
    expect(figureCategory(s, s.indexOf("3 pounds"), "pounds")).toBe("seizures");
    const t = "Agents discovered 175 pounds of chemicals inside a box.";
    expect(figureCategory(t, t.indexOf("175"), "pounds")).toBe("seizures");
  });

  it("takes a weight of a pound or more that no word explains for a haul, a milligram dose not", () => {
    const s = "Inside the box were 40 pounds of white powder.";
    expect(figureCategory(s, s.indexOf("40"), "pounds")).toBe("seizures");
    expect(figureCategory(s, s.indexOf("40"), "kilograms")).toBe("seizures");
    const d = "A dose of 2 milligrams can be enough.";
    expect(figureCategory(d, d.indexOf("2 milligrams"), "milligrams")).toBe("policy");
  });

  it("files a sum of money by the words around it, not as funding for being money", () => {
    const s = "The lawsuit asks for $10 billion in damages.";
    expect(figureCategory(s, s.indexOf("$10"), "USD")).toBe("policy");
    const f = "Congress appropriated $2 billion for the program.";
    expect(figureCategory(f, f.indexOf("$2"), "USD")).toBe("funding");
  });

  it("gives a sentence that points back the category of the sentence before it", () => {
    const before = ["Last year 90,000 people died of drug overdoses."];
    const s = "Of those, 70% involved synthetic opioids.";
    expect(figureCategory(s, s.indexOf("70%"), "percent", before)).toBe("deaths");
    const other = "About 70% involved synthetic opioids.";
    expect(figureCategory(other, other.indexOf("70%"), "percent", before)).toBe("policy");
  });

  it("reads packages of a drug found in a vehicle as a haul, a share of smuggled drugs not", () => {
    const s = "A search of the van turned up 25 packages of cocaine under the seats.";
    expect(figureCategory(s, s.indexOf("25"), "packages")).toBe("seizures");
    const share =
      "Most shipments of cocaine arrive by sea; 60% of cocaine is smuggled in containers.";
    expect(figureCategory(share, share.indexOf("60%"), "percent")).toBe("trade");
  });

  it("reads a street value as part of a seizure", () => {
    const s = "The pills had an estimated street value of $95,000.";
    expect(figureCategory(s, s.indexOf("$95,000"), "USD")).toBe("seizures");
  });

  it("reads a plea, a prison term and supervised release as prosecutions", () => {
    const p = "He admitted to 500 grams under his plea agreement.";
    expect(figureCategory(p, p.indexOf("500"), "grams")).toBe("prosecutions");
    const r = "The judge also ordered 36 months of supervised release.";
    expect(figureCategory(r, r.indexOf("36"), "months")).toBe("prosecutions");
  });

  it("gives a topicless change the topic of its document's title, but not other figures", () => {
    const title = "Overdose Deaths Fall in Five States";
    const s = "Ohio and Utah saw drops of 12% or more.";
    expect(figureCategory(s, s.indexOf("12%"), "percent", [], title)).toBe("deaths");
    const n = "The office mailed $4,000 to each county.";
    expect(figureCategory(n, n.indexOf("$4,000"), "USD", [], title)).toBe("policy");
  });

  it("reads a guilty plea as a step of the case, an indictment", () => {
    const s = "The courier pleaded guilty on June 3, 2024, to smuggling.";
    expect(eventKindOf(s, s.indexOf("June 3"))).toBe("indictment");
  });

  it("files testimony under policy whatever trade or funding it speaks of", () => {
    const s =
      "In 2023, she testified on the illicit drug trade and its funding before a subcommittee.";
    expect(eventCategory("hearing", s, 3)).toBe("policy");
  });

  it("reads what two governments do to each other on no topic of its own as cooperation", () => {
    const law =
      "In May 2021, the Canadian parliament passed a law limiting U.S. agents' operations.";
    expect(eventCategory("legislation", law, 3)).toBe("cooperation");
    const alone = "In May 2021, the Canadian parliament passed a law limiting drone flights.";
    expect(eventCategory("legislation", alone, 3)).toBe("policy");
    const trade =
      "In 2020, the U.S. Postal Service reported that Canadian exports of packages grew.";
    expect(eventCategory("announcement", trade, 3)).toBe("trade");
  });

  it("reads no topic from the words of an agency's or a law's name", () => {
    const agency = "On Monday, U.S. Customs and Border Protection announced a strategy.";
    expect(categoryOf(agency, agency.indexOf("Monday"))).toBe("policy");
    const law =
      "In 2021, the Port Safety and Overdose Prevention (PSOP) Act required data on 90% of packages.";
    expect(categoryOf(law, law.indexOf("90%"))).toBe("trade");
    // A name of what was done still tells the topic.
    const force = "On May 2, Treasury launched a Counter-Fentanyl Strike Force.";
    expect(categoryOf(force, 3)).toBe("enforcement");
  });

  it("takes an event's topic from its act, not from the clause that sets the scene", () => {
    const s = "As overdose deaths climb, the agency announced a new strategy on Thursday.";
    expect(eventCategory("policy", s, s.indexOf("Thursday"))).toBe("policy");
    expect(eventCategory("policy", "Overdose deaths climb; on Thursday a strategy came.", 30)).toBe(
      "deaths",
    );
  });

  it("reads joint actions of two governments as cooperation", () => {
    const s = "Joint actions in 2022 included a plan and wider sanctions on traffickers.";
    expect(categoryOf(s, s.indexOf("2022"))).toBe("cooperation");
  });

  it("reads smuggling as trade, unless a seizure stands nearer the figure", () => {
    const smuggled = "Most of the heroin, 80%, is smuggled across the border in cars.";
    expect(categoryOf(smuggled, smuggled.indexOf("80%"))).toBe("trade");
    const seized = "Officers seized 37 pounds of heroin in three failed smuggling attempts.";
    expect(categoryOf(seized, seized.indexOf("37"))).toBe("seizures");
  });
});
