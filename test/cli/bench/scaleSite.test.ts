import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATASET_HEAP_FLAG } from "../../../src/cli/bench/scaleSite";

describe("the dataset build's heap bound", () => {
  it("is the one npm run dataset runs under, so the bench measures the build as shipped", () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, "../../../package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.dataset).toBe(`node ${DATASET_HEAP_FLAG} --import tsx src/cli/dataset.ts`);
  });
});
