import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Textarea,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Source } from "../../core/dataset/schema";
import { citation, CITATION_STYLES, type CitationStyle } from "../../core/lookup/citation";
import { useViewStyles } from "./useViewStyles";

const STYLE_NAMES: Record<CitationStyle, string> = {
  plain: "Plain (one line)",
  apa: "APA 7",
  chicago: "Chicago (bibliography)",
};

type CopyState =
  | { status: "idle" }
  | { status: "copied"; style: CitationStyle }
  | { status: "refused"; reason: string };

/**
 * The document's citation in a chosen style, with a button that puts it on the clipboard. The
 * clipboard can be refused (a host without clipboard-write permission, an insecure context), so
 * the citation is also shown as selectable text to copy by hand.
 */
export function CopyCitation({ source }: { source: Source }) {
  const styles = useViewStyles();
  const [style, setStyle] = useState<CitationStyle>("plain");
  const [state, setState] = useState<CopyState>({ status: "idle" });
  const text = citation(source, style);
  const copy = async () => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error("this host offers no clipboard API");
      await navigator.clipboard.writeText(text);
      setState({ status: "copied", style });
    } catch (e) {
      setState({ status: "refused", reason: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <div className={styles.tight}>
      <Field label="Citation style">
        <Select
          className={styles.select}
          value={style}
          onChange={(_, data) => {
            setStyle(data.value as CitationStyle);
            setState({ status: "idle" });
          }}
        >
          {CITATION_STYLES.map((s) => (
            <option key={s} value={s}>
              {STYLE_NAMES[s]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Citation">
        <Textarea readOnly value={text} resize="vertical" />
      </Field>
      <div className={styles.row}>
        <Button onClick={copy}>Copy citation</Button>
      </div>
      <div role="status">
        {state.status === "copied" && (
          <MessageBar intent="success">
            <MessageBarBody>
              Copied the {STYLE_NAMES[state.style]} citation to the clipboard.
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {state.status === "refused" && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Could not copy the citation</MessageBarTitle>
            The clipboard was refused ({state.reason}). Select the text in Citation and copy it with
            Ctrl+C (⌘C on a Mac).
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
