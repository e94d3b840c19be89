import { statesByAcronym } from "../../../src/core/annotate/statesByAcronym";

describe("statesByAcronym", () => {
  it("finds a state's acronym the document writes out, with straight apostrophes", () => {
    const text = "The PRC replied. Talks with the People’s Republic of China resumed.";
    expect(statesByAcronym(text).get("PRC")).toEqual({
      formal: "People's Republic of China",
      country: "China",
    });
  });

  it("ignores an acronym of a body that is no state, and one the text never writes out", () => {
    const text = "The Department of Justice (DOJ) spoke. The UAE did not.";
    expect(statesByAcronym(text).size).toBe(0);
  });

  it("accepts a place the caller knows when compromise does not know it as a country", () => {
    const text = "The FSA replied. Talks with the Free State of Atlantis resumed.";
    expect(statesByAcronym(text).get("FSA")).toBeUndefined();
    expect(statesByAcronym(text + " ", (p) => p === "Atlantis").get("FSA")?.country).toBe(
      "Atlantis",
    );
  });
});
