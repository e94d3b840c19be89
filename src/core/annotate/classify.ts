import type { Category, EventKind } from "../dataset/schema";

type Rule<T> = [RegExp, T];

const CATEGORY_RULES: Rule<Category>[] = [
  [/\b(sanction\w*|designat\w*|OFAC|blocked)\b/i, "sanctions"],
  [/\b(overdose|died|deaths?|killed|lethal doses?|fatal)\b/i, "deaths"],
  [/\b(potent|potency|milligrams? of)\b/i, "potency"],
  [/\b(seiz\w*|intercept\w*|stopped|confiscat\w*|interdict\w*)\b/i, "seizures"],
  [/\b(indict\w*|charg\w*|prosecut\w*|convict\w*|sentenc\w*|extradit\w*)\b/i, "prosecutions"],
  [/\b(arrest\w*|detain\w*|investigations?|task force|strike force)\b/i, "enforcement"],
  [/\b(scanners?|laborator\w*|inspection|screening|detection technology)\b/i, "capacity"],
  [/\b(fund\w*|budget|appropriat\w*|invest\w*|grants?)\b/i, "funding"],
  [
    /\b(agree\w*|coalition|partner\w*|cooperat\w*|bilateral|dialogue|summit|met with)\b/i,
    "cooperation",
  ],
  [/\b(trade|imports?|exports?|shipments?|packages?|commerc\w*|customs)\b/i, "trade"],
];

const KIND_RULES: Rule<EventKind>[] = [
  [/\b(designat\w*)\b/i, "designation"],
  [/\b(sanction\w*)\b/i, "sanction"],
  [/\b(indict\w*|charg\w*|unsealed)\b/i, "indictment"],
  [/\b(extradit\w*)\b/i, "extradition"],
  [/\b(arrest\w*|captur\w*|detain\w*)\b/i, "arrest"],
  [/\b(seiz\w*|intercept\w*|confiscat\w*)\b/i, "seizure"],
  [/\b(hearing|testif\w*|testimony)\b/i, "hearing"],
  [/\b(dialogue|talks)\b/i, "dialogue"],
  [/\b(agree\w*|accord|pact|memorandum of understanding)\b/i, "agreement"],
  [/\b(met|meet\w*|summit|visit\w*|travel\w*|trip)\b/i, "meeting"],
  [/\b(signed into law|act of|legislation|bill|law)\b/i, "legislation"],
  [/\b(announc\w*|unveil\w*|released?|published)\b/i, "announcement"],
];

/** The rule whose words occur first in the text (the main verb usually comes early). */
function first<T>(rules: Rule<T>[], text: string, otherwise: T): T {
  let best: { at: number; value: T } | null = null;
  for (const [pattern, value] of rules) {
    const at = pattern.exec(text)?.index;
    if (at !== undefined && (!best || at < best.at)) best = { at, value };
  }
  return best?.value ?? otherwise;
}

/** The category the sentence's words suggest; "policy" when none does. */
export const categoryOf = (sentence: string): Category => first(CATEGORY_RULES, sentence, "policy");

/** The kind of event the sentence's verbs suggest; "policy" when none does. */
export const eventKindOf = (sentence: string): EventKind => first(KIND_RULES, sentence, "policy");

/** Category of an event of this kind, where the kind settles it. */
export function eventCategory(kind: EventKind, sentence: string): Category {
  const byKind: Partial<Record<EventKind, Category>> = {
    designation: "sanctions",
    sanction: "sanctions",
    indictment: "prosecutions",
    extradition: "prosecutions",
    arrest: "enforcement",
    seizure: "seizures",
    agreement: "cooperation",
    meeting: "cooperation",
    dialogue: "cooperation",
  };
  return byKind[kind] ?? categoryOf(sentence);
}

/** True when a sentence recounts something that happened or was decided, not a background fact. */
export const statesAnEvent = (sentence: string, pastTense = false): boolean =>
  pastTense ||
  KIND_RULES.some(([pattern]) => pattern.test(sentence)) ||
  /\b(launch\w*|establish\w*|creat\w*|issu(e|es|ed|ing)|sign(s|ed|ing)?|held|began|hosted|convened|impos\w*|took effect)\b/i.test(
    sentence,
  );
