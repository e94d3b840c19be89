import { onCommandEvent, type CommandEvent } from "../../src/commands/commandEvents";
import { runCommand } from "../../src/commands/runCommand";
import { PolicyError } from "../../src/core/errors";

describe("runCommand", () => {
  it("completes the event after the action finishes", async () => {
    const order: string[] = [];
    const event = { completed: () => order.push("completed") };
    await runCommand("refreshTables", async () => void order.push("action"), event);
    expect(order).toEqual(["action", "completed"]);
  });

  it("completes the event and tells the task pane when the action fails", async () => {
    const events: CommandEvent[] = [];
    const off = onCommandEvent((e) => events.push(e));
    const completed = jest.fn();
    await runCommand(
      "refreshTables",
      () => Promise.reject(new PolicyError("not_loaded", "The dataset is not loaded yet.")),
      { completed },
    );
    off();
    expect(completed).toHaveBeenCalledTimes(1);
    expect(events).toEqual([
      { type: "failed", command: "refreshTables", message: "The dataset is not loaded yet." },
    ]);
  });
});
