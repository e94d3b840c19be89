/** Where the pane keeps its settings: Office document settings in Excel, localStorage in a browser. */
export interface SettingsStore {
  get(key: string): string | null;
  set(key: string, value: string | null): Promise<void>;
}

export function localSettingsStore(storage: Storage, prefix = "policy-tables:"): SettingsStore {
  return {
    get: (key) => storage.getItem(prefix + key),
    set: async (key, value) => {
      if (value === null) storage.removeItem(prefix + key);
      else storage.setItem(prefix + key, value);
    },
  };
}

/** Settings saved inside the workbook, so a shared workbook keeps its dataset URL. */
export function officeSettingsStore(settings: Office.Settings): SettingsStore {
  return {
    get: (key) => {
      const value: unknown = settings.get(key);
      return typeof value === "string" ? value : null;
    },
    set: (key, value) =>
      new Promise((resolve, reject) => {
        if (value === null) settings.remove(key);
        else settings.set(key, value);
        settings.saveAsync((result) =>
          result.status === Office.AsyncResultStatus.Succeeded
            ? resolve()
            : reject(new Error(`Could not save the setting ${key}: ${result.error.message}`)),
        );
      }),
  };
}
