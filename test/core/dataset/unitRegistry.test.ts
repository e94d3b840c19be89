import {
  convertUnit,
  isMeasure,
  KNOWN_UNITS,
  unitFormat,
  unitInfo,
  unitLabel,
  unitOfKnownNoun,
} from "../../../src/core/dataset/unitRegistry";

describe("unit registry", () => {
  it("knows the count nouns analysts read: pills, tons, indictments, months, doses", () => {
    expect(unitOfKnownNoun("Pills")).toBe("pills");
    expect(unitOfKnownNoun("tablets")).toBe("pills");
    expect(unitOfKnownNoun("tons")).toBe("tons");
    expect(unitOfKnownNoun("indictments")).toBe("indictments");
    expect(unitOfKnownNoun("months")).toBe("months");
    expect(unitOfKnownNoun("doses")).toBe("doses");
    expect(unitOfKnownNoun("vessels")).toBeNull();
  });

  it("gives plural and singular labels, and writes unknown units as the noun", () => {
    expect(unitLabel("pills", 1)).toBe("pill");
    expect(unitLabel("pills", 195000)).toBe("pills");
    expect(unitLabel("pill_presses", 2)).toBe("pill presses");
    expect(unitLabel("persons", 1)).toBe("person");
    expect(unitLabel("fishing_vessels", 3)).toBe("fishing vessels");
  });

  it("says an unknown noun unit in the singular for one", () => {
    expect(unitLabel("firearms", 23)).toBe("firearms");
    expect(unitLabel("firearms", 1)).toBe("firearm");
    expect(unitLabel("tractor_trailers", 1)).toBe("tractor trailer");
    expect(unitLabel("boxes", 1)).toBe("box");
    expect(unitLabel("batches", 1)).toBe("batch");
    expect(unitLabel("facilities", 1)).toBe("facility");
    expect(unitLabel("vehicles", 1)).toBe("vehicle");
    expect(unitLabel("fishing_vessels", 1)).toBe("fishing vessel");
  });

  it("converts weights through kilograms: pounds, kilograms, US tons, metric tons", () => {
    expect(convertUnit(1, "tons", "pounds")).toBeCloseTo(2000, 9);
    expect(convertUnit(2.2046226218, "pounds", "kilograms")).toBeCloseTo(1, 9);
    expect(convertUnit(1, "metric_tons", "kilograms")).toBe(1000);
    expect(convertUnit(6, "tons", "kilograms")).toBeCloseTo(5443.10844, 4);
    expect(convertUnit(2, "years", "months")).toBe(24);
    expect(convertUnit(400, "grams", "kilograms")).toBeCloseTo(0.4, 9);
  });

  it("refuses to convert across kinds or unknown units", () => {
    expect(convertUnit(1, "pounds", "USD")).toBeNull();
    expect(convertUnit(1, "pounds", "months")).toBeNull();
    expect(convertUnit(1, "vessels", "pounds")).toBeNull();
    expect(convertUnit(5, "vessels", "vessels")).toBe(5);
  });

  it("gives each known unit a format; unknown units are counts formatted #,##0", () => {
    expect(unitFormat("USD")).toBe("$#,##0");
    expect(unitFormat("percent")).toBe("0%");
    expect(unitFormat("times")).toBe("#,##0");
    expect(unitFormat("pounds")).toBe("#,##0");
    expect(unitFormat("vessels")).toBe("#,##0");
    for (const u of KNOWN_UNITS) expect(u.format).toMatch(/0/);
  });

  it("tells measures from counts", () => {
    expect(isMeasure("pounds")).toBe(true);
    expect(isMeasure("USD")).toBe(true);
    expect(isMeasure("pills")).toBe(false);
    expect(isMeasure("vessels")).toBe(false);
    expect(unitInfo("count")?.measure).toBe(false);
  });

  it("maps each noun onto one unit only", () => {
    const nouns = KNOWN_UNITS.flatMap((u) => u.nouns);
    expect(new Set(nouns).size).toBe(nouns.length);
  });
});
