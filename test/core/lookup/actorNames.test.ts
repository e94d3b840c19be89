import { actorMatches } from "../../../src/core/lookup/actorNames";

const TREASURY = "U.S. Department of the Treasury";
const OFAC = "U.S. Department of the Treasury, Office of Foreign Assets Control (OFAC)";
const CBP = "U.S. Customs and Border Protection (CBP)";

describe("actorMatches", () => {
  it.each([
    [TREASURY, "US Treasury"],
    [TREASURY, "U.S. Treasury"],
    [TREASURY, "treasury department"],
    [TREASURY, "U.S. Department of the Treasury"],
    [TREASURY, "Department of the Treasury"],
    [OFAC, "OFAC"],
    [OFAC, "Office of Foreign Assets Control"],
    [OFAC, "Treasury"],
    [CBP, "CBP"],
    [CBP, "cbp"],
    [CBP, "Customs and Border Protection"],
    ["U.S. Customs and Border Protection", "CBP"],
    ["U.S. Department of Justice", "DOJ"],
    ["U.S. Department of Justice (DOJ)", "Justice Department"],
    ["Department of Homeland Security (DHS)", "Homeland Security"],
    ["U.S. Drug Enforcement Administration", "DEA"],
    ["U.S. Centers for Disease Control and Prevention (CDC)", "CDC"],
    ["People's Republic of China", "PRC"],
    ["People's Republic of China", "China"],
  ])("%s is named by %j", (actor, query) => {
    expect(actorMatches(actor, query)).toBe(true);
  });

  it.each([
    [TREASURY, "OFAC"],
    [CBP, "DHS"],
    [CBP, "Customs and Border Patrol"],
    ["Department of Homeland Security (DHS)", "CBP"],
    [TREASURY, "US"],
    [null, "Treasury"],
  ])("%s is not named by %j", (actor, query) => {
    expect(actorMatches(actor, query)).toBe(false);
  });
});
