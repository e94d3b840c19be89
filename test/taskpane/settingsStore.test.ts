/** @jest-environment jsdom */
import { localSettingsStore, officeSettingsStore } from "../../src/taskpane/settingsStore";

describe("localSettingsStore", () => {
  it("keeps settings under a prefix and forgets them on null", async () => {
    localStorage.clear();
    const store = localSettingsStore(localStorage);
    expect(store.get("datasetUrl")).toBeNull();
    await store.set("datasetUrl", "https://example.org/d.json");
    expect(localStorage.getItem("policy-tables:datasetUrl")).toBe("https://example.org/d.json");
    expect(store.get("datasetUrl")).toBe("https://example.org/d.json");
    await store.set("datasetUrl", null);
    expect(localStorage.getItem("policy-tables:datasetUrl")).toBeNull();
  });
});

describe("officeSettingsStore", () => {
  function fakeSettings(fail?: string) {
    const values = new Map<string, unknown>();
    const settings = {
      get: (k: string) => values.get(k),
      set: (k: string, v: unknown) => void values.set(k, v),
      remove: (k: string) => void values.delete(k),
      saveAsync: (cb: (r: unknown) => void) =>
        cb(
          fail
            ? { status: "failed", error: { message: fail } }
            : { status: "succeeded", error: undefined },
        ),
    };
    return { values, settings: settings as unknown as Office.Settings };
  }
  beforeAll(() => {
    (globalThis as unknown as { Office: unknown }).Office = {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    };
  });

  it("saves the setting in the workbook", async () => {
    const { values, settings } = fakeSettings();
    const store = officeSettingsStore(settings);
    await store.set("datasetUrl", "https://example.org/d.json");
    expect(values.get("datasetUrl")).toBe("https://example.org/d.json");
    expect(store.get("datasetUrl")).toBe("https://example.org/d.json");
    await store.set("datasetUrl", null);
    expect(values.has("datasetUrl")).toBe(false);
  });

  it("rejects with Office's reason when the workbook cannot be saved", async () => {
    const { settings } = fakeSettings("The document is read-only.");
    await expect(officeSettingsStore(settings).set("datasetUrl", "x")).rejects.toThrow(
      "Could not save the setting datasetUrl: The document is read-only.",
    );
  });
});
