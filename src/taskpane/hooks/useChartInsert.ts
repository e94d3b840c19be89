import { useState } from "react";
import type { InsertedChart } from "../workbook";

/**
 * One Insert chart at a time: what the last one did (or why it did nothing) and whether one is
 * under way, so its button stays disabled until Excel answers.
 */
export function useChartInsert() {
  const [inserted, setInserted] = useState<InsertedChart | { error: unknown } | null>(null);
  const [working, setWorking] = useState(false);
  const run = (insert: () => Promise<InsertedChart>) => {
    setWorking(true);
    insert()
      .then(
        (result) => setInserted(result),
        (error: unknown) => setInserted({ error }),
      )
      .finally(() => setWorking(false));
  };
  return { inserted, working, run, clear: () => setInserted(null) };
}
