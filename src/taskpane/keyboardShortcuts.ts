/**
 * The pane's own keyboard shortcuts: Alt+Shift+letter while the focus is in the pane.
 *
 * Why Alt+Shift: Excel binds Ctrl+letter, Ctrl+Shift+letter and most Ctrl+Alt+letter keys
 * (Ctrl+Alt+V Paste Special, Ctrl+Alt+L reapply filter), Alt alone starts the ribbon KeyTips,
 * and Ctrl+Alt is AltGr on many European layouts, which types characters. Excel's Alt+Shift
 * keys are arrows and F-keys (group, ungroup, new sheet), not letters. Excel on the web runs in
 * Chrome or Edge, which keep Alt+Shift+A, B, I and T for themselves, so those are not used.
 * Keys are matched by physical key (event.code): on a Mac, Option+Shift+letter types a
 * character, so event.key would not name the letter.
 *
 * That character is text a person may mean to type (Option+Shift+C is Ç, Option+Shift+Q is Œ),
 * so on a Mac the shortcuts stand back while a text field has the focus and the key types; they
 * work from anywhere else in the pane (a button, a tab, a table). Windows and Linux type
 * nothing for Alt+Shift+letter, so there they work in text fields too, unless the layout does
 * type a character for it (event.key is then neither the letter nor a dead key).
 */
export const SHORTCUTS = [
  { action: "insert-table", code: "KeyN", does: "Insert the opened table at the selected cell" },
  { action: "search", code: "KeyS", does: "Open Search, in its search box" },
  { action: "trace", code: "KeyE", does: "Trace the selected cell" },
  { action: "refresh", code: "KeyR", does: "Refresh the workbook's tables" },
  { action: "copy-formula", code: "KeyC", does: "Copy the formula of the figure or event in view" },
] as const;

export type ShortcutAction = (typeof SHORTCUTS)[number]["action"];

/** "Alt+Shift+N" (on a Mac "Option+Shift+N"), as the About view and README write a shortcut. */
export const keysText = (code: string, mac = false) =>
  `${mac ? "Option" : "Alt"}+Shift+${code.replace(/^Key/, "")}`;

export interface KeyPress {
  code: string;
  altKey: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  /** What the key produced; absent when unknown. */
  key?: string;
}

/** Where a key press lands: a Mac or not, and whether the focus is in a field that takes text. */
export interface KeyContext {
  mac: boolean;
  inTextField: boolean;
}

/**
 * The pane action a key press asks for, or null when it is not one of the pane's shortcuts or
 * when it types a character into the text field that has the focus.
 */
export function shortcutFor(
  press: KeyPress,
  where: KeyContext = { mac: false, inTextField: false },
): ShortcutAction | null {
  if (!press.altKey || !press.shiftKey || press.ctrlKey || press.metaKey) return null;
  const shortcut = SHORTCUTS.find((s) => s.code === press.code);
  if (!shortcut) return null;
  if (where.inTextField && (where.mac || typesCharacter(press, shortcut.code))) return null;
  return shortcut.action;
}

/** Whether the key produced a character other than its own letter (a layout's Alt+Shift level). */
function typesCharacter(press: KeyPress, code: string): boolean {
  if (press.key === undefined || press.key === "Dead" || [...press.key].length !== 1) return false;
  return press.key.toUpperCase() !== code.replace(/^Key/, "");
}

/**
 * Whether the pane runs on a Mac, in Excel for Mac or a browser on a Mac (Excel on the web
 * reports its platform as OfficeOnline, so the browser is asked rather than Office).
 */
export function isMac(nav: Pick<Navigator, "platform" | "userAgent">): boolean {
  const data = (nav as { userAgentData?: { platform?: string } }).userAgentData;
  return /mac/i.test(data?.platform || nav.platform || nav.userAgent);
}

/** Whether the element takes typed text: a text input, a text area or editable content. */
export function takesText(el: Element | null): boolean {
  if (!el) return false;
  if ((el as HTMLElement).isContentEditable) return true;
  if (el.tagName === "TEXTAREA") return !(el as HTMLTextAreaElement).readOnly;
  if (el.tagName !== "INPUT") return false;
  const input = el as HTMLInputElement;
  const text = ["text", "search", "email", "url", "tel", "password", "number", ""];
  return !input.readOnly && text.includes((input.getAttribute("type") ?? "").toLowerCase());
}

