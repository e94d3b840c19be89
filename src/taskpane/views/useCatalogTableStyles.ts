import { makeStyles, tokens } from "@fluentui/react-components";

/** Width of the preview's first column, which stays in view; the key column sticks beside it. */
const LEAD = "clamp(80px, 25vw, 200px)";
/**
 * A pane as narrow as Excel opens it (320 px). There, with scrollbars drawn as Windows draws
 * them (about 15 px each for the page and the box), two sticky columns at full size left under
 * 20 px for the columns that scroll; smaller text and padding leave them a column's width.
 */
const NARROW = "@media (max-width: 480px)";

/** An opened table (preview grid, columns, filters): in its chunk, not on the startup path. */
export const useCatalogTableStyles = makeStyles({
  scroller: {
    overflow: "auto",
    maxWidth: "100%",
    // Short enough that the horizontal scrollbar is on screen with the preview's top.
    maxHeight: "min(70vh, 720px)",
    scrollbarColor: `${tokens.colorNeutralForeground3} ${tokens.colorNeutralBackground3}`,
    // Thin, not hidden: the scrollbar shows that the columns scroll, in less of the width.
    scrollbarWidth: "thin",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  grid: { tableLayout: "auto", width: "max-content", minWidth: "100%" },
  cell: {
    maxWidth: "260px",
    minWidth: "64px",
    whiteSpace: "normal",
    overflowWrap: "anywhere",
    verticalAlign: "top",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    [NARROW]: {
      paddingLeft: tokens.spacingHorizontalXS,
      paddingRight: tokens.spacingHorizontalXS,
      fontSize: tokens.fontSizeBase200,
      lineHeight: tokens.lineHeightBase200,
    },
  },
  /** Long document text is cut to three lines in the preview; the insert keeps all of it. */
  clamp: {
    display: "-webkit-box",
    WebkitLineClamp: "3",
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
  head: { position: "sticky", top: 0, zIndex: 2 },
  headCell: { backgroundColor: tokens.colorNeutralBackground1 },
  lead: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    boxSizing: "border-box",
    width: LEAD,
    minWidth: LEAD,
    maxWidth: LEAD,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: `inset -${tokens.strokeWidthThin} 0 0 ${tokens.colorNeutralStroke1}`,
  },
  key: {
    position: "sticky",
    left: LEAD,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    // The edge the scrolled columns pass under.
    boxShadow: `inset -${tokens.strokeWidthThin} 0 0 ${tokens.colorNeutralStroke1}`,
  },
  /** A name kept beside a leading date is as wide as the lead column, so the rest still scrolls. */
  keyName: { boxSizing: "border-box", width: LEAD, minWidth: LEAD, maxWidth: LEAD },
  numberHeader: { "& .fui-TableHeaderCell__button": { justifyContent: "flex-end" } },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  /** The heading takes focus only to start reading there; it is not a control, so no ring. */
  focusTarget: { ":focus": { outline: "none" } },
  summary: {
    cursor: "pointer",
    fontWeight: tokens.fontWeightSemibold,
    padding: `${tokens.spacingVerticalXS} 0`,
  },
  filters: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(220px, 1fr))",
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
  },
  range: {
    display: "grid",
    gridTemplateColumns: "1fr 1fr",
    gap: tokens.spacingHorizontalS,
    alignItems: "start",
  },
  columns: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(130px, 1fr))",
    border: "none",
    margin: 0,
    padding: 0,
  },
});
