import * as F from "../../src/functions/functions";
import { configureRuntimeDataset, resetRuntimeDataset } from "../../src/functions/runtimeDataset";
import { fixtureDataset } from "../fixtures/fixtureDataset";
import { countingFetch } from "./datasetFetch";
import { asError, CustomFunctionsError, installCustomFunctions } from "./customFunctionsGlobal";

const runtime = installCustomFunctions();
afterAll(() => runtime.uninstall());

let fetched: ReturnType<typeof countingFetch>;
beforeEach(() => {
  resetRuntimeDataset();
  fetched = countingFetch(fixtureDataset());
  configureRuntimeDataset({ fetch: fetched, recalculate: async () => {} });
});

describe("POLICY functions on the fixture dataset", () => {
  it("VALUE returns a figure's number", async () => {
    expect(await F.value("dhs-pill-presses-seized-fy2023")).toBe(3600);
  });
  it("VALUE of an unknown id is #N/A naming the three nearest ids", async () => {
    const error = asError(await F.value("treasury-sanction"));
    expect(error.code).toBe("#N/A");
    expect(error.message).toBe(
      'No figure or event has id "treasury-sanction". Did you mean treasury-sanctions-since-eo, ' +
        "treasury-strike-force-launch, treasury-strike-force-announced?",
    );
  });
  it("VALUE of a number is #VALUE! saying an id is text", async () => {
    const error = asError(await F.value(12 as unknown as string));
    expect(error).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        'Argument id (number 12) is not valid: expected a figure id (text), e.g. "treasury-sanctions-since-eo".',
      ),
    );
  });
  it("LOOKUP finds by meaning and lists candidates when ambiguous", async () => {
    expect(await F.lookup("overdose deaths", "CDC")).toBe(107000);
    expect(await F.lookup("pill presses", undefined, undefined, "unit")).toBe("pill_presses");
    const error = asError(await F.lookup("overdose deaths"));
    expect(error.code).toBe("#N/A");
    expect(error.message).toMatch(
      /^2 figures match "overdose deaths": us-overdose-deaths-2022 .*us-overdose-deaths-per-year-since-2020/,
    );
  });
  it("DATE returns a serial, and #VALUE! for a figure without a part", async () => {
    expect(await F.date("treasury-strike-force-announced")).toBe(45265);
    expect(await F.date("dhs-currency-seized-fy2023", "start")).toBe(44835);
    expect(asError(await F.date("dhs-currency-seized-fy2023")).code).toBe("#VALUE!");
  });
  it("FIELD returns fields and #N/A for a field the dataset leaves empty", async () => {
    expect(await F.field("us-overdose-deaths-2022", "source_title")).toBe(
      "Treasury launches strike force",
    );
    expect(await F.field("treasury-strike-force-launch", "precision")).toBe("day");
    const error = asError(await F.field("us-overdose-deaths-per-year-since-2020", "actor"));
    expect(error.code).toBe("#N/A");
    expect(error.message).toMatch(/has no actor in the dataset/);
  });
  it("SOURCE and QUOTE return the citation and the exact sentence", async () => {
    expect(await F.source("treasury-strike-force-launch")).toBe(
      '"Treasury launches strike force", Example Wire, 2023-12-04, No URL stated in the document',
    );
    expect(await F.quote("dhs-currency-seized-fy2023")).toBe(
      "In FY 2023, DHS seized more than 3,600 pill presses and $16 million in currency.",
    );
  });
  it("TABLE spills a table and returns errors as a 1x1 array", async () => {
    expect(await F.table("seizures", "metric,value")).toEqual([
      ["Metric", "Value"],
      ["pill presses seized", 3600],
      ["currency seized", 16000000],
    ]);
    const error = asError(await F.table("seizure"));
    expect(error.code).toBe("#N/A");
    expect(error.message).toMatch(/Did you mean seizures\?/);
  });
  it("SEARCH spills matches and #N/A when nothing matches", async () => {
    const rows = (await F.search("pill presses", 1)) as unknown[][];
    expect(rows).toEqual([
      ["Id", "Value", "Unit", "What", "Source"],
      [
        "dhs-pill-presses-seized-fy2023",
        3600,
        "pill_presses",
        "pill presses seized",
        "Senate, 2024-03-20",
      ],
    ]);
    expect(asError(await F.search("bananas")).code).toBe("#N/A");
    expect(asError(await F.search("pill", 0)).code).toBe("#VALUE!");
  });
  it("VERSION shows version and short hash", async () => {
    expect(await F.version()).toMatch(/^1\.0\.0 \(sha [0-9a-f]{8}\)$/);
  });
  it("CARD degrades to the plain value outside Excel", async () => {
    expect(await F.card("us-overdose-deaths-2022")).toBe(107000);
  });
  it("CARD returns an entity where CustomFunctionsRuntime 1.4 is supported", async () => {
    const holder = globalThis as { Office?: unknown };
    const asked: string[] = [];
    holder.Office = {
      context: {
        requirements: {
          isSetSupported: (set: string, version: string) => {
            asked.push(`${set} ${version}`);
            return true;
          },
        },
      },
    };
    try {
      expect(await F.card("us-overdose-deaths-2022")).toMatchObject({
        type: "Entity",
        text: "107,000",
        properties: { Value: { type: "FormattedNumber", basicValue: 107000 } },
      });
      expect(asked).toEqual(["CustomFunctionsRuntime 1.4"]);
    } finally {
      delete holder.Office;
    }
  });
  it("serves many calls from one dataset fetch", async () => {
    const calls = [];
    for (let i = 0; i < 200; i++) {
      calls.push(F.value("us-overdose-deaths-2022"), F.lookup("pill presses"), F.version());
    }
    await Promise.all(calls);
    await F.table("sanctions");
    expect(fetched.calls).toEqual(["data/dataset.json"]);
  });
});

describe("POLICY functions when the dataset cannot be loaded", () => {
  it("gives #N/A naming the URL and HTTP status when the fetch fails", async () => {
    resetRuntimeDataset();
    configureRuntimeDataset({ fetch: countingFetch({}, 404) });
    const error = asError(await F.value("us-overdose-deaths-2022"));
    expect(error).toEqual(
      new CustomFunctionsError(
        "#N/A",
        "Could not load the dataset from data/dataset.json: HTTP 404 Not Found.",
      ),
    );
    expect(asError(await F.table("sanctions")).code).toBe("#N/A");
  });
  it("gives #VALUE! listing the problems of an invalid dataset", async () => {
    resetRuntimeDataset();
    configureRuntimeDataset({
      fetch: countingFetch(fixtureDataset((d) => (d.figures[0].value = 1), true)),
    });
    const error = asError(await F.quote("us-overdose-deaths-2022"));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^The dataset is invalid \(1 problem\); .*contentHash: is/s);
  });
  it("gives #VALUE! when the file is not JSON", async () => {
    resetRuntimeDataset();
    configureRuntimeDataset({ fetch: countingFetch("<html>not json") });
    const error = asError(await F.version());
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^The dataset at data\/dataset.json is not valid JSON: /);
  });
  it("gives #N/A when the network fails", async () => {
    resetRuntimeDataset();
    configureRuntimeDataset({
      fetch: async () => {
        throw new TypeError("Failed to fetch");
      },
    });
    expect(asError(await F.source("x"))).toEqual(
      new CustomFunctionsError(
        "#N/A",
        "Could not load the dataset from data/dataset.json: Failed to fetch.",
      ),
    );
  });
});
