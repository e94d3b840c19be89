import { countryOfCapital } from "../../../src/core/annotate/countryOfCapital";

describe("countryOfCapital", () => {
  it("names the country of a capital, also of Washington without D.C.", () => {
    expect(countryOfCapital("Ottawa")).toBe("Canada");
    expect(countryOfCapital("Washington")).toBe("United States");
  });

  it("is null for other cities and for a country's own name", () => {
    expect(countryOfCapital("Chicago")).toBeNull();
    expect(countryOfCapital("Mexico")).toBeNull();
    expect(countryOfCapital("Mexico City")).toBe("Mexico");
  });
});
