import { useCallback, useState } from "react";
import type { SettingsStore } from "../settingsStore";

/** One persisted setting with a default; `save(null)` returns to the default. */
export function useSetting(store: SettingsStore, key: string, fallback: string) {
  const [value, setValue] = useState(() => store.get(key) ?? fallback);
  const save = useCallback(
    async (next: string | null) => {
      await store.set(key, next === fallback ? null : next);
      setValue(next ?? fallback);
    },
    [store, key, fallback],
  );
  return [value, save] as const;
}
