/** @jest-environment jsdom */
import {
  isMac,
  keysText,
  listenForShortcuts,
  shortcutFor,
  SHORTCUTS,
  takesText,
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

describe("shortcuts beside typing", () => {
  // What Option+Shift+letter types on a Mac's US layout: C is Ç, Q is Œ, S is Í, R is ‰.
  const optionShift = (code: string, key: string) => ({
    ...press(code, { alt: true, shift: true }),
    key,
  });

  it("leaves Option+Shift+letter to type in a text field on a Mac", () => {
    const mac = { mac: true, inTextField: true };
    expect(shortcutFor(optionShift("KeyC", "Ç"), mac)).toBeNull();
    expect(shortcutFor(optionShift("KeyS", "Í"), mac)).toBeNull();
    expect(shortcutFor(optionShift("KeyR", "‰"), mac)).toBeNull();
    // Even where the layout's character is unknown or a dead key: the field has the key.
    expect(shortcutFor(press("KeyE", { alt: true, shift: true }), mac)).toBeNull();
  });

  it("runs Option+Shift+letter on a Mac when the focus is not in a text field", () => {
    const mac = { mac: true, inTextField: false };
    expect(shortcutFor(optionShift("KeyC", "Ç"), mac)).toBe("copy-formula");
    expect(shortcutFor(optionShift("KeyS", "Í"), mac)).toBe("search");
  });

  it("runs Alt+Shift+letter in a text field on Windows and Linux, which type nothing for it", () => {
    const other = { mac: false, inTextField: true };
    expect(shortcutFor({ ...press("KeyE", { alt: true, shift: true }), key: "E" }, other)).toBe(
      "trace",
    );
    expect(shortcutFor(press("KeyR", { alt: true, shift: true }), other)).toBe("refresh");
  });

  it("leaves a key to a layout that types a character for Alt+Shift+letter off a Mac", () => {
    const other = { mac: false, inTextField: true };
    expect(shortcutFor(optionShift("KeyC", "Ç"), other)).toBeNull();
    expect(shortcutFor(optionShift("KeyC", "Ç"), { mac: false, inTextField: false })).toBe(
      "copy-formula",
    );
  });

  it("tells a Mac by the browser's platform", () => {
    expect(isMac({ platform: "MacIntel", userAgent: "" })).toBe(true);
    expect(isMac({ platform: "", userAgent: "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)" })).toBe(
      true,
    );
    expect(isMac({ platform: "Win32", userAgent: "Mozilla/5.0 (Windows NT 10.0)" })).toBe(false);
    expect(isMac({ platform: "Linux x86_64", userAgent: "Mozilla/5.0 (X11; Linux x86_64)" })).toBe(
      false,
    );
  });

  it("counts text inputs, search boxes, text areas and editable content as text fields", () => {
    document.body.innerHTML = `<input id="a"><input id="b" type="search"><textarea id="c"></textarea>
      <div id="d" contenteditable="true"></div><input id="e" type="checkbox"><button id="f">x</button>
      <input id="g" readonly><select id="h"><option>1</option></select>`;
    const at = (id: string) => takesText(document.getElementById(id));
    expect(["a", "b", "c", "e", "f", "g", "h"].map(at)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(keysText("KeyC", true)).toBe("Option+Shift+C");
    document.body.innerHTML = "";
  });
});

describe("listenForShortcuts on a Mac and elsewhere", () => {
  const realPlatform = Object.getOwnPropertyDescriptor(Navigator.prototype, "platform")!;
  const onPlatform = (platform: string) =>
    Object.defineProperty(Navigator.prototype, "platform", {
      configurable: true,
      get: () => platform,
    });
  let stop: () => void;
  afterEach(() => {
    stop?.();
    Object.defineProperty(Navigator.prototype, "platform", realPlatform);
    document.body.innerHTML = "";
  });

  const typeInSearchBox = (platform: string, key: string) => {
    onPlatform(platform);
    document.body.innerHTML = `<input type="search" id="box"><button id="btn">Go</button>`;
    const showView = jest.fn();
    stop = listenForShortcuts(document, { inExcel: true, showView, refresh: jest.fn() });
    const box = document.getElementById("box")!;
    box.focus();
    const event = new KeyboardEvent("keydown", {
      code: "KeyE",
      key,
      altKey: true,
      shiftKey: true,
      bubbles: true,
      cancelable: true,
    });
    box.dispatchEvent(event);
    return { event, showView };
  };

  it("lets Option+Shift+E type in a search box on a Mac", () => {
    const { event, showView } = typeInSearchBox("MacIntel", "´");
    expect(event.defaultPrevented).toBe(false);
    expect(showView).not.toHaveBeenCalled();
  });

  it("still takes Option+Shift+E on a Mac from a button", () => {
    onPlatform("MacIntel");
    document.body.innerHTML = `<button id="btn">Go</button>`;
    const showView = jest.fn();
    stop = listenForShortcuts(document, { inExcel: true, showView, refresh: jest.fn() });
    document.getElementById("btn")!.focus();
    const event = new KeyboardEvent("keydown", {
      code: "KeyE",
      key: "´",
      altKey: true,
      shiftKey: true,
      bubbles: true,
      cancelable: true,
    });
    document.activeElement!.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(showView).toHaveBeenCalledWith("trace");
  });

  it("takes Alt+Shift+E in a search box on Windows, where it types nothing", () => {
    const { event, showView } = typeInSearchBox("Win32", "E");
    expect(event.defaultPrevented).toBe(true);
    expect(showView).toHaveBeenCalledWith("trace");
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
