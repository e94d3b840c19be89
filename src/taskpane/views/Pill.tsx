import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

// Fluent's Badge styles every size, shape, colour and appearance, about 3.5 KB of the pane's
// first download; the header and the Catalog's cards need five looks, kept here in its tokens.
const usePillStyles = makeStyles({
  root: {
    display: "inline-flex",
    alignItems: "center",
    boxSizing: "border-box",
    height: "20px",
    padding: `0 calc(${tokens.spacingHorizontalXS} + ${tokens.spacingHorizontalXXS})`,
    borderRadius: tokens.borderRadiusCircular,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
  },
  brand: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  brandOutline: {
    color: tokens.colorBrandForeground1,
    border: `${tokens.strokeWidthThin} solid currentColor`,
  },
  informative: {
    backgroundColor: tokens.colorNeutralBackground4,
    color: tokens.colorNeutralForeground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorPaletteYellowForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder1}`,
  },
  subtle: {
    color: tokens.colorNeutralForeground3,
    border: `${tokens.strokeWidthThin} solid currentColor`,
  },
});

export type PillLook = "brand" | "brandOutline" | "informative" | "warning" | "subtle";

/** A short label in a rounded outline: a count, a category, where the dataset comes from. */
export function Pill({
  look,
  title,
  children,
}: {
  look: PillLook;
  title?: string;
  children: ReactNode;
}) {
  const styles = usePillStyles();
  return (
    <span className={mergeClasses(styles.root, styles[look])} title={title}>
      {children}
    </span>
  );
}
