import { refreshTables } from "./refreshTables";
import { runCommand } from "./runCommand";

/*
 * The ribbon commands, part of taskpane.js on the shared-runtime page (taskpane.html). Each key is
 * a <FunctionName> of an ExecuteFunction action in manifest.xml.
 */
const showTaskpane = () => Office.addin.showAsTaskpane();

export const COMMANDS: Record<string, () => Promise<void>> = {
  refreshTables: () => refreshTables(showTaskpane),
};

Office.onReady((info) => {
  // Outside Office (browser preview) there is no ribbon to associate with.
  if (!info.host) return;
  for (const [name, action] of Object.entries(COMMANDS)) {
    Office.actions.associate(name, (event: Office.AddinCommands.Event) =>
      runCommand(name, action, event),
    );
  }
});
