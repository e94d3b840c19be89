import { relativeToBase } from "../../../src/core/manifest/relativeToBase";

describe("relativeToBase", () => {
  it("gives the path under the base URL, without query or fragment", () => {
    expect(relativeToBase("https://h/app/assets/i.png?v=2#x", "https://h/app/")).toBe(
      "assets/i.png",
    );
    expect(relativeToBase("https://h/app/a%20b.png", "https://h/app/")).toBe("a b.png");
  });

  it("is null for URLs served elsewhere, the base itself, or paths climbing out", () => {
    expect(relativeToBase("https://cdn.example/i.png", "https://h/app/")).toBeNull();
    expect(relativeToBase("https://h/app/", "https://h/app/")).toBeNull();
    expect(relativeToBase("https://h/app/../secret.png", "https://h/app/")).toBeNull();
  });
});
