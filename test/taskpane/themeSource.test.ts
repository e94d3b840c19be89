/** @jest-environment jsdom */
import { luminance, mediaThemeSource, officeThemeSource } from "../../src/taskpane/themeSource";

describe("theme sources", () => {
  it("reads Office's body background: dark backgrounds mean the dark theme", () => {
    let theme = { bodyBackgroundColor: "#262626" } as Office.OfficeTheme;
    const source = officeThemeSource(() => theme);
    expect(source.isDark()).toBe(true);
    theme = { bodyBackgroundColor: "#FFFFFF" } as Office.OfficeTheme;
    expect(source.isDark()).toBe(false);
    expect(officeThemeSource(() => undefined).isDark()).toBe(false);
  });

  it("follows prefers-color-scheme in a browser, and its changes", () => {
    const listeners: (() => void)[] = [];
    const query = {
      matches: true,
      addEventListener: (_: string, l: () => void) => listeners.push(l),
      removeEventListener: (_: string, l: () => void) => listeners.splice(listeners.indexOf(l), 1),
    };
    const win = { matchMedia: () => query } as unknown as Window;
    const source = mediaThemeSource(win);
    expect(source.isDark()).toBe(true);
    const changed = jest.fn();
    const stop = source.subscribe(changed);
    listeners.forEach((l) => l());
    expect(changed).toHaveBeenCalledTimes(1);
    stop();
    expect(listeners).toHaveLength(0);
  });

  it("is light where matchMedia does not exist", () => {
    expect(mediaThemeSource({} as Window).isDark()).toBe(false);
  });

  it("computes relative luminance", () => {
    expect(luminance("#000000")).toBe(0);
    expect(luminance("#ffffff")).toBeCloseTo(1);
    expect(luminance("not a colour")).toBe(1);
  });
});
