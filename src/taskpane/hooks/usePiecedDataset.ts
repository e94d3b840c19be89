import { useEffect, useState } from "react";
import type { PiecedDataset } from "../../functions/piecedDataset";
import type { PiecesOpener } from "../loadTables";

/**
 * The pieced dataset beside `url` whose catalog has `contentHash` (a refresh from the pieces
 * puts a new catalog in use: it is opened again), opened once `wanted` (Search or Trace shown). Where the
 * opener finds none or fails, `wholeDataset` is asked for instead: the whole file then serves
 * those views, or says what is wrong with it.
 */
export function usePiecedDataset(
  open: PiecesOpener | undefined,
  url: string,
  contentHash: string | undefined,
  wanted: boolean,
  wholeDataset: () => void,
): PiecedDataset | null {
  const [opened, setOpened] = useState<{ url: string; pieces: PiecedDataset } | null>(null);
  const have = opened?.url === url && opened.pieces.catalog.contentHash === contentHash;
  useEffect(() => {
    if (!open || !wanted || have) return;
    let live = true;
    open(url).then(
      (pieces) => live && (pieces ? setOpened({ url, pieces }) : wholeDataset()),
      () => live && wholeDataset(),
    );
    return () => {
      live = false;
    };
  }, [open, url, wanted, have, wholeDataset]);
  return have ? opened.pieces : null;
}
