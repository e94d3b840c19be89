import {
  emitCommandEvent,
  onCommandEvent,
  type CommandEvent,
} from "../../src/commands/commandEvents";

describe("command events", () => {
  it("delivers events sent before anyone listened to the first subscriber, once", () => {
    emitCommandEvent({ type: "refresh-requested" });
    const first: CommandEvent[] = [];
    const second: CommandEvent[] = [];
    const offFirst = onCommandEvent((e) => first.push(e));
    const offSecond = onCommandEvent((e) => second.push(e));
    expect(first).toEqual([{ type: "refresh-requested" }]);
    expect(second).toEqual([]);
    offFirst();
    offSecond();
  });

  it("sends later events to every subscriber until it unsubscribes", () => {
    const seen: CommandEvent[] = [];
    const off = onCommandEvent((e) => seen.push(e));
    emitCommandEvent({ type: "refresh-requested" });
    off();
    const later: CommandEvent[] = [];
    const offLater = onCommandEvent((e) => later.push(e));
    emitCommandEvent({ type: "failed", command: "x", message: "m" });
    offLater();
    expect(seen).toEqual([{ type: "refresh-requested" }]);
    expect(later).toEqual([{ type: "failed", command: "x", message: "m" }]);
  });
});
