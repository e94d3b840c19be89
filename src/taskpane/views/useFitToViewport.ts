import { useEffect } from "react";

/** The least height a scrolling box keeps, so a short window still shows a few rows. */
const MIN_HEIGHT = 160;
/** The most, as the stylesheet's own cap. */
const MAX_HEIGHT = 720;
/** Room left under the box, for its border and a little of what follows. */
const BELOW = 12;

/**
 * Caps `box`'s height so that, with the page scrolled to its top, the box ends inside the
 * window: its horizontal scrollbar is then on screen with the preview's title, not under a
 * long table. Follows the window's size and the content above the box (filters opened).
 */
export function useFitToViewport(box: HTMLElement | null) {
  useEffect(() => {
    if (!box) return;
    const win = box.ownerDocument.defaultView;
    if (!win) return;
    const fit = () => {
      const top = box.getBoundingClientRect().top + win.scrollY;
      const room = Math.floor(win.innerHeight - top - BELOW);
      box.style.maxHeight = `${Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, room))}px`;
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
}
