import { FakeDocumentSettings } from "./documentSettings";

const save = (s: FakeDocumentSettings) =>
  new Promise<{ status: string; error?: { message: string } }>((resolve) => s.saveAsync(resolve));

describe("FakeDocumentSettings (Office.context.document.settings)", () => {
  it("keeps set and remove in memory until saveAsync, and a reopened document sees only what was saved", async () => {
    const settings = new FakeDocumentSettings();
    settings.set("checkOnOpen", "on");
    expect(settings.get("checkOnOpen")).toBe("on");
    expect(settings.reopen().get("checkOnOpen")).toBeNull();
    expect(await save(settings)).toEqual({ status: "succeeded" });
    const reopened = settings.reopen();
    expect(reopened.get("checkOnOpen")).toBe("on");
    reopened.remove("checkOnOpen");
    expect(reopened.get("checkOnOpen")).toBeNull();
    expect(reopened.reopen().get("checkOnOpen")).toBe("on");
  });

  it("stores values as JSON: get returns a copy, and a function is refused", () => {
    const settings = new FakeDocumentSettings();
    const value = { url: "https://example.org/d.json" };
    settings.set("dataset", value);
    value.url = "changed";
    expect(settings.get("dataset")).toEqual({ url: "https://example.org/d.json" });
    expect(() => settings.set("f", () => 1)).toThrow(/cannot be serialized/);
    expect(settings.get("never-set")).toBeNull();
  });

  it("answers asynchronously, and a failed save leaves the document as it was", async () => {
    const settings = new FakeDocumentSettings();
    let answered = false;
    settings.set("checkOnOpen", "on");
    settings.saveAsync(() => (answered = true));
    expect(answered).toBe(false);
    await new Promise((r) => setTimeout(r, 0));
    expect(answered).toBe(true);
    settings.saveFails = true;
    settings.set("checkOnOpen", "off");
    expect(await save(settings)).toEqual({
      status: "failed",
      error: { message: "The settings could not be saved." },
    });
    expect(settings.reopen().get("checkOnOpen")).toBe("on");
  });
});
