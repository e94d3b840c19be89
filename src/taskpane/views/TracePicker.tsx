import { Combobox, Field, makeStyles, Option, OptionGroup } from "@fluentui/react-components";
import { useState } from "react";
import type { WorkbookActions } from "../workbook";
import { filterTraceChoices, type TraceChoice } from "./traceChoices";

export interface TracePickerProps {
  /** Every record to offer (traceChoices), filtered here by the words typed. */
  choices: TraceChoice[];
  /**
   * Where the choices are searched for elsewhere (the published pieces): called with what is
   * typed, and the choices found (foundIds) are listed as they are.
   */
  onType?: (typed: string) => void;
  /**
   * With onType: the ids found for the words typed. The other choices only label the record
   * already chosen, which is not offered again unless the new words find it too.
   */
  foundIds?: ReadonlySet<string>;
  recordId: string | null;
  onChooseRecord: (id: string | null) => void;
  label: string;
  hint?: string;
}

/** The picker's label and hint: in Excel it stands beside Trace selected cell. */
export function tracePickerWording(mode: WorkbookActions["mode"]) {
  return {
    label: mode === "excel" ? "Or choose a figure or event" : "Figure or event to trace",
    hint:
      mode === "preview"
        ? "In Excel, Trace follows the selected cell; here, type to find a record."
        : undefined,
  };
}

const useStyles = makeStyles({
  // Fluent's combobox is 250 px at least and its list as wide as the box: both must fit 320 px.
  box: { minWidth: 0, width: "100%", "& input": { minWidth: 0, textOverflow: "ellipsis" } },
  list: { maxWidth: "calc(100vw - 16px)" },
});

/**
 * The figure or event to trace, found by typing any words of its metric, title, value, date or
 * document. While nothing is typed the box shows the chosen record; typing filters the list.
 */
export function TracePicker(props: TracePickerProps) {
  const { choices, onType, foundIds, recordId, onChooseRecord, label, hint } = props;
  const styles = useStyles();
  // null: nothing typed since the last choice, so the box shows the chosen record's label.
  const [typed, setTyped] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const chosen = choices.find((c) => c.id === recordId);
  const words = (typed ?? "").trim();
  // Found elsewhere: what was found for earlier words is not offered once the box is cleared.
  const shown = onType
    ? words === ""
      ? []
      : choices.filter((c) => !foundIds || foundIds.has(c.id))
    : filterTraceChoices(choices, words);
  const groups = (["Figures", "Events"] as const)
    .map((group) => ({ group, options: shown.filter((c) => c.group === group) }))
    .filter((g) => g.options.length > 0);
  return (
    <Field label={label} hint={hint}>
      <Combobox
        className={styles.box}
        placeholder="Type a metric, event, value, date or document"
        value={typed ?? chosen?.label ?? ""}
        selectedOptions={chosen ? [chosen.id] : []}
        open={open}
        onChange={(e) => {
          setTyped(e.target.value);
          onType?.(e.target.value);
          // The combobox opens its list on a key that types a character only: text pasted or
          // dropped, or Backspace, must open it too, or the list found is not seen.
          setOpen(true);
        }}
        onOptionSelect={(_, data) => {
          // Words typed that no longer begin the chosen label make the combobox clear its
          // selection (optionValue undefined) after onChange (microsoft/fluentui#35648): the
          // words stay, and the record traced stays until another is chosen.
          if (!data.optionValue) return;
          setTyped(null);
          onChooseRecord(data.optionValue);
        }}
        onOpenChange={(_, data) => {
          setOpen(data.open);
          if (!data.open) setTyped(null);
        }}
        listbox={{ className: styles.list }}
        // In a portal the list would be wrapped in a copy of the app's provider, whose page
        // layout (full height, opaque) then covers the pane.
        inlinePopup
      >
        {groups.map(({ group, options }) => (
          <OptionGroup key={group} label={group}>
            {options.map((c) => (
              <Option key={c.id} value={c.id} text={c.label}>
                {c.label}
              </Option>
            ))}
          </OptionGroup>
        ))}
        {groups.length === 0 && (
          <Option key="none" value="" text="" disabled>
            {words === ""
              ? "Type words of a metric, event, value, date or document to find it."
              : `No figure or event has all of "${typed}". Try fewer words.`}
          </Option>
        )}
      </Combobox>
    </Field>
  );
}
