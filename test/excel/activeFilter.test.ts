import { activeFilter } from "../../src/excel/activeFilter";

const NULLS = {
  color: null,
  criterion1: null,
  criterion2: null,
  dynamicCriteria: null,
  icon: null,
  operator: null,
  subField: null,
  values: null,
};

describe("activeFilter", () => {
  it("treats a missing, empty or all-null criteria as no filter", () => {
    expect(activeFilter(null)).toBeNull();
    expect(activeFilter(undefined)).toBeNull();
    expect(activeFilter({ ...NULLS, filterOn: null } as never)).toBeNull();
    expect(activeFilter({ ...NULLS, filterOn: "Custom" } as never)).toBeNull();
    expect(activeFilter({ ...NULLS, filterOn: "Values", values: [] } as never)).toBeNull();
  });

  it("keeps what selects rows and drops the nulls that apply() would refuse", () => {
    expect(
      activeFilter({ ...NULLS, filterOn: "Values", values: ["USD", "pounds"] } as never),
    ).toEqual({
      filterOn: "Values",
      values: ["USD", "pounds"],
    });
    expect(
      activeFilter({ ...NULLS, filterOn: "Custom", criterion1: ">1000", operator: "And" } as never),
    ).toEqual({ filterOn: "Custom", criterion1: ">1000", operator: "And" });
    expect(
      activeFilter({ ...NULLS, filterOn: "Dynamic", dynamicCriteria: "ThisYear" } as never),
    ).toEqual({
      filterOn: "Dynamic",
      dynamicCriteria: "ThisYear",
    });
  });
});
