import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { FormulaExplanation as Explanation } from "../../core/lookup/explainFormula";

/**
 * What a selected POLICY formula returns, or its error with the message Excel on Windows and
 * Mac does not show (office-js #4971, #4813), and the function's usage.
 */
export function FormulaExplanation({
  address,
  explanation,
}: {
  address: string;
  explanation: Explanation;
}) {
  const { result, usage, formula } = explanation;
  return (
    <MessageBar intent={result.kind === "error" ? "error" : "info"} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {result.kind === "error"
            ? `${result.code} in ${address}`
            : result.kind === "value"
              ? `${address} returns ${result.shown}`
              : `${address} holds a POLICY formula`}
        </MessageBarTitle>
        <div>
          <code>{formula}</code>
        </div>
        {result.kind !== "value" && <div>{result.message}</div>}
        {usage && <div>Usage: {usage}</div>}
      </MessageBarBody>
    </MessageBar>
  );
}
