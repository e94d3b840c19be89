import { facilitiesAlong } from "../../../src/core/annotate/facilitiesAlong";
import { knownRecords } from "../../../src/core/annotate/knownRecords";
import { figurePlace } from "../../../src/core/annotate/placeOf";
import { readSentences } from "../../../src/core/annotate/readSentences";

describe("facilitiesAlong", () => {
  it("names facilities along a border after the border", () => {
    const s = "Officers staffed new checkpoints along the Northern Border last spring.";
    expect(facilitiesAlong(s, s).map((p) => p.text)).toEqual(["Northern Border checkpoints"]);
  });

  it("writes an acronym out as the document spells it, in the plural when the acronym is", () => {
    const text =
      "Trucks are screened at each port of entry (POE). The agency added cameras at 12 POEs along the Northern Border.";
    const body = text.slice(text.indexOf("The agency"));
    const [found] = facilitiesAlong(body, text);
    expect(found.text).toBe("Northern Border ports of entry");
    expect(body.slice(found.start, found.end)).toBe("POEs along the Northern Border");
  });

  it("leaves an acronym the document never spells out, and a border without a name", () => {
    const s = "Cameras went up at 12 POEs along the Northern Border and at posts along the border.";
    expect(facilitiesAlong(s, s)).toEqual([]);
  });
});

describe("figurePlace of facilities along a border", () => {
  it("is the facilities, not the country, where the sentence names them", () => {
    const text =
      "Cars are scanned at ports of entry (POE). The agency will add 40 scanners at several POEs along the Northern Border of the United States.";
    const [, sentence] = readSentences(text);
    const at = sentence.text.indexOf("40");
    expect(
      figurePlace(sentence, knownRecords([]), { start: at, end: at + 2 }, null, null, text),
    ).toBe("Northern Border ports of entry");
  });
});
