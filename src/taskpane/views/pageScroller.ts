/** The element the pane scrolls with: the page, since a task pane is a page of its own. */
export function pageScroller(): Element {
  return document.scrollingElement ?? document.documentElement;
}
