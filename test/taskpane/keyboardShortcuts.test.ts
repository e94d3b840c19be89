/** @jest-environment jsdom */
import {
  keysText,
  listenForShortcuts,
  shortcutFor,
  SHORTCUTS,
} from "../../src/taskpane/keyboardShortcuts";

const press = (
  code: string,
  mods: Partial<Record<"alt" | "shift" | "ctrl" | "meta", boolean>>,
) => ({
  code,
  altKey: !!mods.alt,
  shiftKey: !!mods.shift,
  ctrlKey: !!mods.ctrl,
  metaKey: !!mods.meta,
});

describe("shortcutFor", () => {
  it("maps Alt+Shift+letter by physical key", () => {
    expect(shortcutFor(press("KeyN", { alt: true, shift: true }))).toBe("insert-table");
    expect(shortcutFor(press("KeyS", { alt: true, shift: true }))).toBe("search");
    expect(shortcutFor(press("KeyE", { alt: true, shift: true }))).toBe("trace");
    expect(shortcutFor(press("KeyR", { alt: true, shift: true }))).toBe("refresh");
    expect(shortcutFor(press("KeyC", { alt: true, shift: true }))).toBe("copy-formula");
  });

  it("leaves Excel's and the browser's keys alone", () => {
    // Ctrl+Shift+S, Ctrl+Alt+S (AltGr), Alt+S (KeyTips), Alt+Shift+Ctrl+S, Cmd+Alt+Shift+S.
    expect(shortcutFor(press("KeyS", { ctrl: true, shift: true }))).toBeNull();
    expect(shortcutFor(press("KeyS", { ctrl: true, alt: true }))).toBeNull();
    expect(shortcutFor(press("KeyS", { alt: true }))).toBeNull();
    expect(shortcutFor(press("KeyS", { alt: true, shift: true, ctrl: true }))).toBeNull();
    expect(shortcutFor(press("KeyS", { alt: true, shift: true, meta: true }))).toBeNull();
    expect(shortcutFor(press("ArrowRight", { alt: true, shift: true }))).toBeNull();
  });

  it("uses no letter Chrome or Edge keep for Alt+Shift", () => {
    const letters = SHORTCUTS.map((s) => keysText(s.code));
    expect(letters).toEqual([
      "Alt+Shift+N",
      "Alt+Shift+S",
      "Alt+Shift+E",
      "Alt+Shift+R",
      "Alt+Shift+C",
    ]);
    for (const reserved of ["A", "B", "I", "T"])
      expect(letters).not.toContain(`Alt+Shift+${reserved}`);
  });
});

describe("listenForShortcuts", () => {
  const key = (code: string) =>
    new KeyboardEvent("keydown", {
      code,
      altKey: true,
      shiftKey: true,
      bubbles: true,
      cancelable: true,
    });
  let stop: () => void;
  afterEach(() => {
    stop?.();
    document.body.innerHTML = "";
  });

  it("clicks the Copy formula of the record holding the focus, and keeps the focus there", () => {
    document.body.innerHTML = `<div role="tabpanel">
      <article id="a"><button data-shortcut="copy-formula">Copy formula a</button><button id="focus-a">Trace a</button></article>
      <article id="b"><button data-shortcut="copy-formula">Copy formula b</button><button id="focus-b">Trace b</button></article>
    </div>`;
    const clicked: string[] = [];
    document
      .querySelectorAll("button")
      .forEach((b) => b.addEventListener("click", () => clicked.push(b.textContent!)));
    stop = listenForShortcuts(document, { inExcel: true, showView: jest.fn(), refresh: jest.fn() });
    const trace = document.getElementById("focus-b")!;
    trace.focus();
    const event = key("KeyC");
    document.activeElement!.dispatchEvent(event);
    expect(clicked).toEqual(["Copy formula b"]);
    expect(event.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(trace);
  });

  it("says what is missing when there is nothing to insert, and stops listening when asked", () => {
    const refresh = jest.fn();
    stop = listenForShortcuts(document, { inExcel: true, showView: jest.fn(), refresh });
    document.body.dispatchEvent(key("KeyN"));
    expect(document.getElementById("shortcut-note")).toHaveProperty(
      "textContent",
      "Insert: open a table in the Catalog first (inserting needs Excel).",
    );
    expect(document.getElementById("shortcut-note")!.getAttribute("role")).toBe("status");
    document.body.dispatchEvent(key("KeyR"));
    expect(refresh).toHaveBeenCalledTimes(1);
    stop();
    document.body.dispatchEvent(key("KeyR"));
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it("does not take keys that are not its own", () => {
    const refresh = jest.fn();
    stop = listenForShortcuts(document, { inExcel: true, showView: jest.fn(), refresh });
    const plain = new KeyboardEvent("keydown", { code: "KeyR", ctrlKey: true, cancelable: true });
    document.body.dispatchEvent(plain);
    expect(plain.defaultPrevented).toBe(false);
    expect(refresh).not.toHaveBeenCalled();
  });
});
