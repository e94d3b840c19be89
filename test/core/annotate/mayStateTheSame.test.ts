import { mayStateTheSame } from "../../../src/core/annotate/mayStateTheSame";

describe("mayStateTheSame", () => {
  it("accepts a value a hedge allows: 68 percent is more than 50 percent", () => {
    expect(mayStateTheSame([68, "exact"], [50, "more_than"])).toBe(true);
    expect(mayStateTheSame([50, "more_than"], [68, "exact"])).toBe(true);
  });

  it("accepts rounding by up to a tenth: 107,000 and more than 100,000, 68 and about 66.67", () => {
    expect(mayStateTheSame([107000, "more_than"], [100000, "more_than"])).toBe(true);
    expect(mayStateTheSame([68, "exact"], [66.67, "about"])).toBe(true);
  });

  it("refuses values no hedge reconciles: about 70,000 is not more than 100,000", () => {
    expect(mayStateTheSame([70000, "about"], [100000, "more_than"])).toBe(false);
    expect(mayStateTheSame([8, "exact"], [12, "exact"])).toBe(false);
    expect(mayStateTheSame([40, "up_to"], [60, "exact"])).toBe(false);
  });
});
