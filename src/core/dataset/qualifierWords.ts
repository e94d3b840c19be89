import type { Qualifier } from "./schema";

/** How a qualifier reads before a number in a sentence ("more than 200"); empty where none. */
export const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: "",
  more_than: "more than ",
  at_least: "at least ",
  nearly: "nearly ",
  about: "about ",
  up_to: "up to ",
  less_than: "less than ",
  times: "",
};
