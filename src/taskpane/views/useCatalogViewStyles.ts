import { makeStyles, tokens } from "@fluentui/react-components";

/** The Catalog's list of tables, on the pane's startup path (an opened table has its own). */
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
});