/** What the pane does for a shortcut that is not a click on a control of the view in sight. */
export interface ShortcutTargets {
  /** Whether the pane runs in Excel (there is a selected cell to trace and a sheet to insert on). */
  inExcel: boolean;
  showView(view: "search" | "trace"): void;
  /** As the ribbon's Refresh command does: the Refresh view, started unless the dataset awaits trust. */
  refresh(): void;
}

/** Milliseconds to wait for a view's chunk to arrive before saying its control is missing. */
const WAIT_MS = 5000;

/**
 * Listens on the pane's document and runs the shortcut pressed. A shortcut that stands for a
 * control (Insert, Trace selected cell, Copy formula) clicks that control, so it does exactly
 * what the control does and shows the same result; when there is none, it says why.
 * @returns a function that stops listening
 */
export function listenForShortcuts(doc: Document, targets: ShortcutTargets): () => void {
  const onKey = (event: KeyboardEvent) => {
    const where = {
      mac: isMac(doc.defaultView?.navigator ?? navigator),
      inTextField: takesText(doc.activeElement),
    };
    const action = shortcutFor(event, where);
    if (!action) return;
    event.preventDefault();
    runShortcut(doc, action, targets);
  };
  doc.addEventListener("keydown", onKey);
  return () => doc.removeEventListener("keydown", onKey);
}

function runShortcut(doc: Document, action: ShortcutAction, targets: ShortcutTargets) {
  switch (action) {
    case "search":
      targets.showView("search");
      whenShown(doc, '[role="search"] input', (el) => el.focus());
      return;
    case "trace":
      targets.showView("trace");
      // The browser preview has no cells: Trace shows its record picker instead.
      if (targets.inExcel) whenShown(doc, '[data-shortcut="trace-selection"]', (el) => el.click());
      else say(doc, "Trace: tracing the selected cell needs Excel; choose a figure or event here.");
      return;
    case "refresh":
      targets.refresh();
      return;
    case "insert-table":
      clickOrSay(
        doc,
        doc.querySelector<HTMLElement>('[data-shortcut="insert-table"]'),
        "Insert: open a table in the Catalog first (inserting needs Excel).",
      );
      return;
    case "copy-formula":
      clickOrSay(
        doc,
        nearestCopyFormula(doc),
        "Copy formula: search for a figure or event, or trace one, first.",
      );
      return;
  }
}

/** The Copy formula button of the record holding the focus, else the first in the view. */
function nearestCopyFormula(doc: Document): HTMLElement | null {
  const selector = '[data-shortcut="copy-formula"]';
  const around = doc.activeElement?.closest("article, li");
  return (
    around?.querySelector<HTMLElement>(selector) ??
    doc.querySelector<HTMLElement>(`[role="tabpanel"] ${selector}`)
  );
}

function clickOrSay(doc: Document, control: HTMLElement | null, missing: string) {
  if (control && !(control as HTMLButtonElement).disabled) control.click();
  else say(doc, missing);
}

/** Runs `act` on the first element matching `selector` once the view that holds it is shown. */
function whenShown(doc: Document, selector: string, act: (el: HTMLElement) => void) {
  const started = Date.now();
  const look = () => {
    const el = doc.querySelector<HTMLElement>(selector);
    if (el) act(el);
    else if (Date.now() - started < WAIT_MS) setTimeout(look, 50);
  };
  setTimeout(look, 0);
}

/**
 * A short note on screen and to screen readers, for a shortcut with nothing to act on. It
 * lives in the pane's theme provider so it takes the pane's colours, and goes after a while.
 */
function say(doc: Document, text: string) {
  const host = doc.querySelector(".fui-FluentProvider") ?? doc.body;
  let note = doc.getElementById("shortcut-note");
  if (!note) {
    note = doc.createElement("div");
    note.id = "shortcut-note";
    note.setAttribute("role", "status");
    host.appendChild(note);
  }
  const show = (shown: string) => {
    note.textContent = shown;
    Object.assign(note.style, {
      position: "fixed",
      left: "8px",
      right: "8px",
      bottom: "8px",
      padding: shown ? "8px 12px" : "0",
      borderRadius: "4px",
      background: shown ? "var(--colorNeutralBackgroundInverted, #292929)" : "transparent",
      color: "var(--colorNeutralForegroundInverted, #ffffff)",
      fontSize: "12px",
    });
  };
  show(text);
  setTimeout(() => {
    if (note.textContent === text) show("");
  }, 6000);
}
