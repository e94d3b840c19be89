/** Whether text reached the clipboard, and if not, what the host said. */
export type ClipboardResult = { copied: true } | { copied: false; reason: string };

/**
 * Puts text on the clipboard through the async Clipboard API. A task pane is a frame of its
 * host's page, and hosts that do not grant it `clipboard-write` (Outlook on the web:
 * OfficeDev/office-js#1991, #3480; an insecure context; a denied permission) make writeText
 * reject: that is reported, never thrown, so the pane can offer the text to copy by hand.
 */
export async function writeClipboard(
  text: string,
  clipboard: Pick<Clipboard, "writeText"> | undefined = globalThis.navigator?.clipboard,
): Promise<ClipboardResult> {
  if (!clipboard?.writeText) return { copied: false, reason: "this host offers no clipboard API" };
  try {
    await clipboard.writeText(text);
    return { copied: true };
  } catch (e) {
    return { copied: false, reason: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * The fallback: selects all of a read-only field and asks the browser to copy the selection.
 * execCommand("copy") is not subject to the frame's clipboard permission, only to the click
 * that started it; where it is gone or refused, the text stays selected for Ctrl+C.
 */
export function copySelectedField(field: HTMLTextAreaElement | HTMLInputElement): boolean {
  field.focus();
  field.select();
  const doc = field.ownerDocument;
  try {
    return typeof doc.execCommand === "function" && doc.execCommand("copy");
  } catch {
    return false;
  }
}
