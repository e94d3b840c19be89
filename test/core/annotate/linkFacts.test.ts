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

  it("takes two arrests of one month that name the same person for one, however told", () => {
    const held = (id: string, date: string, parties: string[], quote: string) => ({
      ...event(id, "arrest", date, quote),
      parties,
    });
    const events = [
      held(
        "arrest-2023-01",
        "2023-01",
        ["Police", "Maria Lopez Garza"],
        "Police detained Maria Lopez Garza in the new year.",
      ),
      held(
        "capture-2023-01-09",
        "2023-01-09",
        ["Soldiers", "Maria Lopez Garza"],
        "(a cartel accountant) on January 9, 2023.",
      ),
      held(
        "other-2023-01-20",
        "2023-01-20",
        ["Police", "Daniel Ortiz Vega"],
        "(a money launderer) weeks afterwards.",
      ),
    ];
    linkFacts(events, nothing, null);
    expect(events.map((e) => e.fact)).toEqual(["arrest-2023-01", "arrest-2023-01", null]);
  });

  it("does not take two meetings of one month with the same person for one", () => {
    const met = (id: string, date: string, quote: string) => ({
      ...event(id, "meeting", date, quote),
      parties: ["President Maria Lopez Garza"],
    });
    const events = [
      met("talks-2023-11-15", "2023-11-15", "The two leaders met in Woodside on November 15."),
      met(
        "summit-2023-11-17",
        "2023-11-17",
        "A bilateral visit followed in Ottawa on November 17.",
      ),
    ];
    linkFacts(events, nothing, null);
    expect(events.map((e) => e.fact)).toEqual([null, null]);
  });

  it("does not link a hearing to its restatement: the testimony is its own occasion", () => {
    const events = [
      event(
        "hearing-2023-07-27",
        "hearing",
        "2023-07-27",
        "On July 27, 2023, the director testified.",
      ),
      event(
        "testify-today",
        "hearing",
        "2023-07-27",
        "Thank you for the opportunity to testify today, said the director.",
      ),
    ];
    linkFacts(events, nothing, "2023-07-27");
    expect(events.map((e) => e.fact)).toEqual([null, null]);
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
