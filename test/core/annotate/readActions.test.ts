import { actionAt, actionsIn } from "../../../src/core/annotate/readActions";

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
