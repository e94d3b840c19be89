import { buildIndex } from "../../../src/core/lookup/buildIndex";
import {
  findEvent,
  findFigure,
  findRecord,
  normalizeId,
  shownId,
} from "../../../src/core/lookup/findFigure";
import { fixtureDataset } from "../../fixtures/fixtureDataset";

const index = buildIndex(fixtureDataset());

describe("findFigure", () => {
  it("finds a figure by id", () => {
    expect(findFigure(index, "us-overdose-deaths-2022").value).toBe(107000);
  });
  it("ignores case and surrounding spaces", () => {
    expect(findFigure(index, "  US-Overdose-Deaths-2022 ").value).toBe(107000);
  });
  it("suggests the nearest ids for an unknown id", () => {
    expect(() => findFigure(index, "treasury-sanction")).toThrow(
      'No figure or event has id "treasury-sanction". Did you mean treasury-sanctions-since-eo,',
    );
  });
  it("names exactly three suggestions", () => {
    try {
      findFigure(index, "overdose");
      throw new Error("no error");
    } catch (e) {
      expect((e as { code: string }).code).toBe("unknown_id");
      const list = /Did you mean (.*)\?$/.exec((e as Error).message)![1];
      expect(list.split(", ")).toHaveLength(3);
    }
  });
  it("says an event has a date, not a value", () => {
    expect(() => findFigure(index, "treasury-strike-force-launch")).toThrow(
      /is an event, which has a date rather than a value: use POLICY.DATE\("treasury-strike-force-launch"\)/,
    );
  });
  it("cuts a pasted paragraph in the message", () => {
    expect(() => findFigure(index, "a".repeat(500))).toThrow(/"a{60}…"/);
  });
});

describe("findEvent", () => {
  it("finds an event and refuses a figure id with advice", () => {
    expect(findEvent(index, "treasury-strike-force-launch").date).toBe("2023-12-04");
    expect(() => findEvent(index, "us-overdose-deaths-2022")).toThrow(
      /is a figure, which has a value rather than a date: use POLICY.VALUE/,
    );
  });
});

describe("findRecord, normalizeId, shownId", () => {
  it("finds figures and events alike", () => {
    expect(findRecord(index, "dhs-currency-seized-fy2023").type).toBe("figure");
    expect(normalizeId(" A-B ")).toBe("a-b");
    expect(shownId("short")).toBe("short");
  });
});
