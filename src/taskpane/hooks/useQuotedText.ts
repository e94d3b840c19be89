import { useEffect, useState, type RefObject } from "react";
import type { Event, Figure } from "../../core/dataset/schema";
import type { PiecedDataset } from "../../functions/piecedDataset";

export type QuotedTextState = { text: string } | { error: unknown } | null;

/**
 * The text of the document `record` quotes, for a view showing a dataset cut from pieces
 * (whose documents come without their text): its text piece is fetched alone and checked by
 * hash and quote (PiecedDataset.quotedText), once `shown` is on screen, so a long list reads
 * the texts of what is looked at rather than of every document it names. Null while waiting,
 * and where there is nothing to fetch (no pieces, no record).
 */
export function useQuotedText(
  pieces: PiecedDataset | undefined,
  record: Figure | Event | undefined,
  shown: RefObject<Element | null>,
): QuotedTextState {
  const [state, setState] = useState<{ record: Figure | Event; got: QuotedTextState } | null>(null);
  const visible = useFirstShown(shown, Boolean(pieces && record));
  useEffect(() => {
    if (!pieces || !record || !visible) return;
    let live = true;
    pieces.quotedText(record).then(
      (text) => live && setState({ record, got: text === null ? null : { text } }),
      (error: unknown) => live && setState({ record, got: { error } }),
    );
    return () => {
      live = false;
    };
  }, [pieces, record, visible]);
  return state && state.record === record ? state.got : null;
}

/**
 * Whether `element` has been on screen; true at once where the page has no
 * IntersectionObserver (every element then counts as shown).
 */
function useFirstShown(element: RefObject<Element | null>, wanted: boolean): boolean {
  const [shown, setShown] = useState(false);
  const observable = typeof IntersectionObserver !== "undefined";
  useEffect(() => {
    const target = element.current;
    if (!wanted || shown || !observable || !target) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setShown(true);
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [element, wanted, shown, observable]);
  return shown || !observable;
}
