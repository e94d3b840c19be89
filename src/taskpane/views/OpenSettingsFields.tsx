import { Checkbox, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import { describeError } from "./describeError";
import { useSetting } from "../hooks/useSetting";
import { applyStartupBehavior, OPEN_SETTING_KEYS } from "../openCheck";
import type { SettingsStore } from "../settingsStore";
import { useViewStyles } from "./useViewStyles";

/**
 * "When this workbook opens": check for a newer dataset (the add-in then loads with the
 * workbook), and optionally refresh at once. Saved in the workbook's settings, so each workbook
 * has its own; in the browser preview they are kept for Excel to honour.
 */
export function OpenSettingsFields({
  settings,
  mode,
}: {
  settings: SettingsStore;
  mode: "excel" | "preview";
}) {
  const styles = useViewStyles();
  const [check, saveCheck] = useSetting(settings, OPEN_SETTING_KEYS.check, "off");
  const [refresh, saveRefresh] = useSetting(settings, OPEN_SETTING_KEYS.refresh, "off");
  const [problem, setProblem] = useState<unknown>(null);
  const changeCheck = async (on: boolean) => {
    setProblem(null);
    try {
      await saveCheck(on ? "on" : "off");
      if (mode === "excel") await applyStartupBehavior(on);
    } catch (e) {
      setProblem(e);
    }
  };
  const changeRefresh = (on: boolean) =>
    saveRefresh(on ? "on" : "off").catch((e: unknown) => setProblem(e));
  const shown = problem ? describeError(problem) : null;
  return (
    <fieldset className={styles.tight} style={{ border: "none", margin: 0, padding: 0 }}>
      <legend className={styles.subheading}>When this workbook opens</legend>
      <Checkbox
        checked={check === "on"}
        onChange={(_, data) => void changeCheck(data.checked === true)}
        label="Check for a newer dataset when this workbook opens"
      />
      <Checkbox
        checked={check === "on" && refresh === "on"}
        disabled={check !== "on"}
        onChange={(_, data) => void changeRefresh(data.checked === true)}
        label="and refresh automatically"
        style={{ marginLeft: 24 }}
      />
      <span className={styles.muted}>
        {mode === "excel"
          ? "Policy Tables then starts with this workbook and, if its tables were written with another dataset, opens on what would change. An automatic refresh keeps every cell you typed into, as Refresh does."
          : "Saved for this browser; in Excel it is saved in the workbook and Policy Tables starts with it."}
      </span>
      {shown && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {shown.message} {shown.next}
          </MessageBarBody>
        </MessageBar>
      )}
    </fieldset>
  );
}
