import { categoryOf, eventKindOf } from "../../../src/core/annotate/classify";

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
});
