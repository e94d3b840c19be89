import { knownRecords } from "../../../src/core/annotate/knownRecords";
import { linkFacts } from "../../../src/core/annotate/linkFacts";
import type { EventAnnotation } from "../../../src/core/dataset/annotationSchema";

const event = (
  id: string,
  kind: EventAnnotation["kind"],
  date: string | null,
  quote = "Ovidio Guzmán was extradited to Chicago.",
): EventAnnotation =>
  ({
    id,
    quote,
    tables: [],
    date,
    precision:
      date === null ? null : date.length === 10 ? "day" : date.length === 7 ? "month" : "year",
    relative: false,
    dateNote: null,
    kind,
    category: "policy",
    title: "t",
    parties: [],
    place: null,
    fact: null,
  }) as EventAnnotation;

const nothing = knownRecords([]);

describe("linkFacts", () => {
  it("links an event restated with the same or a more precise date of its month", () => {
    const events = [
      event("extradited-2023-09", "extradition", "2023-09"),
      event("extradited-2023-09-15", "extradition", "2023-09-15"),
    ];
    linkFacts(events, nothing, null);
    expect(events[0].fact).toBe("extradited-2023-09");
    expect(events[1].fact).toBe("extradited-2023-09");
  });

  it("does not take two events of one kind and month told in other words for one", () => {
    const events = [
      event(
        "removal-2023-11-16",
        "policy",
        "2023-11-16",
        "Commerce removed the institute from the Entity List.",
      ),
      event(
        "notice-2023-11",
        "policy",
        "2023-11",
        "Beijing issued a public notice warning producers of precursors.",
      ),
    ];
    linkFacts(events, nothing, null);
    expect(events.map((e) => e.fact)).toEqual([null, null]);
  });

  it("does not take two events of one kind in the same year for one", () => {
    const events = [
      event("controls-2019", "policy", "2019-05-01"),
      event("sentencing-2019", "policy", "2019"),
    ];
    linkFacts(events, nothing, null);
    expect(events.map((e) => e.fact)).toEqual([null, null]);
  });

  it("gives an event from before the document's month a key of its own, later ones none", () => {
    const events = [
      event("arrest-2020-10-15", "arrest", "2020-10-15"),
      event("talks-2021", "dialogue", "2021"),
      event("this-month", "meeting", "2024-03-02"),
      event("this-year", "policy", "2024"),
      event("undated", "agreement", null),
    ];
    linkFacts(events, nothing, "2024-03-20");
    expect(events.map((e) => e.fact)).toEqual(["arrest-2020-10-15", null, null, null, null]);
  });

  it("gives no key of its own to an event dated only by its year, nor to a hearing", () => {
    const events = [
      event("sentencing-2019", "indictment", "2019"),
      event("testimony-2023-02", "hearing", "2023-02"),
      event("law-2020-12", "legislation", "2020-12"),
    ];
    linkFacts(events, nothing, "2024-03-20");
    expect(events.map((e) => e.fact)).toEqual([null, null, "law-2020-12"]);
  });

  it("keys no event by its age when the document's date is unknown", () => {
    const events = [event("arrest-2020-10-15", "arrest", "2020-10-15")];
    linkFacts(events, nothing, null);
    expect(events[0].fact).toBeNull();
  });

  it("never reuses a key another document already gives another fact", () => {
    const known = knownRecords([
      {
        doc: "other",
        figures: [],
        events: [{ ...event("x", "arrest", "2019-01-01"), fact: "arrest-2020-10-15" }],
      },
    ] as never);
    const events = [event("arrest-2020-10-15", "arrest", "2020-10-15")];
    linkFacts(events, known, "2024-03-20");
    expect(events[0].fact).toBe("arrest-2020-10-15-2");
  });
});
