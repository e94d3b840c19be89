import { PolicyError } from "../../errors";
import type { SourceRef } from "../schema";

/**
 * Checks that a record's quote is its document's text at its offsets, as the build checked it,
 * against the text fetched for Trace: a text piece that passed its hash but was paired with
 * records of another build is refused, never shown with the wrong sentence marked.
 * @example verifyQuote("x", "Seized 3 tons.", { doc: "d", start: 7, end: 13, quote: "3 tons" }) // passes
 */
export function verifyQuote(recordId: string, text: string, ref: SourceRef): void {
  const problem =
    ref.end > text.length
      ? `its end ${ref.end} is past the end of the text (${text.length} characters)`
      : text.slice(ref.start, ref.end) !== ref.quote
        ? `the text there reads "${text.slice(ref.start, Math.min(ref.end, ref.start + 60))}"`
        : null;
  if (problem)
    throw new PolicyError(
      "invalid_dataset",
      `The quote of "${recordId}" is not in document ${ref.doc} at [${ref.start}, ${ref.end}): ` +
        `${problem}. The document text and the record come from different builds: publish the ` +
        "catalog and its pieces together.",
    );
}
