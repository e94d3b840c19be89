import { makeStyles, tokens } from "@fluentui/react-components";

export const useCatalogViewStyles = makeStyles({
  cardHead: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  meta: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
  },
  scroller: {
    overflowX: "auto",
    maxWidth: "100%",
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
  },
  /** Long document text is cut to three lines in the preview; the insert keeps all of it. */
  clamp: {
    display: "-webkit-box",
    WebkitLineClamp: "3",
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
  numberHeader: { "& .fui-TableHeaderCell__button": { justifyContent: "flex-end" } },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  summary: {
    cursor: "pointer",
    fontWeight: tokens.fontWeightSemibold,
    padding: `${tokens.spacingVerticalXS} 0`,
  },
  columns: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(130px, 1fr))",
    border: "none",
    margin: 0,
    padding: 0,
  },
});
