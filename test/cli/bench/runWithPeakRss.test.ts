import { highWaterMark, runWithPeakRss } from "../../../src/cli/bench/runWithPeakRss";

/*
 * The build's peak memory is read from outside its process, so a build that grows cannot
 * under-report itself. Linux only: the bench machine has /proc.
 */
const holding = (mb: number) =>
  `const b = Buffer.alloc(${mb} * 1024 * 1024, 1); setTimeout(() => console.log(b[0]), 600);`;

describe("runWithPeakRss", () => {
  it("reads a process's peak memory from /proc while it runs", async () => {
    const small = await runWithPeakRss(process.execPath, ["-e", holding(1)]);
    const large = await runWithPeakRss(process.execPath, ["-e", holding(300)]);
    expect([small.status, large.status]).toEqual([0, 0]);
    expect(large.stdout.trim()).toBe("1");
    expect(small.peakRssBytes).toBeLessThan(150 * 1024 * 1024);
    expect(large.peakRssBytes).toBeGreaterThan(300 * 1024 * 1024);
  });

  it("returns a failed run's exit code and its error output", async () => {
    const run = await runWithPeakRss(process.execPath, [
      "-e",
      "console.error('no'); process.exit(3)",
    ]);
    expect(run).toMatchObject({ status: 3, stderr: "no\n" });
  });

  it("reads no peak for a process that is not there", () => {
    expect(highWaterMark(2 ** 22 + 12345)).toBeNull();
    expect(highWaterMark(process.pid)).toBeGreaterThan(0);
  });
});
