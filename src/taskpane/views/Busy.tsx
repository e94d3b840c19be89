import { makeStyles, ProgressBar, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
});

/** Work under way whose length is unknown: a moving bar and what is being done. */
export function Busy({ label }: { label: string }) {
  const styles = useStyles();
  return (
    <div className={styles.root} role="status">
      <ProgressBar aria-label={label} />
      <span>{label}</span>
    </div>
  );
}
