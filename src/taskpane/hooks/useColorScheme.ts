import { useSyncExternalStore } from "react";
import type { ThemeSource } from "../themeSource";

/** True while the host (Office or the browser) asks for a dark theme. */
export function useColorScheme(source: ThemeSource): boolean {
  return useSyncExternalStore(source.subscribe, source.isDark, source.isDark);
}
