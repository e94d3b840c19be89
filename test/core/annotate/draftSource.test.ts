import { draftSource } from "../../../src/core/annotate/draftSource";

describe("draftSource", () => {
  it("takes a statement's or a testimony's speaker for its author", () => {
    expect(
      draftSource("Statement from Governor Ana Lima on Port Safety\nToday, I signed.", [], null)
        .author,
    ).toBe("Governor Ana Lima");
    expect(
      draftSource("Written Testimony of\n\nRui Costa¹\n\nProfessor of Law", [], null).author,
    ).toBe("Rui Costa");
    expect(draftSource("Port Safety Rules\n\nThe ministry acted.", [], null).author).toBeNull();
  });
});
