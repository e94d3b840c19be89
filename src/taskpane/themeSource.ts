/** Tells the pane whether to use the dark theme, and when that changes. */
export interface ThemeSource {
  isDark(): boolean;
  subscribe(onChange: () => void): () => void;
}

/** A browser follows prefers-color-scheme. */
export function mediaThemeSource(win: Window): ThemeSource {
  const query =
    typeof win.matchMedia === "function" ? win.matchMedia("(prefers-color-scheme: dark)") : null;
  return {
    isDark: () => query?.matches ?? false,
    subscribe: (onChange) => {
      query?.addEventListener("change", onChange);
      return () => query?.removeEventListener("change", onChange);
    },
  };
}

/** Excel reports its theme as colours; a dark body background means a dark theme. */
export function officeThemeSource(getTheme: () => Office.OfficeTheme | undefined): ThemeSource {
  return {
    isDark: () => {
      const background = getTheme()?.bodyBackgroundColor;
      return background ? luminance(background) < 0.5 : false;
    },
    // Office has no theme-changed event for task panes; Excel reloads the pane on change.
    subscribe: () => () => undefined,
  };
}

/** Relative luminance (0 black … 1 white) of a "#rrggbb" colour. */
export function luminance(hex: string): number {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return 1;
  const [r, g, b] = match.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
