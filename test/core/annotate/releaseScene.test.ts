import { knownRecords } from "../../../src/core/annotate/knownRecords";
import { figurePlace } from "../../../src/core/annotate/placeOf";
import { readSentences } from "../../../src/core/annotate/readSentences";
import { datelinePlace, withDatelineCity } from "../../../src/core/annotate/releaseScene";

const release =
  "date 2024-03-01 LAREDO, Texas – CBP officers working at the Colombia Solidarity Port of Entry seized 90 pounds of cocaine.\n\n" +
  "The first seizure took place on Feb. 20.\n\n" +
  "Officers located 40 pounds of cocaine in a spare tire.";
const known = {
  ...knownRecords([]),
  places: ["Colombia Solidarity Port of Entry"],
  names: ["Colombia Solidarity Port of Entry"],
};
const placeOf = (text: string, value: string) => {
  const sentence = readSentences(text).find((s) => s.text.includes(value))!;
  const at = sentence.text.indexOf(value);
  return figurePlace(sentence, known, { start: at, end: at + value.length }, null, null, text);
};

describe("withDatelineCity", () => {
  it("adds the dateline's city and state to a facility, in the case names take", () => {
    expect(withDatelineCity("World Trade Bridge", "DEL RIO, Texas – Officers at …")).toBe(
      "World Trade Bridge, Del Rio, Texas",
    );
  });

  it("leaves a place that is no facility, and a release without a dateline", () => {
    expect(withDatelineCity("Mexico", "DEL RIO, Texas – Officers at …")).toBe("Mexico");
    expect(withDatelineCity("World Trade Bridge", "Officers at the bridge …")).toBe(
      "World Trade Bridge",
    );
  });
});

describe("figurePlace in a datelined release", () => {
  it("names the lead's facility with the dateline's city, also for later figures that name no place", () => {
    const where = "Colombia Solidarity Port of Entry, Laredo, Texas";
    expect(placeOf(release, "90 pounds")).toBe(where);
    expect(placeOf(release, "40 pounds")).toBe(where);
  });

  it("does not carry a facility into a release without a dateline", () => {
    const undated = release.replace("date 2024-03-01 LAREDO, Texas – ", "");
    expect(placeOf(undated, "40 pounds")).toBeNull();
  });
});

describe("datelinePlace", () => {
  it("reads a dateline on a release's first lines, with or without spaces around the dash", () => {
    expect(datelinePlace("Source: Wire\nTUCSON, Ariz.—Officers seized pills.")).toBe(
      "Tucson, Ariz.",
    );
    expect(datelinePlace("MIAMI, Fla. – The Coast Guard offloaded cocaine.")).toBe("Miami, Fla.");
  });

  it("reads a bare WASHINGTON as the capital", () => {
    expect(datelinePlace("WASHINGTON – The department announced charges.")).toBe(
      "Washington, D.C.",
    );
  });

  it("is null without a dateline", () => {
    expect(datelinePlace("The department announced charges on Monday.")).toBeNull();
  });
});
