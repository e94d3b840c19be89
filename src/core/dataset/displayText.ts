/** Record fields whose values are codes ("more_than", "pill_presses") that people read as words. */
const CODED_FIELDS = new Set(["qualifier", "unit", "kind", "category", "precision"]);

/** Record fields holding document text, shown without the markup conversion left in it. */
const QUOTE_FIELDS = new Set(["source.quote", "sides.*.quote", "quote"]);

/**
 * A code as words: underscores become spaces ("more_than" → "more than"); other text is kept.
 * Programs keep reading the code (CSV cells, POLICY.FIELD); people read this.
 * @example codeLabel("pill_presses") // "pill presses"
 */
export function codeLabel(code: string): string {
  return /^[a-z]+(_[a-z]+)+$/.test(code) ? code.replace(/_/g, " ") : code;
}

/** Whether a column key holds a code that codeLabel turns into words. */
export function isCodedKey(key: string): boolean {
  return CODED_FIELDS.has(key);
}

/** Whether a column key holds a quote, shown through displayQuote. */
export function isQuoteKey(key: string): boolean {
  return QUOTE_FIELDS.has(key);
}

// A Markdown link whose opening bracket is not itself escaped: "[states that](#)".
const LINK = /(^|[^\\])\[([^\]\n]*)\]\([^)\s]*\)/g;
// A backslash escape Markdown conversion put before punctuation: "\$16 million".
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!$<>|~"'])/g;

/**
 * A quote as an analyst reads it: conversion markup removed (Markdown links keep their text,
 * backslash escapes lose the backslash). The exact text stays in the dataset, where its offsets
 * are verified; Trace shows both.
 * @example displayQuote("seized \\$16 million") // "seized $16 million"
 * @example displayQuote("The CDC [states that deaths](#) rose") // "The CDC states that deaths rose"
 */
export function displayQuote(quote: string): string {
  return quote.replace(LINK, "$1$2").replace(ESCAPE, "$1");
}
