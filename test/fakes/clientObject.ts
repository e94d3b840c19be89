import type { FakeContext, FakeExcel } from "./excel";

/** The base of every proxy of the Excel fake (excel.ts, charts.ts); see excel.ts for the rules. */

export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export const notLoaded = (prop: string) =>
  new FakeExcelError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
export const invalid = (message: string) => new FakeExcelError("InvalidArgument", message);
export const notFound = (what: string) =>
  new FakeExcelError("ItemNotFound", `The requested resource doesn't exist. (${what})`);

/** A proxy: resolved by its creation operation at sync, loaded properties readable after it. */
export abstract class ClientObject<T> {
  protected target: T | null | undefined = undefined;
  private loaded = new Map<string, unknown>();
  private resolved = false;
  constructor(
    readonly context: FakeContext,
    resolve: () => T | null,
    private readonly orNull = false,
    minApi?: string,
  ) {
    context.enqueue({
      wire: { action: "Instantiate" },
      write: false,
      minApi,
      run: () => {
        this.target = resolve();
        this.resolved = true;
      },
    });
  }
  get isNullObject(): boolean {
    if (!this.resolved) throw notLoaded("isNullObject");
    return this.target === null;
  }
  protected get fake(): FakeExcel {
    return this.context.fake;
  }
  /** The live object, for operations running at sync. */
  protected live(): T {
    if (this.target === null || this.target === undefined) throw notFound(this.constructor.name);
    return this.target;
  }
  protected abstract property(name: string): unknown;
  /** Collections load their items: "items/name,value", "name" and "items/name" all mean items' name. */
  protected readonly isCollection: boolean = false;
  load(props?: string | string[]): this {
    let list = (Array.isArray(props) ? props : (props ?? "").split(","))
      .map((p) => p.trim())
      .filter(Boolean);
    if (this.isCollection) {
      const sub = list
        .filter((p) => p !== "items" && p !== "count")
        .map((p) => p.replace(/^items\//, ""));
      list = [
        ...list.filter((p) => p === "count"),
        `items${sub.length ? "/" + sub.join(",") : ""}`,
      ];
    }
    this.context.enqueue({
      wire: { action: "Query", args: list },
      write: false,
      run: () => {
        if (this.target === null && this.orNull) return;
        for (const p of list) {
          const value = this.property(p);
          this.loaded.set(p.split("/")[0], value);
          const proxies =
            value instanceof ClientObject ||
            (Array.isArray(value) && value[0] instanceof ClientObject);
          this.context.loadedThisSync.push(proxies ? null : value);
        }
      },
    });
    return this;
  }
  protected read<V>(name: string): V {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as V;
  }
  protected write(args: unknown, run: () => void, minApi?: string) {
    this.context.enqueue({ wire: { action: "SetProperty", args }, write: true, minApi, run });
  }
}
