import { createHash } from "node:crypto";
import { seedFileName } from "../../../src/core/annotate/seedFileName";

describe("seedFileName", () => {
  it("numbers after the last seed and names the text by the first 16 hex digits of its sha256", () => {
    const hex = createHash("sha256").update("A new document.").digest("hex").slice(0, 16);
    expect(
      seedFileName("A new document.", ["000_27c8b5ee908a7d02.txt", "004_8a99acc19320498a.txt"]),
    ).toEqual({
      file: `005_${hex}.txt`,
    });
    expect(seedFileName("A new document.", [])).toEqual({ file: `000_${hex}.txt` });
  });

  it("refuses a text that is already a seed", () => {
    const hex = createHash("sha256").update("same").digest("hex").slice(0, 16);
    expect(seedFileName("same", [`003_${hex}.txt`])).toEqual({
      problem: `This text is already in the seeds as 003_${hex}.txt.`,
    });
  });
});
