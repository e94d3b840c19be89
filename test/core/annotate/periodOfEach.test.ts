import { draftAnnotation } from "../../../src/core/annotate/draftAnnotation";
import { knownRecords } from "../../../src/core/annotate/knownRecords";

/** The drafted figures of a text dated 2024-03-20, by value. */
function periods(...paragraphs: string[]) {
  const { figures } = draftAnnotation(
    "009_0123456789abcdef",
    ["date 2024-03-20 Figures on the fentanyl crisis, as reported", ...paragraphs].join("\n\n"),
    { known: knownRecords([]) },
  );
  return new Map(figures.map((f) => [f.value, f.period]));
}

describe("periodOf with two figures each followed by its year", () => {
  it("gives each number its own year, not the first year for both", () => {
    const p = periods("Seizures of heroin fell from an estimated 5,400 in 2021 to 4,950 in 2022.");
    expect(p.get(5400)).toMatchObject({ start: "2021", end: "2021" });
    expect(p.get(4950)).toMatchObject({ start: "2022", end: "2022" });
  });

  it("keeps a leading year for a figure that names none of its own", () => {
    const p = periods("In 2022, officers seized 4,950 pounds at the border.");
    expect(p.get(4950)).toMatchObject({ start: "2022", end: "2022" });
  });
});
