import { checkDatasetUrl, datasetHost } from "../../../src/core/dataset/datasetTrust";

const SHIPPED = "data/dataset.json";

describe("checkDatasetUrl", () => {
  it("accepts the shipped path and https addresses", () => {
    expect(checkDatasetUrl(SHIPPED, SHIPPED)).toBe(SHIPPED);
    expect(checkDatasetUrl(" https://data.example.org/d.json ", SHIPPED)).toBe(
      "https://data.example.org/d.json",
    );
  });
  it.each([
    "http://data.example.org/d.json",
    "file:///C:/Users/me/d.json",
    "data:application/json,{}",
    "javascript:alert(1)",
    "data/other.json",
    "/data/dataset.json",
    "//evil.example/d.json",
    "anything",
    "",
  ])("refuses %j, naming what is accepted", (url) => {
    expect(() => checkDatasetUrl(url, SHIPPED)).toThrow(
      /is not accepted: expected an https: address such as https:\/\/data\.example\.org\/dataset\.json, or the shipped dataset data\/dataset\.json\./,
    );
  });
});

describe("datasetHost", () => {
  it("is null for the shipped dataset and the host otherwise", () => {
    expect(datasetHost(SHIPPED, SHIPPED)).toBeNull();
    expect(datasetHost("https://data.example.org:8443/d.json", SHIPPED)).toBe(
      "data.example.org:8443",
    );
  });
});
