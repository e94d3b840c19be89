import { makeStyles, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useState } from "react";

/**
 * How long a wait lasts before its moving bar shows. The label says at once what is under way;
 * the bar (Fluent's ProgressBar with its motion library, a chunk of its own) is fetched only
 * for a wait that lasts, so the short ones of the Catalog's start do not download it.
 */
export const BAR_AFTER_MS = 400;

const ProgressBar = lazy(() => import(/* webpackChunkName: "progress-bar" */ "./progressBar"));

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  // The bar's room while it is not shown, so the label does not move when it comes.
  room: { height: "2px" },
});

/** Work under way whose length is unknown: a moving bar and what is being done. */
export function Busy({ label }: { label: string }) {
  const styles = useStyles();
  const [lasting, setLasting] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setLasting(true), BAR_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  const room = <div className={styles.room} />;
  return (
    <div className={styles.root} role="status">
      {lasting ? (
        <Suspense fallback={room}>
          <ProgressBar aria-label={label} />
        </Suspense>
      ) : (
        room
      )}
      <span>{label}</span>
    </div>
  );
}
