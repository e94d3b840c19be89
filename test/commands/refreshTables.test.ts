import { onCommandEvent, type CommandEvent } from "../../src/commands/commandEvents";
import { refreshTables } from "../../src/commands/refreshTables";

describe("refreshTables", () => {
  it("opens the task pane, then asks it for its Refresh view", async () => {
    const order: string[] = [];
    const off = onCommandEvent((e: CommandEvent) => order.push(e.type));
    await refreshTables(async () => void order.push("shown"));
    off();
    expect(order).toEqual(["shown", "refresh-requested"]);
  });

  it("fails, without asking for a refresh, when the task pane cannot be shown", async () => {
    const events: CommandEvent[] = [];
    const off = onCommandEvent((e) => events.push(e));
    await expect(
      refreshTables(() => Promise.reject(new Error("showAsTaskpane is not supported"))),
    ).rejects.toThrow("showAsTaskpane is not supported");
    off();
    expect(events).toEqual([]);
  });
});
