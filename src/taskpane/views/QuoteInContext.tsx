import { makeStyles, tokens } from "@fluentui/react-components";
import type { Source, SourceRef } from "../../core/dataset/schema";
import { paragraphAround } from "./paragraphAround";

const useStyles = makeStyles({
  paragraph: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground2,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: "anywhere",
  },
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    padding: "0 1px",
  },
});

/**
 * The quoted sentence inside its paragraph, the quote marked. Built from text slices: document
 * text is never parsed as HTML.
 */
export function QuoteInContext({ source, at }: { source: Source; at: SourceRef }) {
  const styles = useStyles();
  const { before, quote, after } = paragraphAround(source.text, at.start, at.end);
  return (
    <blockquote className={styles.paragraph} cite={source.url ?? undefined}>
      {before}
      <mark className={styles.mark}>{quote || at.quote}</mark>
      {after}
    </blockquote>
  );
}
