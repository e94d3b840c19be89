import { useEffect, useState } from "react";

/** The least height a scrolling box keeps, so a short window still shows a few rows. */
const MIN_HEIGHT = 160;
/** The most, as the stylesheet's own cap. */
const MAX_HEIGHT = 720;
/** Room left under the box, for its border and a little of what follows. */
const BELOW = 12;

/**
 * The greatest height for `box` with which, the page scrolled to its top, the box ends inside
 * the window: its horizontal scrollbar is then on screen with the preview's title, not under a
 * long table. Follows the window's size and the content above the box (filters opened); px, or
 * undefined until the box is measured.
 */
export function useFitToViewport(box: HTMLElement | null): number | undefined {
  const [height, setHeight] = useState<number>();
  useEffect(() => {
    if (!box) return;
    const win = box.ownerDocument.defaultView;
    if (!win) return;
    const fit = () => {
      const top = box.getBoundingClientRect().top + win.scrollY;
      const room = Math.floor(win.innerHeight - top - BELOW);
      setHeight(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, room)));
    };
    fit();
    win.addEventListener("resize", fit);
    const observer =
      typeof win.ResizeObserver === "function" ? new win.ResizeObserver(fit) : undefined;
    observer?.observe(box.ownerDocument.body);
    return () => {
      win.removeEventListener("resize", fit);
      observer?.disconnect();
    };
  }, [box]);
  return height;
}
