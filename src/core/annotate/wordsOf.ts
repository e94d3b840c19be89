const STOP = new Set(
  "a an the of in on at to for from by with and or as is are was were be been has have had that this these those its it their our than more over about nearly some into per since said also which who".split(
    " ",
  ),
);

/** Lower-case content words of a text (digits and stop words left out), for similarity. */
export function wordsOf(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .split(/[^a-z]+/)
    .filter((w) => w.length > 2 && !STOP.has(w))
    .map((w) => w.replace(/(ies|es|s)$/, (m) => (m === "ies" ? "y" : "")));
  return new Set(words);
}
