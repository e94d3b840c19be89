import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parsePolicyCall } from "../../src/core/lookup/explainFormula";
import * as F from "../../src/functions/functions";
import { configureRuntimeDataset, resetRuntimeDataset } from "../../src/functions/runtimeDataset";
import { shippedDataset } from "../excel/shippedDataset";
import { installCustomFunctions } from "./customFunctionsGlobal";
import { countingFetch } from "./datasetFetch";
import { memoryPieceFetch } from "./memoryPieceFetch";

/** POLICY.LOOKUP over the lookup pieces gives what it gives over the whole dataset. */
// Hundreds of fresh runtimes, each loading the whole dataset once: slow on a busy machine.
jest.setTimeout(180_000);
const dataset = shippedDataset();
const runtime = installCustomFunctions();
afterAll(() => runtime.uninstall());

type Args = Parameters<typeof F.lookup>;

function freshRuntime(pieced: boolean) {
  resetRuntimeDataset();
  const whole = countingFetch(dataset);
  const pieces = memoryPieceFetch(dataset);
  configureRuntimeDataset({
    fetch: whole,
    ...(pieced ? { pieceFetch: pieces } : {}),
    recalculate: async () => {},
  });
  return { whole, pieces };
}

/** A result as a comparable value: an Excel error as its code and message. */
const shown = (r: unknown) =>
  r !== null && typeof r === "object" ? { ...(r as object) } : (r as string | number | boolean);

async function both(args: Args) {
  freshRuntime(false);
  const whole = shown(await F.lookup(...args));
  const run = freshRuntime(true);
  const pieced = shown(await F.lookup(...args));
  return { whole, pieced, fetchedWhole: run.whole.calls.length > 0, pieces: run.pieces.calls };
}

/** The README's LOOKUP examples, as Excel would pass their arguments. */
function readmeLookups(): Args[] {
  const readme = readFileSync(join(__dirname, "../../README.md"), "utf8");
  return [...readme.matchAll(/`(=POLICY\.LOOKUP\([^`]*\))`/g)].map((m) => {
    const call = parsePolicyCall(m[1])!;
    return call.args.map((a) => (a.kind === "value" ? a.value : undefined)) as Args;
  });
}

/** Queries over every figure: by metric, with actor and period, by id, with fields, and wrong. */
function everyFigureLookups(): Args[] {
  return dataset.figures.flatMap((f): Args[] => [
    [f.metric],
    [f.metric, f.actor ?? undefined],
    [f.metric, f.actor ?? undefined, f.period.text ?? undefined, "id"],
    [f.metric, undefined, f.period.start ?? undefined, "source_title"],
    [`${f.metric} share`, f.actor ?? undefined],
    [f.id, undefined, undefined, "citation"],
    [f.id.toUpperCase(), "nobody in particular"],
    [f.source.quote.split(" ").slice(0, 4).join(" ")],
  ]);
}

describe("POLICY.LOOKUP over the lookup pieces", () => {
  it("answers every README example as the whole dataset does, without fetching dataset.json", async () => {
    const examples = readmeLookups();
    expect(examples.length).toBeGreaterThanOrEqual(6);
    expect((await both(examples[0])).pieces.some((u) => u.includes("pieces/lookup."))).toBe(true);
    for (const args of examples) {
      const r = await both(args);
      expect([args, r.pieced]).toEqual([args, r.whole]);
      expect([args, r.fetchedWhole]).toEqual([args, false]);
    }
  });

  it("gives the whole dataset's answer, ambiguity or near candidates for queries over every figure", async () => {
    let answeredFromPieces = 0;
    const queries = everyFigureLookups();
    for (const args of queries) {
      const r = await both(args);
      expect([args, r.pieced]).toEqual([args, r.whole]);
      if (!r.fetchedWhole) answeredFromPieces++;
    }
    expect(answeredFromPieces).toBe(queries.length);
  });

  it("lists every match of an ambiguous query from the pieces", async () => {
    const r = await both(["sanctioned"]);
    expect(r.pieced).toMatchObject({
      code: "#N/A",
      message: expect.stringMatching(/figures match/),
    });
    expect(r.pieced).toEqual(r.whole);
    expect(r.fetchedWhole).toBe(false);
  });

  it("refuses bad arguments as the whole dataset does, reading no figure", async () => {
    for (const args of [["pill presses", undefined, "sometime"], [true], [5], ["  "]] as Args[]) {
      const r = await both(args);
      expect(r.pieced).toMatchObject({ code: "#VALUE!" });
      expect(r.pieced).toEqual(r.whole);
      expect(r.fetchedWhole).toBe(false);
      expect(r.pieces.some((u) => u.includes("pieces/lookup/"))).toBe(false);
    }
  });

  it("suggests ids from the sorted ids, not the whole dataset, when no figure holds the words", async () => {
    const r = await both(["treasury sanctoins"]);
    expect(r.pieced).toMatchObject({ message: expect.stringMatching(/Did you mean treasury-/) });
    expect(r.pieced).toEqual(r.whole);
    expect(r.fetchedWhole).toBe(false);
  });

  it("refuses a lookup piece whose bytes are not those the catalog lists", async () => {
    const { whole, pieces } = freshRuntime(true);
    configureRuntimeDataset({
      pieceFetch: async (url, fresh) => {
        const response = await pieces(url, fresh);
        if (!url.includes("pieces/lookup/figures-")) return response;
        const text = new TextDecoder().decode(await response.arrayBuffer());
        const bytes = new TextEncoder().encode(text.replace(/"value":(\d)/g, '"value":9$1'));
        return { ...response, arrayBuffer: async () => bytes.buffer as ArrayBuffer };
      },
    });
    const result = await F.lookup("pill presses", "DHS", "FY23");
    expect(shown(result)).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/is not the one the catalog lists/),
    });
    expect(whole.calls).toEqual([]);
  });
});
