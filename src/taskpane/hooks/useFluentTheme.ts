import { webLightTheme, type Theme } from "@fluentui/react-components";
import { useEffect, useState } from "react";

let darkTheme: Theme | undefined;
const loadDarkTheme = () =>
  import(/* webpackChunkName: "theme-dark" */ "./darkTheme").then((m) => (darkTheme = m.darkTheme));

/**
 * The Fluent theme for the host's colour scheme. The dark theme is its own chunk, fetched only
 * when the host asks for dark: until it arrives a pane already shown stays light, and a pane
 * that starts dark shows nothing (null) rather than flash light in a dark Excel.
 */
export function useFluentTheme(dark: boolean): Theme | null {
  const [loaded, setLoaded] = useState(darkTheme);
  const [startedDark] = useState(dark);
  useEffect(() => {
    if (!dark || loaded) return;
    let live = true;
    loadDarkTheme().then(
      (theme) => live && setLoaded(theme),
      // Without the chunk (a lost connection) the light theme is still readable.
      () => live && setLoaded(webLightTheme),
    );
    return () => {
      live = false;
    };
  }, [dark, loaded]);
  if (!dark) return webLightTheme;
  return loaded ?? (startedDark ? null : webLightTheme);
}
