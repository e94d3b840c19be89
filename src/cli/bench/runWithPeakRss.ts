import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";

export interface MeasuredRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  /**
   * The process's peak resident memory as the kernel keeps it (VmHWM in /proc/PID/status),
   * read from outside every `sampleMs`; null where there is no /proc. Monotone, so only growth
   * in the last sample interval before exit can be missed.
   */
  peakRssBytes: number | null;
}

/** Runs `command` to its end, watching its peak memory from outside the process. */
export function runWithPeakRss(
  command: string,
  args: string[],
  options: { cwd?: string; sampleMs?: number } = {},
): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (s: string) => (stdout = keepTail(stdout + s)));
    child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr = keepTail(stderr + s)));
    let peak: number | null = null;
    const sample = () => {
      const hwm = child.pid === undefined ? null : highWaterMark(child.pid);
      if (hwm !== null) peak = Math.max(peak ?? 0, hwm);
    };
    const timer = setInterval(sample, options.sampleMs ?? 100);
    child.on("spawn", sample);
    child.on("error", (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on("close", (status, signal) => {
      clearInterval(timer);
      resolve({
        status,
        signal,
        stdout,
        stderr,
        ms: Math.round(performance.now() - started),
        peakRssBytes: peak,
      });
    });
  });
}

/** VmHWM of `pid` in bytes, or null when /proc does not have it (gone, or not Linux). */
export function highWaterMark(pid: number): number | null {
  try {
    const kb = /^VmHWM:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb === undefined ? null : Number(kb) * 1024;
  } catch {
    return null;
  }
}

/** Enough of a long build's output to say why it failed, without holding all of it. */
const keepTail = (text: string) => (text.length > 1 << 20 ? text.slice(-(1 << 19)) : text);
