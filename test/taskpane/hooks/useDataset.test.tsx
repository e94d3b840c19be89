/** @jest-environment jsdom */
import "../polyfills";
import { act, renderHook, waitFor } from "@testing-library/react";
import { PolicyError } from "../../../src/core/errors";
import { useDataset } from "../../../src/taskpane/hooks/useDataset";
import type { DatasetLoader } from "../../../src/taskpane/loadDataset";
import { fixtureDataset } from "../../fixtures/fixtureDataset";

describe("useDataset", () => {
  it("loads on open, and keeps the last good dataset when a refresh fails", async () => {
    const dataset = fixtureDataset();
    const calls: [string, string][] = [];
    let fail = false;
    const load: DatasetLoader = async (url, reason) => {
      calls.push([url, reason]);
      if (fail) throw new PolicyError("fetch_failed", "offline");
      return dataset;
    };
    const { result } = renderHook(() => useDataset(load, "data/dataset.json"));
    expect(result.current.state.status).toBe("loading");
    await waitFor(() => expect(result.current.state.status).toBe("ready"));
    fail = true;
    await act(async () => {
      await expect(result.current.reload()).rejects.toThrow("offline");
    });
    expect(result.current.state.status).toBe("ready");
    expect(calls).toEqual([
      ["data/dataset.json", "open"],
      ["data/dataset.json", "refresh"],
    ]);
  });

  it("shows a new URL as loading, never as the old URL's dataset, then its own result", async () => {
    const dataset = fixtureDataset();
    const load: DatasetLoader = async (url) => {
      if (url === "bad.json") throw new PolicyError("fetch_failed", "404");
      return dataset;
    };
    const { result, rerender } = renderHook(({ url }) => useDataset(load, url), {
      initialProps: { url: "data/dataset.json" },
    });
    await waitFor(() => expect(result.current.state.status).toBe("ready"));
    rerender({ url: "bad.json" });
    expect(result.current.state).toEqual({ status: "loading", url: "bad.json" });
    await waitFor(() => expect(result.current.state.status).toBe("error"));
  });

  it("loads nothing until the dataset is wanted, then loads it once", async () => {
    const dataset = fixtureDataset();
    const calls: string[] = [];
    const load: DatasetLoader = async (url) => {
      calls.push(url);
      return dataset;
    };
    const { result, rerender } = renderHook(({ wanted }) => useDataset(load, "d.json", wanted), {
      initialProps: { wanted: false },
    });
    await act(async () => {});
    expect([result.current.state.status, calls]).toEqual(["loading", []]);
    rerender({ wanted: true });
    await waitFor(() => expect(result.current.state.status).toBe("ready"));
    expect(calls).toEqual(["d.json"]);
  });
});
