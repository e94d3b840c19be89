import { readFileSync } from "node:fs";
import { join } from "node:path";

/** A stand-in for the two Office.js calls the commands entry makes at load. */
function loadCommands(host: string | null) {
  const associate = jest.fn();
  const showAsTaskpane = jest.fn(() => Promise.resolve());
  (globalThis as unknown as { Office: unknown }).Office = {
    onReady: (callback: (info: { host: string | null }) => void) => callback({ host }),
    actions: { associate },
    addin: { showAsTaskpane },
  };
  jest.isolateModules(() => {
    // A fresh copy per test: the entry associates its handlers when it is loaded.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require("../../src/commands/commands");
  });
  return { associate, showAsTaskpane };
}

afterEach(() => {
  delete (globalThis as unknown as { Office?: unknown }).Office;
});

describe("commands entry", () => {
  it("associates a handler with every ExecuteFunction of manifest.xml", () => {
    const manifest = readFileSync(join(__dirname, "../../manifest.xml"), "utf8");
    const names = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
    const { associate } = loadCommands("Excel");
    expect(names).toEqual(["refreshTables"]);
    expect(associate.mock.calls.map((c) => c[0])).toEqual(names);
  });

  it("the Refresh tables handler opens the task pane and completes its event", async () => {
    const { associate, showAsTaskpane } = loadCommands("Excel");
    const completed = jest.fn();
    await associate.mock.calls[0][1]({ completed });
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("associates nothing outside Office, where there is no ribbon", () => {
    expect(loadCommands(null).associate).not.toHaveBeenCalled();
  });
});
