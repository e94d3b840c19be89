import { makeStyles, tokens } from "@fluentui/react-components";
import { displayQuote } from "../../core/dataset/displayText";
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
  exact: {
    margin: 0,
    color: tokens.colorNeutralForeground3,
    overflowWrap: "anywhere",
  },
});

/**
 * The quoted sentence inside its paragraph, the quote marked, in the form people read (conversion
 * markup removed). When that differs from the document, the exact text follows, since the
 * dataset's offsets and any check against the document use it. Built from text slices: document
 * text is never parsed as HTML.
 */
export function QuoteInContext({ source, at }: { source: Source; at: SourceRef }) {
  const styles = useStyles();
  const { before, quote, after } = paragraphAround(source.text, at.start, at.end);
  const exact = quote || at.quote;
  const shown = displayQuote(exact);
  return (
    <>
      <blockquote className={styles.paragraph} cite={source.url ?? undefined}>
        {displayQuote(before)}
        <mark className={styles.mark}>{shown}</mark>
        {displayQuote(after)}
      </blockquote>
      {shown !== exact && <p className={styles.exact}>Exact text in the document: {exact}</p>}
    </>
  );
}
