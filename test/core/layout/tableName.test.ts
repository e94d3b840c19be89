import { sheetName, tableName } from "../../../src/core/layout/tableName";

describe("tableName", () => {
  it("is PT_ and the id in CamelCase, numbered when taken", () => {
    expect(tableName("overdose-deaths", [])).toBe("PT_OverdoseDeaths");
    expect(tableName("overdose-deaths", ["PT_OVERDOSEDEATHS", "PT_OverdoseDeaths_2"])).toBe(
      "PT_OverdoseDeaths_3",
    );
  });
});

describe("sheetName", () => {
  it("removes characters Excel refuses and stays within 31 characters", () => {
    expect(sheetName("Sanctions: 2023/2024 [draft]?", [])).toBe("Sanctions 2023-2024 draft");
    expect(sheetName("Arrests, indictments and charges by year", [])).toBe(
      "Arrests, indictments and…",
    );
    expect(sheetName("'quoted'", [])).toBe("quoted");
    expect(sheetName("", [])).toBe("Policy table");
  });

  it("numbers a taken name within the limit", () => {
    expect(sheetName("Seizures", ["seizures"])).toBe("Seizures (2)");
    const long = sheetName("Arrests, indictments and charges by year", [
      "Arrests, indictments and…",
    ]);
    expect(long.length).toBeLessThanOrEqual(31);
    expect(long.endsWith(" (2)")).toBe(true);
  });
});
