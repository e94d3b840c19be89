import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "../../../src/cli/bench";
import type { DownloadRun } from "../../../src/cli/bench/scaleDownload";
import {
  DOWNLOAD_BLOCK,
  DOWNLOAD_PIN_FILE,
  downloadReadmeTable,
  type ScalePin,
} from "../../../src/cli/bench/scaleReadme";
import { scaleRows } from "../../../src/cli/bench/scaleRows";
import { readmeBlock } from "../../../src/core/dataset/readmeBlocks";

const ROOT = join(__dirname, "../../..");

const run = (heap: number, rss: number | null, ms: number | null = 1000): DownloadRun => ({
  ms,
  fileBytes: ms === null ? null : 2_786_530,
  fetched: [
    { path: "/data/pieces/workbook.0123456789abcdef.xlsx", bodyBytes: 10, wireBytes: 200, at: 5 },
  ],
  peakJsHeapBytes: heap,
  peakRendererBytes: rss,
  ...(ms === null ? { problem: "Timeout 1000ms exceeded." } : {}),
});

/** The rows of a download-only run at 1,000 documents, by name without the size. */
const rowsOf = (download: DownloadRun) =>
  Object.fromEntries(
    scaleRows({
      machine: "m",
      throttling: "t",
      sizes: [{ documents: 1000, runs: [], download }],
    }).map((r) => [r.name.replace("scale 1,000 docs: ", ""), r]),
  );

describe("Download workbook rows", () => {
  it("passes a download whose heap and tab stay under 300 MB, with no Catalog row of its own", () => {
    const rows = rowsOf(run(299e6, 299e6));
    expect(Object.keys(rows)).toEqual([
      "Download workbook",
      "Download workbook JS heap peak",
      "Download workbook tab peak memory",
    ]);
    expect(rows["Download workbook"]).toMatchObject({ value: 1000, unit: "ms" });
    expect(rows["Download workbook"].detail).toMatch(
      /\(2,786,530 bytes\).*1 files fetched after the click \(10 bytes gzip; largest workbook\.0123456789abcdef\.xlsx 10\)/,
    );
    expect(rows["Download workbook JS heap peak"]).toMatchObject({ value: 299, verdict: "PASS" });
    expect(rows["Download workbook tab peak memory"]).toMatchObject({
      value: 299,
      verdict: "PASS",
    });
  });

  it("fails the heap and the tab each at 300 MB, as the reviewer's 1,000-document build did", () => {
    const rows = rowsOf(run(311e6, 860e6));
    expect(rows["Download workbook JS heap peak"]).toMatchObject({ value: 311, verdict: "FAIL" });
    expect(rows["Download workbook tab peak memory"]).toMatchObject({
      value: 860,
      verdict: "FAIL",
    });
    expect(rowsOf(run(1e6, 300e6))["Download workbook tab peak memory"].verdict).toBe("FAIL");
  });

  it("fails a download that never finished, and a tab whose memory could not be read", () => {
    const rows = rowsOf(run(1e6, 1e6, null));
    expect(rows["Download workbook"]).toMatchObject({ value: null });
    expect(rows["Download workbook"].detail).toMatch(/Timeout 1000ms exceeded/);
    expect(rows["Download workbook JS heap peak"].verdict).toBe("FAIL");
    expect(rows["Download workbook tab peak memory"].verdict).toBe("FAIL");
    expect(rowsOf(run(1e6, null))["Download workbook tab peak memory"]).toMatchObject({
      value: null,
      verdict: "FAIL",
    });
  });

  it("reports the pane's refusal past the workbook's row limit, with the tab held to the bound meanwhile", () => {
    const refusal =
      "Dataset 1.0.0 is too large to download as one workbook: its tables hold 446,000 rows.";
    const rows = rowsOf({ ...run(9e6, 240e6, 800), fileBytes: null, refused: refusal });
    expect(rows["Download workbook"]).toMatchObject({ value: 800 });
    expect(rows["Download workbook"].detail).toContain(`until the pane refused`);
    expect(rows["Download workbook"].detail).toContain(refusal);
    expect(rows["Download workbook tab peak memory"]).toMatchObject({
      value: 240,
      verdict: "PASS",
    });
    expect(
      rowsOf({ ...run(9e6, 900e6, 800), refused: refusal })["Download workbook tab peak memory"]
        .verdict,
    ).toBe("FAIL");
  });

  it("takes --only-download as the scale rows of Download workbook alone", () => {
    const { options } = parseArgs(["--only-download", "--scale", "5,100,1000"]);
    expect(options).toMatchObject({
      onlyScale: true,
      onlyDownload: true,
      scaleSizes: [5, 100, 1000],
    });
  });
});

describe("README's Download workbook table", () => {
  it("is what the pinned run gives, never typed", () => {
    const pin = JSON.parse(readFileSync(join(ROOT, DOWNLOAD_PIN_FILE), "utf8")) as ScalePin;
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    expect(readmeBlock(readme, DOWNLOAD_BLOCK)).toBe(downloadReadmeTable(pin));
    expect(pin.rows.map((r) => r.name)).toContain("scale 1,000 docs: Download workbook");
  });
});
