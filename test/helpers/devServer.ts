import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { freePort } from "./freePort";

const ROOT = join(__dirname, "../..");
export const TSX = join(ROOT, "node_modules/.bin/tsx");

export interface DevServer {
  /** e.g. http://localhost:41234/ (with the trailing slash the banner prints). */
  base: string;
  /** Everything it printed up to the ready banner. */
  banner: string;
  child: ChildProcess;
  stop(): void;
}

/**
 * `npm start -- --http` on a free port, serving `data` (a folder with dataset.json); resolves
 * when the banner with the preview URL is printed, rejects with its output if it exits first.
 */
export async function startDevServer(options: {
  data: string;
  pidFile: string;
  timeoutMs?: number;
}): Promise<DevServer> {
  const port = await freePort();
  const child = spawn(
    TSX,
    [
      "src/cli/start.ts",
      "--http",
      "--port",
      String(port),
      "--data",
      options.data,
      "--pid-file",
      options.pidFile,
    ],
    { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
  );
  const stop = () => {
    if (child.exitCode === null) child.kill("SIGTERM");
  };
  try {
    const banner = await waitForReady(child, options.timeoutMs ?? 150_000);
    return { base: `http://localhost:${port}/`, banner, child, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

function waitForReady(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(
      () => reject(new Error(`dev server not ready after ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Browser preview:")) {
        clearTimeout(timer);
        resolve(output);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`dev server exited with ${code} before it was ready:\n${output}`));
    });
  });
}
