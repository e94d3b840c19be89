/**
 * Gives the focus back to `target`, the control that opened a dialog or a confirmation, once
 * it closes. A control disabled while its action runs cannot hold the focus (Chromium drops it
 * to the page as the control is disabled), so it gets the focus when it is enabled again,
 * unless the person has put the focus somewhere else meanwhile.
 */
export function returnFocus(target: Element | null | undefined): void {
  if (!(target instanceof HTMLElement) || !target.isConnected) return;
  if (!isDisabled(target)) {
    target.focus();
    return;
  }
  const doc = target.ownerDocument;
  const observer = new MutationObserver(() => {
    if (!target.isConnected) observer.disconnect();
    else if (!isDisabled(target)) {
      observer.disconnect();
      if (!doc.activeElement || doc.activeElement === doc.body) target.focus();
    }
  });
  observer.observe(target, { attributes: true, attributeFilter: ["disabled", "aria-disabled"] });
}

const isDisabled = (e: HTMLElement) =>
  (e as HTMLButtonElement).disabled === true || e.getAttribute("aria-disabled") === "true";
