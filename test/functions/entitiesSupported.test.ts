import { entitiesSupported } from "../../src/functions/entitiesSupported";

const holder = globalThis as { Office?: unknown };
afterEach(() => delete holder.Office);

describe("entitiesSupported", () => {
  it("is false outside Office", () => {
    expect(entitiesSupported()).toBe(false);
  });
  it("asks for CustomFunctionsRuntime 1.4 and follows the answer", () => {
    for (const answer of [true, false]) {
      const asked: string[] = [];
      holder.Office = {
        context: {
          requirements: {
            isSetSupported: (s: string, v: string) => (asked.push(`${s} ${v}`), answer),
          },
        },
      };
      expect(entitiesSupported()).toBe(answer);
      expect(asked).toEqual(["CustomFunctionsRuntime 1.4"]);
    }
  });
  it("is false before Office is ready or when the check throws", () => {
    holder.Office = { context: undefined };
    expect(entitiesSupported()).toBe(false);
    holder.Office = {
      context: {
        requirements: {
          isSetSupported: () => {
            throw new Error("not initialized");
          },
        },
      },
    };
    expect(entitiesSupported()).toBe(false);
  });
});
