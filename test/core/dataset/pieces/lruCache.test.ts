import { LruCache } from "../../../../src/core/dataset/pieces/lruCache";

describe("LruCache", () => {
  it("evicts the least recently used entries once the byte bound is passed", () => {
    const cache = new LruCache<string>(100);
    cache.set("a", "A", 40);
    cache.set("b", "B", 40);
    expect(cache.get("a")).toBe("A"); // a is now more recent than b
    cache.set("c", "C", 40);
    expect(cache.has("b")).toBe(false);
    expect(cache.get("a")).toBe("A");
    expect(cache.get("c")).toBe("C");
    expect(cache.bytes).toBe(80);
  });

  it("never holds more than its bound, and keeps no value larger than the bound", () => {
    const cache = new LruCache<number>(50);
    for (let i = 0; i < 20; i++) cache.set(`k${i}`, i, 7);
    expect(cache.bytes).toBeLessThanOrEqual(50);
    expect(cache.size).toBe(7);
    cache.set("huge", 1, 51);
    expect(cache.has("huge")).toBe(false);
    expect(cache.size).toBe(7);
  });

  it("replaces an entry set twice without counting its bytes twice", () => {
    const cache = new LruCache<string>(100);
    cache.set("a", "old", 60);
    cache.set("a", "new", 30);
    expect(cache.get("a")).toBe("new");
    expect(cache.bytes).toBe(30);
  });

  it("refuses a bound that is not positive", () => {
    expect(() => new LruCache(0)).toThrow(/maxBytes must be positive, got 0/);
  });
});
