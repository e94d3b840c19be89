import { FakeOfficeAddin, installOffice } from "./officeAddin";

describe("FakeOfficeAddin (Office.addin)", () => {
  it("applies a startup behavior at the next open, not the current one", async () => {
    const addin = new FakeOfficeAddin();
    const office = installOffice(addin);
    expect(addin.reopen()).toBe(false);
    await office.addin.setStartupBehavior(office.StartupBehavior.load);
    expect(addin.reopen()).toBe(true);
    expect(addin.reopen()).toBe(true);
    await office.addin.setStartupBehavior(office.StartupBehavior.none);
    expect(addin.reopen()).toBe(false);
  });

  it("refuses a value the StartupBehavior enum does not have", async () => {
    const addin = new FakeOfficeAddin();
    await expect(addin.api.setStartupBehavior("load")).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    expect(addin.storedBehavior).toBe("None");
  });

  it("rejects both methods without SharedRuntime 1.1, and says so in isSetSupported", async () => {
    const addin = new FakeOfficeAddin();
    addin.sharedRuntime = false;
    const office = installOffice(addin);
    expect(office.context.requirements.isSetSupported("SharedRuntime", "1.1")).toBe(false);
    await expect(addin.api.setStartupBehavior("Load")).rejects.toMatchObject({
      code: "NotImplemented",
    });
    await expect(addin.api.showAsTaskpane()).rejects.toMatchObject({ code: "NotImplemented" });
    expect(addin.reopen()).toBe(false);
  });

  it("can refuse setStartupBehavior, as Excel on the web does on some files", async () => {
    const addin = new FakeOfficeAddin();
    addin.setStartupFails = true;
    await expect(addin.api.setStartupBehavior("Load")).rejects.toThrow(/internal error/);
    expect(addin.reopen()).toBe(false);
  });

  it("ignores showAsTaskpane for a Marketplace add-in, resolving all the same", async () => {
    const addin = new FakeOfficeAddin();
    await addin.api.showAsTaskpane();
    expect(addin.paneVisible).toBe(true);
    addin.reopen();
    addin.marketplace = true;
    await expect(addin.api.showAsTaskpane()).resolves.toBeUndefined();
    expect(addin.paneVisible).toBe(false);
  });
});
