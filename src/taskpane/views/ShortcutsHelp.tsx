import { Fragment } from "react";
import { isMac, keysText, SHORTCUTS } from "../keyboardShortcuts";
import { useViewStyles } from "./useViewStyles";

/** The pane's keyboard shortcuts, for the About view. */
export function ShortcutsHelp() {
  const styles = useViewStyles();
  const mac = isMac(navigator);
  return (
    <section className={styles.tight} aria-labelledby="about-shortcuts">
      <h2 className={styles.heading} id="about-shortcuts">
        Keyboard shortcuts
      </h2>
      <span className={styles.muted}>
        While the focus is in this pane (F6 moves it between Excel and the pane).
        {mac &&
          " In a text field Option+Shift+letter types its character (Ç, Œ…); press Tab to leave the field first."}
      </span>
      <dl className={styles.facts}>
        {SHORTCUTS.map((s) => (
          <Fragment key={s.action}>
            <dt>
              <kbd>{keysText(s.code, mac)}</kbd>
            </dt>
            <dd>{s.does}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}
