import { PolicyError, userMessage } from "../../core/errors";

export interface ErrorDescription {
  title: string;
  message: string;
  /** What the person can do about it. */
  next: string;
}

/** Turns anything thrown into a title, the message, and the next step to take. */
export function describeError(error: unknown): ErrorDescription {
  const message = userMessage(error);
  const code = error instanceof PolicyError ? error.code : null;
  switch (code) {
    case "fetch_failed":
      return {
        title: "The dataset could not be fetched",
        message,
        next: "Check your connection and the dataset URL under About, then select Retry.",
      };
    case "invalid_dataset":
      return {
        title: "The dataset is invalid",
        message,
        next: "Nothing was changed. Use the shipped dataset (About > Use shipped dataset) or ask its publisher for a corrected file.",
      };
    case "not_supported":
      return {
        title: "This Excel cannot do that",
        message,
        next: "Update Office, or use Excel on the web. In the meantime, Download workbook gives you every table as an .xlsx file.",
      };
    case "unknown_id":
      return {
        title: "Not in the dataset",
        message,
        next: "Refresh to get the latest dataset, or search for the figure by its words.",
      };
    case "workbook_conflict":
      return {
        title: "The workbook is in the way",
        message,
        next: "Select an empty cell, or choose New sheet, and try again.",
      };
    case "bad_argument":
      return {
        title: "Check what you entered",
        message,
        next: "Correct it and try again.",
      };
    case "not_loaded":
      return {
        title: "The dataset is not loaded yet",
        message,
        next: "Wait for it to load, or select Retry.",
      };
    default:
      return {
        title: "Something went wrong",
        message,
        next: "Try again. If it keeps failing, close and reopen the Policy Tables pane.",
      };
  }
}
