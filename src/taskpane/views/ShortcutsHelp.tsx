import { Fragment } from "react";
import { keysText, SHORTCUTS } from "../keyboardShortcuts";
import { useViewStyles } from "./useViewStyles";

/** The pane's keyboard shortcuts, for the About view. */
export function ShortcutsHelp() {
  const styles = useViewStyles();
  return (
    <section className={styles.tight} aria-labelledby="about-shortcuts">
      <h2 className={styles.heading} id="about-shortcuts">
        Keyboard shortcuts
      </h2>
      <span className={styles.muted}>
        While the focus is in this pane (F6 moves it between Excel and the pane).
      </span>
      <dl className={styles.facts}>
        {SHORTCUTS.map((s) => (
          <Fragment key={s.action}>
            <dt>
              <kbd>{keysText(s.code)}</kbd>
            </dt>
            <dd>{s.does}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}
