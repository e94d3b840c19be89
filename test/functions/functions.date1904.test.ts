import * as F from "../../src/functions/functions";
import { configureRuntimeDataset, resetRuntimeDataset } from "../../src/functions/runtimeDataset";
import { FakeExcel } from "../fakes/excel";
import { fixtureDataset } from "../fixtures/fixtureDataset";
import { countingFetch } from "./datasetFetch";
import { installCustomFunctions } from "./customFunctionsGlobal";

const runtime = installCustomFunctions();
afterAll(() => runtime.uninstall());
beforeEach(() => {
  resetRuntimeDataset();
  configureRuntimeDataset({ fetch: countingFetch(fixtureDataset()), recalculate: async () => {} });
});

// What the README says a formula can and cannot know of a workbook's date system.
describe("POLICY.DATE and POLICY.FIELD in a workbook using the 1904 date system", () => {
  it("DATE returns the 1900-system serial whatever the workbook, 4 years and a day late there", async () => {
    const serial = await F.date("treasury-strike-force-launch");
    expect(serial).toBe(45264);
    const fake = new FakeExcel();
    fake.use1904DateSystem = true;
    fake.type("Sheet1!A1", "2023-12-04"); // the same day, as that workbook stores it
    expect(fake.cell("Sheet1!A1").value).toBe((serial as number) - 1462);
  });

  it('FIELD(id, "date") gives the ISO text, which Excel reads as the workbook\'s own serial', async () => {
    const text = await F.field("treasury-strike-force-launch", "date");
    expect(text).toBe("2023-12-04");
    const fake = new FakeExcel();
    fake.use1904DateSystem = true;
    fake.type("Sheet1!A1", String(text)); // as DATEVALUE(text) reads it
    expect(fake.cell("Sheet1!A1")).toMatchObject({ value: 43802, text: "2023-12-04" });
  });
});
