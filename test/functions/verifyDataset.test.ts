import { contentHash } from "../../src/core/dataset/contentHash";
import {
  ensureValidated,
  nativeContentHash,
  resetVerifiedDatasets,
  trustDataset,
  validationCount,
  verifyDataset,
} from "../../src/functions/verifyDataset";
import { fixtureDataset } from "../fixtures/fixtureDataset";

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe("verifyDataset", () => {
  beforeEach(() => resetVerifiedDatasets());

  it("hashes with the platform's sha256 exactly as the dataset build does", async () => {
    const dataset = fixtureDataset();
    expect(await nativeContentHash(dataset as unknown as Record<string, unknown>)).toBe(
      contentHash(dataset as unknown as Record<string, unknown>),
    );
  });

  it("accepts the dataset the add-in was built with by its content hash, without the validator", async () => {
    const dataset = fixtureDataset();
    trustDataset(dataset);
    await expect(verifyDataset(copy(dataset))).resolves.toEqual(dataset);
    expect(validationCount()).toBe(0);
  });

  it("validates in full a dataset that claims a trusted identity but whose content differs", async () => {
    const dataset = fixtureDataset();
    trustDataset(dataset);
    const altered = copy(dataset);
    altered.figures[0].value += 1;
    await expect(verifyDataset(altered)).rejects.toThrow(
      /contentHash: is [0-9a-f]{64} but the content hashes to/,
    );
    expect(validationCount()).toBe(1);
  });

  it("validates an unknown dataset in full once, then trusts it by its hash", async () => {
    const dataset = fixtureDataset();
    await expect(verifyDataset(copy(dataset))).resolves.toEqual(dataset);
    await verifyDataset(copy(dataset));
    expect(validationCount()).toBe(1);
  });

  it("refuses what is not a dataset with the validator's message", async () => {
    await expect(verifyDataset({ version: "1.0.0" })).rejects.toThrow(/The dataset is invalid/);
    await expect(verifyDataset("not a dataset")).rejects.toThrow(/The dataset is invalid/);
  });

  it("validates a hash-trusted dataset in full before its first write, and only then", async () => {
    const dataset = fixtureDataset();
    trustDataset(dataset);
    const opened = await verifyDataset(copy(dataset));
    expect(validationCount()).toBe(0);
    await ensureValidated(opened);
    await ensureValidated(opened);
    expect(validationCount()).toBe(1);
  });

  it("falls back to full validation where the platform has no crypto.subtle", async () => {
    const dataset = fixtureDataset();
    trustDataset(dataset);
    const subtle = Object.getOwnPropertyDescriptor(globalThis, "crypto");
    Object.defineProperty(globalThis, "crypto", { value: {}, configurable: true });
    try {
      await expect(verifyDataset(copy(dataset))).resolves.toEqual(dataset);
    } finally {
      Object.defineProperty(globalThis, "crypto", subtle!);
    }
    expect(validationCount()).toBe(1);
  });
});
