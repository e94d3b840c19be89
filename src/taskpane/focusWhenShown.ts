/**
 * Gives the focus to the element `id` as soon as it is in the page, for a view that shows it
 * only once its code or data has arrived (a lazy view, a record read from the pieces). Gives up
 * when the person has put the focus somewhere else meanwhile; the control that asked, which
 * the new view usually replaces, does not count as somewhere else.
 */
export function focusWhenShown(doc: Document, id: string): void {
  const asking = doc.activeElement;
  const take = () => {
    const el = doc.getElementById(id);
    if (!el) return false;
    el.focus();
    return true;
  };
  if (take()) return;
  const observer = new MutationObserver(() => {
    const now = doc.activeElement;
    const elsewhere = now && now !== doc.body && now !== asking && now.isConnected;
    if (elsewhere || take()) observer.disconnect();
  });
  observer.observe(doc.body, { childList: true, subtree: true });
}
