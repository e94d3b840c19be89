import {
  ALL_FIELDS,
  EVENT_FIELDS,
  FIGURE_FIELDS,
  normalizeField,
} from "../../../src/core/lookup/fields";

describe("normalizeField", () => {
  it("accepts any case, spaces and hyphens for underscores", () => {
    expect(normalizeField(" Source-Date ")).toBe("source_date");
    expect(normalizeField("PERIOD START")).toBe("period_start");
  });
  it("maps the spellings analysts type to their field", () => {
    expect(normalizeField("publisher")).toBe("source_publisher");
    expect(normalizeField("source")).toBe("citation");
    expect(normalizeField("sentence")).toBe("quote");
  });
  it("rejects unknown names, including inherited object keys", () => {
    expect(normalizeField("nope")).toBeUndefined();
    expect(normalizeField("constructor")).toBeUndefined();
    expect(normalizeField("toString")).toBeUndefined();
  });
});

describe("field lists", () => {
  it("name what the issue asks of FIELD for figures and events", () => {
    for (const f of ["unit", "qualifier", "metric", "actor", "period", "doc", "quote"]) {
      expect(FIGURE_FIELDS).toContain(f);
    }
    for (const f of ["source_title", "source_date", "url", "rights"]) {
      expect(FIGURE_FIELDS).toContain(f);
      expect(EVENT_FIELDS).toContain(f);
    }
    for (const f of ["date", "precision", "kind", "title", "parties"]) {
      expect(EVENT_FIELDS).toContain(f);
    }
    expect(new Set(ALL_FIELDS).size).toBe(ALL_FIELDS.length);
  });
});
