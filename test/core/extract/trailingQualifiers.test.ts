import { numbers } from "./phraseHelpers";

describe("a hedge written after the number and its unit", () => {
  it("reads 'or more' after the unit noun as at least", () => {
    expect(numbers("Agents seized 250 grams or more of heroin.")).toEqual([
      ["250 grams or more", 250, "grams", "at_least"],
    ]);
  });

  it("reads 'or less' and 'or fewer' as up to, since the number itself is included", () => {
    expect(
      numbers("He faces 20 years or less in prison; groups of 8 people or fewer may meet."),
    ).toEqual([
      ["20 years or less", 20, "years", "up_to"],
      ["8 people or fewer", 8, "persons", "up_to"],
    ]);
  });

  it("keeps money and leading hedges as before", () => {
    expect(numbers("Fines of $10,000 or more and up to 40 years.")).toEqual([
      ["$10,000 or more", 10000, "USD", "at_least"],
      ["up to 40 years", 40, "years", "up_to"],
    ]);
  });
});

describe("a number named as an estimate or prediction", () => {
  it("is about its value when an estimate a few words before names it", () => {
    expect(
      numbers("Police found pills with an estimated street value of $12,500 in the car."),
    ).toEqual([["$12,500", 12500, "USD", "about"]]);
    expect(numbers("The cargo had a resale value estimated at $9,000.")).toEqual([
      ["$9,000", 9000, "USD", "about"],
    ]);
  });

  it("is about its value when 'estimated' or 'predicted' follows it or sits in its unit phrase", () => {
    expect(numbers("The 93,400 deaths estimated in 2021 set a record.")).toEqual([
      ["93,400 deaths", 93400, "deaths", "about"],
    ]);
    expect(numbers("Officials counted 98,120 predicted overdose deaths.")).toEqual([
      ["98,120 predicted overdose deaths", 98120, "deaths", "about"],
    ]);
  });

  it("leaves a counted figure exact when an estimate elsewhere in the sentence names another", () => {
    expect(numbers("Agents arrested 12 people and estimated the loss later.")).toEqual([
      ["12 people", 12, "persons", "exact"],
    ]);
  });
});
