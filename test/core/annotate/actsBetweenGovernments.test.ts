import { actsBetweenGovernments } from "../../../src/core/annotate/actsBetweenGovernments";

describe("actsBetweenGovernments", () => {
  it("reads two governments as acting together, not one acting on the other's nationals", () => {
    const between = (kind: Parameters<typeof actsBetweenGovernments>[1], sentence: string) =>
      actsBetweenGovernments(sentence, kind);
    expect(between("policy", "The U.S. and Colombia published a plan in 2022.")).toBe(true);
    expect(between("indictment", "Joint investigations led to convictions in 2021.")).toBe(true);
    expect(between("dialogue", "Bilateral talks stalled in 2020.")).toBe(true);
    expect(between("indictment", "The U.S. indicted two Colombian firms in 2022.")).toBe(false);
    expect(between("hearing", "The U.S. Senate heard a Canadian official in 2023.")).toBe(false);
    expect(between("policy", "The American Medical Association issued guidance in 2022.")).toBe(
      false,
    );
  });
});
