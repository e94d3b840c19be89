import { useCallback, useEffect, useRef, useState } from "react";
import { copySelectedField, writeClipboard } from "../clipboard";
import type { CopyText } from "../views/copyTexts";

export type CopyState =
  | { status: "idle" }
  | { status: "copied"; choice: CopyText; bySelection: boolean }
  | { status: "manual"; choice: CopyText; reason: string };

/**
 * Copying with a way out: the Clipboard API first; when the host refuses it, the text is shown
 * selected in a read-only field (`fieldRef`) and copied from there if the browser allows, else
 * left for Ctrl+C. Closing that field returns the focus to the control that asked to copy.
 */
export function useCopy() {
  const [state, setState] = useState<CopyState>({ status: "idle" });
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);

  const copy = useCallback(async (choice: CopyText, from: HTMLElement | null) => {
    returnTo.current = from;
    const result = await writeClipboard(choice.text);
    setState(
      result.copied
        ? { status: "copied", choice, bySelection: false }
        : { status: "manual", choice, reason: result.reason },
    );
  }, []);

  // The refused text is selected as soon as its field is on screen.
  const manualText = state.status === "manual" ? state.choice.text : null;
  useEffect(() => {
    if (manualText === null || !fieldRef.current) return;
    if (copySelectedField(fieldRef.current) && state.status === "manual") {
      setState({ status: "copied", choice: state.choice, bySelection: true });
      // The field goes away with the confirmation; the focus goes back where it came from.
      returnTo.current?.focus();
    }
  }, [manualText, state]);

  const close = useCallback(() => {
    setState({ status: "idle" });
    returnTo.current?.focus();
  }, []);

  return { state, copy, close, fieldRef };
}
