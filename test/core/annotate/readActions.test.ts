import { actionAt, actionsIn, datesOwnAction } from "../../../src/core/annotate/readActions";

describe("readActions", () => {
  it("lists finite verbs with their subjects and offsets, without gerunds or to-infinitives", () => {
    const s = "The agency announced that it has launched a task force to counter drug trafficking.";
    const actions = actionsIn(s);
    expect(actions.map((a) => a.text)).toEqual(["announced", "has launched"]);
    expect(actions[0].subject?.text).toBe("The agency");
    for (const a of actions) expect(s.slice(a.start, a.end)).toBe(a.text);
  });

  it("dates the last verb before a date, or the first after a date that opens the sentence", () => {
    const s = "On May 1, 2019, Peru banned the drug and fined two firms in June 2019.";
    expect(actionAt(s, 3, 14)?.infinitive).toBe("ban");
    const june = s.indexOf("June 2019");
    expect(actionAt(s, june, june + 9)?.infinitive).toBe("fine");
  });
});

describe("readActions on participles", () => {
  it("does not take a participle after a preposition for the action of a date", () => {
    const s = "Police captured the broker, son of imprisoned smuggler Hugo Paz, on May 4, 2021.";
    const at = s.indexOf("May 4, 2021");
    expect(actionAt(s, at, at + 11)?.infinitive).toBe("capture");
  });
});

describe("datesOwnAction", () => {
  const span = (s: string, part: string) => ({
    start: s.indexOf(part),
    end: s.indexOf(part) + part.length,
  });

  it("reads a date past a semicolon as dating its own clause", () => {
    const s = "The port seized 900 kilos of cocaine; it was the largest haul since 2015.";
    const d = span(s, "2015");
    expect(datesOwnAction(s, d.start, d.end, [span(s, "900 kilos")])).toBe(true);
  });

  it("reads a date in a relative clause with its own verb as that verb's date", () => {
    const s =
      "The agency has charged 40 suspects so far, including a broker the police arrested last month.";
    const d = span(s, "last month");
    expect(datesOwnAction(s, d.start, d.end, [span(s, "40 suspects")])).toBe(true);
  });

  it("reads an opening date of a verb of reporting as the report's date", () => {
    const s = "In 2019, the ministry reported that 80% of parcels carried customs data.";
    const d = span(s, "2019");
    expect(datesOwnAction(s, d.start, d.end, [span(s, "80%")])).toBe(true);
  });

  it("keeps a date that dates the figure's own verb as its period", () => {
    const s = "More than 2,000 people died of overdoses in the province in 2021.";
    const d = span(s, "2021");
    expect(datesOwnAction(s, d.start, d.end, [span(s, "More than 2,000 people")])).toBe(false);
    const t = "Overdose deaths have risen more than fourfold from 2012 to 2020.";
    const u = span(t, "2012");
    expect(datesOwnAction(t, u.start, u.end, [span(t, "more than fourfold")])).toBe(false);
  });

  it("keeps a date of a state (be, have) as the figure's period", () => {
    const s = "Seizures are three times higher in 2023 than they were in 2019.";
    const d = span(s, "2019");
    expect(datesOwnAction(s, d.start, d.end, [span(s, "three times")])).toBe(false);
  });
});
