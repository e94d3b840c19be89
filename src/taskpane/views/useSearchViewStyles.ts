import { makeStyles, tokens } from "@fluentui/react-components";

export const useSearchViewStyles = makeStyles({
  filters: {
    display: "grid",
    // One column in a 320 px pane, so a select shows its whole choice ("All categories").
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 150px), 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  hitHead: {
    display: "flex",
    alignItems: "baseline",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  quote: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground2,
    fontStyle: "italic",
    overflowWrap: "anywhere",
  },
});
