import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_PID_FILE, isRunning, readPidFile } from "./start";

/** Stops the dev server `npm start` recorded in its pid file; waits until it has exited. */
export async function stopDevServer(pidFile: string, timeoutMs = 10_000): Promise<string> {
  const entry = readPidFile(pidFile);
  if (!entry) return `No dev server is running (no pid file at ${pidFile}).`;
  if (!isRunning(entry.pid)) {
    rmSync(pidFile, { force: true });
    return `The dev server (pid ${entry.pid}) had already stopped; removed its pid file.`;
  }
  process.kill(entry.pid, "SIGTERM");
  const deadline = Date.now() + timeoutMs;
  while (isRunning(entry.pid)) {
    if (Date.now() > deadline) {
      throw new Error(`The dev server (pid ${entry.pid}) did not stop within ${timeoutMs} ms.`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  rmSync(pidFile, { force: true });
  return `Stopped the dev server at ${entry.url} (pid ${entry.pid}).`;
}

if (require.main === module) {
  const { values } = parseArgs({
    options: { "pid-file": { type: "string", default: DEFAULT_PID_FILE } },
  });
  stopDevServer(resolve(values["pid-file"]))
    .then((message) => console.log(message))
    .catch((error: Error) => {
      console.error(`npm stop: ${error.message}`);
      process.exit(1);
    });
}
