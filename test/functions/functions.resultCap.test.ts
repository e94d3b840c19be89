import { RESULT_MAX_BYTES, RESULT_MAX_ROWS } from "../../src/core/lookup/resultCap";
import * as F from "../../src/functions/functions";
import { configureRuntimeDataset, resetRuntimeDataset } from "../../src/functions/runtimeDataset";
import { syntheticDataset } from "../excel/syntheticDataset";
import { cellShows } from "../fakes/customFunctionResult";
import { asError, installCustomFunctions } from "./customFunctionsGlobal";
import { countingFetch } from "./datasetFetch";

const runtime = installCustomFunctions();
afterAll(() => runtime.uninstall());

function useDataset(rows: number, quoteChars = 0) {
  resetRuntimeDataset();
  configureRuntimeDataset({
    fetch: countingFetch(syntheticDataset(rows, quoteChars)),
    recalculate: async () => {},
  });
}

describe("POLICY.TABLE result size", () => {
  it("gives #N/A saying how to narrow a 20,000-row table instead of a result Excel leaves at #BUSY!", async () => {
    useDataset(20_000, 200);
    const shown = cellShows(await F.table("synthetic"));
    expect(shown).not.toBe("#BUSY!");
    const error = asError(shown);
    expect(error.code).toBe("#N/A");
    expect(error.message).toMatch(
      /^POLICY.TABLE\("synthetic"\) would return 20,000 rows, more than a formula result may hold \(10,000 rows and 4 MB; Excel stays at #BUSY! past 5 MB\)\. Name fewer columns/,
    );
    expect(error.message).toContain(
      `Name fewer columns, e.g. POLICY.TABLE("synthetic", "metric,value"), or keep fewer rows with a filter, e.g. POLICY.TABLE("synthetic", , "value >= 100"). Or insert the table from the Policy Tables pane`,
    );
  });

  it("caps by bytes as JSON of the 2-D result, naming its size", async () => {
    useDataset(8_000, 600);
    const error = asError(await F.table("synthetic"));
    expect(error.message).toMatch(/would return 8,000 rows \(\d\.\d MB\)/);
    // Fewer columns fit.
    const narrow = (await F.table("synthetic", "metric,value")) as unknown[][];
    expect(narrow).toHaveLength(8_001);
  });

  it("returns results within both caps whole", async () => {
    useDataset(RESULT_MAX_ROWS);
    const rows = (await F.table("synthetic")) as unknown[][];
    expect(rows).toHaveLength(RESULT_MAX_ROWS + 1);
    expect(JSON.stringify(rows).length).toBeLessThan(RESULT_MAX_BYTES);
    expect(cellShows(rows)).toBe(rows);
  });
});
