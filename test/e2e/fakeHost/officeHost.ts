/* eslint-disable @typescript-eslint/no-explicit-any -- stands in for office.js's globals */
import { FakeDocumentSettings } from "../../fakes/documentSettings";
import { FakeExcel } from "../../fakes/excel";
import { FakeOfficeAddin } from "../../fakes/officeAddin";
import { openWorkbook, saveWorkbook } from "../../fakes/savedWorkbook";

/*
 * office.js as Excel hands it to the pane, made of the project's fakes (test/fakes/excel.ts,
 * officeAddin.ts, documentSettings.ts), so the built pane runs in a browser as it runs in Excel:
 * inserts write into a fake workbook, What changed and Refresh read its tables, settings are
 * saved in its document. fakeExcelHost.ts bundles this file and serves it in place of
 * office-js/office.js. The browser preview has no workbook, which is why the walk-throughs of
 * workbook features use this instead.
 *
 * "The file" lives in localStorage, so reloading the page is closing and reopening the
 * workbook: its sheets and tables as the last Excel.run left them (Excel on the web saves as
 * it goes), the settings as last saved with saveAsync, and the startup behavior as last set,
 * which decides whether the add-in started with the document.
 */
interface SavedFile {
  workbook?: string;
  settings?: Record<string, string>;
  startup?: "Load" | "None";
}
const FILE_KEY = "fake-excel:file";
const file: SavedFile = JSON.parse(localStorage.getItem(FILE_KEY) ?? "{}");
const keep = () => localStorage.setItem(FILE_KEY, JSON.stringify(file));

const workbook = file.workbook ? openWorkbook(file.workbook) : new FakeExcel();
const addin = new FakeOfficeAddin();
addin.storedBehavior = file.startup ?? "None";
const startedWithDocument = addin.reopen();
const document = { saved: file.settings ?? {} };
const settings = new FakeDocumentSettings(document);

const run = async <T>(batch: (context: any) => Promise<T>): Promise<T> => {
  try {
    return await workbook.run(batch);
  } finally {
    file.workbook = saveWorkbook(workbook);
    keep();
  }
};
const saveAsync = settings.saveAsync.bind(settings);
settings.saveAsync = (options?: unknown, callback?: (r: any) => void) => {
  const answer = typeof options === "function" ? (options as typeof callback) : callback;
  saveAsync(undefined, (result) => {
    file.settings = document.saved;
    keep();
    answer?.(result);
  });
};
const setStartupBehavior = addin.api.setStartupBehavior;
(addin.api as any).setStartupBehavior = async (behavior: string) => {
  await setStartupBehavior(behavior);
  file.startup = addin.storedBehavior;
  keep();
};

class CustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

Object.assign(globalThis, {
  Office: {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    StartupBehavior: { load: "Load", none: "None" },
    onReady: (callback?: (info: unknown) => void) =>
      new Promise((resolve) =>
        setTimeout(() => {
          const info = { host: "Excel", platform: "OfficeOnline" };
          callback?.(info);
          resolve(info);
        }, 0),
      ),
    context: {
      document: { settings },
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          name === "SharedRuntime"
            ? version === "1.1" && addin.sharedRuntime
            : workbook.requirements.isSetSupported(name, version),
      },
    },
    addin: addin.api,
    actions: { associate: () => undefined },
  },
  Excel: {
    run,
    CalculationType: { full: "Full", recalculate: "Recalculate", fullRebuild: "FullRebuild" },
  },
  CustomFunctions: {
    associate: () => undefined,
    Error: CustomFunctionsError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
  },
  /** For the test: the workbook, the add-in's Office.addin record and the document settings. */
  fakeExcel: { workbook, addin, settings, startedWithDocument },
});
