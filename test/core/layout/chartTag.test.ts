import { decodeChartTag, encodeChartTag, type ChartTag } from "../../../src/core/layout/chartTag";

const tag: ChartTag = {
  v: 1,
  chartId: "{chart-1}",
  chartName: "PT_Chart_<Money>&",
  sheetId: "{sheet-1}",
  excelTableId: "7",
  tableId: "money",
  categoryTitle: 'Metric "a"',
  valueTitle: "Amount",
};

describe("chart tags", () => {
  it("round-trips through its XML part, escaping what XML gives meaning to", () => {
    const xml = encodeChartTag(tag);
    expect(xml).toContain('xmlns="urn:policy-tables:chart-tag:1"');
    expect(xml).not.toContain("<Money>");
    expect(decodeChartTag(xml)).toEqual(tag);
  });

  it("reads nothing from a part that is not a well-formed chart tag", () => {
    expect(decodeChartTag("<chartTag>{}</chartTag>")).toBeNull();
    expect(decodeChartTag("<tableTag>{}</tableTag>")).toBeNull();
    expect(decodeChartTag(encodeChartTag(tag).replace("money", "<x/>"))).toBeNull();
    expect(decodeChartTag(encodeChartTag({ ...tag, chartId: "" }))).toBeNull();
  });
});
