import { resolve } from "node:path";
import { DEFAULT_OPTIONS, parseArgs, runBenchmarks } from "../../../src/cli/bench";

describe("npm run bench -- --only-annotate", () => {
  it("reads --only-annotate and --corpus", () => {
    const { options } = parseArgs(["--only-annotate", "--corpus", "other/corpus"]);
    expect(options.onlyAnnotate).toBe(true);
    expect(options.annotateCorpus).toBe("other/corpus");
    expect(parseArgs([]).options.onlyAnnotate).toBeUndefined();
  });

  it("scores only the drafts on the seeds and the test corpus, without scale or startup runs", async () => {
    const logged: string[] = [];
    const rows = await runBenchmarks({
      ...DEFAULT_OPTIONS,
      seeds: resolve(__dirname, "../../../seeds"),
      annotateCorpus: resolve(__dirname, "../../corpus"),
      // A dist/ that does not exist: a startup or scale run would report it as not measured.
      dist: resolve(__dirname, "no-such-dist"),
      onlyAnnotate: true,
      log: (line) => logged.push(line),
    });
    expect(logged).toEqual(["annotate drafts…"]);
    expect(rows.map((r) => r.name)).toEqual(
      ["seeds", "test corpus"].flatMap((corpus) =>
        [
          "fields an analyst changes",
          "draft accuracy",
          "proposals deleted",
          "extractor accuracy",
        ].map((figure) => `annotate drafts, ${corpus}: ${figure}`),
      ),
    );
    for (const r of rows) expect(typeof r.value).toBe("number");
  }, 60_000);
});
