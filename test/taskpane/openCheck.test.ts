import { onCommandEvent, type CommandEvent } from "../../src/commands/commandEvents";
import { applyStartupBehavior, checkOnOpen, OPEN_SETTING_KEYS } from "../../src/taskpane/openCheck";
import type { SettingsStore } from "../../src/taskpane/settingsStore";
import { workbook } from "../excel/harness";
import { FakeOfficeAddin, installOffice } from "../fakes/officeAddin";
import { fixtureDataset } from "../fixtures/fixtureDataset";

function memorySettings(values: Record<string, string> = {}): SettingsStore {
  const map = new Map(Object.entries(values));
  return {
    get: (k) => map.get(k) ?? null,
    set: async (k, v) => void (v === null ? map.delete(k) : map.set(k, v)),
  };
}
const newer = fixtureDataset((d) => {
  d.version = "1.1.0";
  d.figures[3].value = 3700;
});

/** A workbook whose seizures table was written with dataset 1.0.0, and the events it sends. */
async function outdatedWorkbook() {
  const w = workbook();
  await w.actions.insertTable(fixtureDataset(), "seizures", {}, "selection");
  const events: CommandEvent[] = [];
  const stop = onCommandEvent((e) => events.push(e));
  return { ...w, events, stop };
}

describe("applyStartupBehavior", () => {
  it("makes the add-in load with the workbook from its next open, and stop again", async () => {
    const addin = new FakeOfficeAddin();
    installOffice(addin);
    await applyStartupBehavior(true);
    expect(addin.calls).toEqual(["setStartupBehavior(Load)"]);
    expect(addin.reopen()).toBe(true);
    await applyStartupBehavior(false);
    expect(addin.reopen()).toBe(false);
  });

  it("says which Excel versions can do it when SharedRuntime 1.1 is missing, and calls nothing", async () => {
    const addin = new FakeOfficeAddin();
    addin.sharedRuntime = false;
    installOffice(addin);
    await expect(applyStartupBehavior(true)).rejects.toThrow(
      /needs SharedRuntime 1.1: Excel on the web, Microsoft 365 on Windows 2002 or later, on Mac 16.35 or later, or Excel 2021 or later\)\. The setting is saved/,
    );
    expect(addin.calls).toEqual([]);
  });

  it("reports Excel refusing the behavior instead of assuming it took", async () => {
    const addin = new FakeOfficeAddin();
    addin.setStartupFails = true;
    installOffice(addin);
    await expect(applyStartupBehavior(true)).rejects.toThrow(
      /^Excel did not agree to start Policy Tables with this workbook \(An internal error has occurred\.\)/,
    );
    expect(addin.reopen()).toBe(false);
  });
});

describe("checkOnOpen", () => {
  it("does nothing, and opens no pane, when the setting is off", async () => {
    const addin = new FakeOfficeAddin();
    installOffice(addin);
    const { actions, events, stop } = await outdatedWorkbook();
    expect(await checkOnOpen(memorySettings(), actions, async () => newer)).toBe("none");
    expect(addin.calls).toEqual([]);
    expect(events).toEqual([]);
    stop();
  });

  it("opens the pane on what changed when the tables were written with an older dataset, writing nothing", async () => {
    const addin = new FakeOfficeAddin();
    installOffice(addin);
    const { fake, actions, events, stop } = await outdatedWorkbook();
    const writes = fake.stats.writeOps;
    const settings = memorySettings({ [OPEN_SETTING_KEYS.check]: "on" });
    expect(await checkOnOpen(settings, actions, async () => newer)).toBe("notify");
    expect(addin.paneVisible).toBe(true);
    expect(events).toEqual([{ type: "changes-available" }]);
    expect(fake.stats.writeOps).toBe(writes);
    stop();
  });

  it("asks the pane to refresh only when the person opted in, and not for a dataset that is the tables' own", async () => {
    const addin = new FakeOfficeAddin();
    installOffice(addin);
    const { actions, events, stop } = await outdatedWorkbook();
    const settings = memorySettings({
      [OPEN_SETTING_KEYS.check]: "on",
      [OPEN_SETTING_KEYS.refresh]: "on",
    });
    expect(await checkOnOpen(settings, actions, async () => newer)).toBe("refresh");
    expect(events).toEqual([{ type: "refresh-requested" }]);
    expect(await checkOnOpen(settings, actions, async () => fixtureDataset())).toBe("none");
    expect(events).toHaveLength(1);
    stop();
  });

  it("ignores 'refresh automatically' while the check itself is off", async () => {
    installOffice(new FakeOfficeAddin());
    const { actions, events, stop } = await outdatedWorkbook();
    const settings = memorySettings({ [OPEN_SETTING_KEYS.refresh]: "on" });
    expect(await checkOnOpen(settings, actions, async () => newer)).toBe("none");
    expect(events).toEqual([]);
    stop();
  });

  it("still tells the pane when Office ignores showAsTaskpane (a Marketplace add-in)", async () => {
    const addin = new FakeOfficeAddin();
    addin.marketplace = true;
    installOffice(addin);
    const { actions, events, stop } = await outdatedWorkbook();
    const settings = memorySettings({ [OPEN_SETTING_KEYS.check]: "on" });
    expect(await checkOnOpen(settings, actions, async () => newer)).toBe("notify");
    expect(addin.paneVisible).toBe(false);
    expect(events).toEqual([{ type: "changes-available" }]);
    stop();
  });
});
