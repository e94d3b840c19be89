/**
 * A fake of Office.addin (the shared-runtime API) for one document, as strict as the reference
 * and the known issues make it (proven in test/fakes/officeAddin.test.ts):
 *
 * - setStartupBehavior(Office.StartupBehavior.load | .none) and showAsTaskpane() need
 *   SharedRuntime 1.1 (Shared runtime requirement sets: Excel on Windows Version 2002+, Mac
 *   16.35+, the web since February 2020, Office 2021+ one-time purchase; not on iPad or Office
 *   2019 and earlier). Without it they reject, as getStartupBehavior rejects with
 *   NotImplemented where it is missing (office-js #1407).
 * - The behaviour is stored with the document and applies the next time it opens, never to the
 *   open that set it ("Run code in your Office Add-in when the document opens": the add-in must
 *   be opened manually the first time; after the method runs, whenever the document is
 *   reopened, the add-in loads). `reopen()` says whether the runtime loads with the document.
 * - Any value other than "Load" or "None" is refused (the StartupBehavior enum has only those).
 * - `setStartupFails`: Excel on the web refuses setStartupBehavior on some files (office-js
 *   #3993), so callers must report a failure, not assume the setting took.
 * - `marketplace`: since 23 February 2026 showAsTaskpane is ignored for add-ins from the
 *   Microsoft Marketplace (it resolves, the pane stays hidden; "Show or hide the task pane of
 *   your Office Add-in"); only sideloaded or centrally deployed add-ins can open their pane.
 */
export class FakeOfficeAddin {
  /** What the document stores: read at the next open. */
  storedBehavior: "Load" | "None" = "None";
  paneVisible = false;
  sharedRuntime = true;
  setStartupFails = false;
  marketplace = false;
  calls: string[] = [];

  readonly api = {
    setStartupBehavior: async (behavior: string): Promise<void> => {
      this.calls.push(`setStartupBehavior(${behavior})`);
      this.requireSharedRuntime();
      if (behavior !== "Load" && behavior !== "None")
        throw officeError("InvalidArgument", `Unknown startup behavior "${behavior}".`);
      if (this.setStartupFails)
        throw officeError("GeneralException", "An internal error has occurred.");
      this.storedBehavior = behavior;
    },
    showAsTaskpane: async (): Promise<void> => {
      this.calls.push("showAsTaskpane()");
      this.requireSharedRuntime();
      if (!this.marketplace) this.paneVisible = true;
    },
  };

  /** The document is closed and opened again: true when the runtime loads with it. */
  reopen(): boolean {
    this.paneVisible = false;
    return this.storedBehavior === "Load";
  }

  private requireSharedRuntime() {
    if (!this.sharedRuntime)
      throw officeError("NotImplemented", "This API is not supported (SharedRuntime 1.1).");
  }
}

function officeError(code: string, message: string) {
  return Object.assign(new Error(message), { code, name: "OfficeExtension.Error" });
}

/** The Office global a module reads at call time: the addin, its enum and requirement checks. */
export function installOffice(addin: FakeOfficeAddin) {
  const office = {
    addin: addin.api,
    StartupBehavior: { load: "Load", none: "None" },
    context: {
      requirements: {
        isSetSupported: (name: string, version = "1.1") =>
          name === "SharedRuntime" && version === "1.1" && addin.sharedRuntime,
      },
    },
  };
  (globalThis as unknown as { Office: unknown }).Office = office;
  return office;
}
