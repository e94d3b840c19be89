import { readdirSync, readFileSync } from "node:fs";

/**
 * Resident memory of Chromium's renderer processes started under this Node process, read from
 * /proc (Linux only). Playwright gives no renderer pid, so the processes are found as
 * descendants of this process whose command line says `--type=renderer`; with one page open at
 * a time the largest of them is that page's tab. Returns null where /proc is not readable.
 */
export function largestRendererRssBytes(): number | null {
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((e) => /^\d+$/.test(e));
  } catch {
    return null;
  }
  const parent = new Map<number, number>();
  for (const e of entries) {
    const stat = read(`/proc/${e}/stat`);
    // The command name in parentheses may hold spaces; the parent pid follows the last ")".
    const ppid = stat && Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    if (ppid) parent.set(Number(e), ppid);
  }
  const descends = (pid: number) => {
    for (let p = parent.get(pid); p !== undefined; p = parent.get(p))
      if (p === process.pid) return true;
    return false;
  };
  let largest = 0;
  for (const pid of parent.keys()) {
    if (!descends(pid)) continue;
    if (!(read(`/proc/${pid}/cmdline`) ?? "").includes("--type=renderer")) continue;
    const kb = Number(read(`/proc/${pid}/status`)?.match(/^VmRSS:\s+(\d+) kB/m)?.[1] ?? 0);
    largest = Math.max(largest, kb * 1024);
  }
  return largest;
}

function read(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}
