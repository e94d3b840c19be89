import { useEffect, useState } from "react";
import type { Dataset } from "../../core/dataset/schema";
import type { TablesLoader } from "../loadTables";

/**
 * The table `tableId` cut from its piece (with every record its rows read), for a view that
 * needs only it: Conflicts reads the conflicts table (every conflict, the figures its sides
 * state, their documents), About the sources table (every document, without its text). Read
 * again when the catalog in use changes (`contentHash`). Where there are no pieces or they
 * fail, `wholeDataset` is asked for instead, which then serves the view or says what is wrong.
 */
export function useViewTable(
  load: TablesLoader | undefined,
  url: string,
  tableId: string | undefined,
  contentHash: string | undefined,
  wholeDataset: () => void,
): Dataset | null {
  const [cut, setCut] = useState<{ key: string; dataset: Dataset } | null>(null);
  const key = `${url} ${tableId} ${contentHash}`;
  const have = cut?.key === key;
  useEffect(() => {
    if (!load || !tableId || have) return;
    let live = true;
    load(url, [tableId]).then(
      (dataset) => live && (dataset ? setCut({ key, dataset }) : wholeDataset()),
      () => live && wholeDataset(),
    );
    return () => {
      live = false;
    };
  }, [load, url, tableId, key, have, wholeDataset]);
  return have ? cut.dataset : null;
}
