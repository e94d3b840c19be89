import { createHash } from "node:crypto";
import { seedFileName } from "../../../src/core/dataset/seedFileName";

const SEEDS = ["000_27c8b5ee908a7d02.txt", "004_8a99acc19320498a.txt", "dataset.yaml"];

describe("seedFileName", () => {
  it("numbers after the highest seed and names the text by its sha256's first 16 hex digits", () => {
    const hex = createHash("sha256").update("A new document.").digest("hex").slice(0, 16);
    expect(seedFileName(SEEDS, "A new document.")).toBe(`005_${hex}.txt`);
    expect(seedFileName([], "A new document.")).toBe(`000_${hex}.txt`);
  });

  it("refuses a text that is already a seed, naming its file", () => {
    const name = seedFileName(SEEDS, "Same text.");
    expect(() => seedFileName([...SEEDS, name], "Same text.")).toThrow(
      `This text is already in the seeds as ${name}.`,
    );
  });

  it("refuses a thousandth and first document", () => {
    expect(() => seedFileName(["999_0000000000000000.txt"], "x")).toThrow(/1,000 documents/);
  });
});
