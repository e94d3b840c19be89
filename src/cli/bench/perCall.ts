export interface PerCall {
  /** Calls per run. */
  calls: number;
  /** Microseconds per call of each run, in run order. */
  microsPerCall: number[];
  /** Median over the runs. */
  medianMicros: number;
  /** Calls that gave an error (an object, or a spilled array of one error) or nothing. */
  errors: number;
}

/**
 * Microseconds per call of `call(i)` over `runs` runs of `calls` awaited calls each, so one
 * slow run (a collection, a busy core) shows beside the others instead of inside a single sample.
 */
export async function timePerCall(
  call: (i: number) => Promise<unknown>,
  calls: number,
  runs: number,
): Promise<PerCall> {
  const microsPerCall: number[] = [];
  let errors = 0;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    for (let i = 0; i < calls; i++) {
      const r = await call(i);
      if (failed(r)) errors++;
    }
    microsPerCall.push(Math.round(((performance.now() - started) * 1000 * 100) / calls) / 100);
  }
  const sorted = [...microsPerCall].sort((a, b) => a - b);
  return { calls, microsPerCall, medianMicros: sorted[Math.floor(runs / 2)], errors };
}

function failed(r: unknown): boolean {
  if (Array.isArray(r)) return r.length === 1 && r[0]?.length === 1 && typeof r[0][0] === "object";
  return r === null || r === undefined || typeof r === "object";
}
