import { makeStyles, tokens } from "@fluentui/react-components";

// Drawn here rather than with Fluent's ProgressBar: Busy shows while the Catalog loads, and
// ProgressBar brings @fluentui/react-motion and react-field onto the pane's start-up path
// (about 4 KB gzip) for a bar that only slides. Same look: 2 px, neutral track, brand bar.
const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  track: {
    position: "relative",
    overflow: "hidden",
    height: "2px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground6,
    "@media screen and (forced-colors: active)": { backgroundColor: "CanvasText" },
  },
  bar: {
    position: "absolute",
    height: "100%",
    width: "33%",
    borderRadius: "inherit",
    backgroundColor: tokens.colorCompoundBrandBackground,
    animationName: {
      from: { left: "-33%" },
      to: { left: "100%" },
    },
    animationDuration: "1.5s",
    animationTimingFunction: "linear",
    animationIterationCount: "infinite",
    "@media screen and (prefers-reduced-motion: reduce)": {
      animationName: "none",
      left: "0",
      width: "100%",
      opacity: 0.5,
    },
    "@media screen and (forced-colors: active)": { backgroundColor: "Highlight" },
  },
});

/** Work under way whose length is unknown: a moving bar and what is being done. */
export function Busy({ label }: { label: string }) {
  const styles = useStyles();
  return (
    <div className={styles.root} role="status">
      <div className={styles.track} role="progressbar" aria-label={label}>
        <div className={styles.bar} />
      </div>
      <span>{label}</span>
    </div>
  );
}
