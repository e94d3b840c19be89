import type { Category, EventKind } from "../dataset/schema";
import { unitInfo } from "../dataset/unitRegistry";
import { actsBetweenGovernments } from "./actsBetweenGovernments";

type Rule<T> = [RegExp, T];

const CATEGORY_RULES: Rule<Category>[] = [
  [/\b(sanction\w*|designat\w*|OFAC|blocked)\b/i, "sanctions"],
  [/\b(overdose|died|deaths?|killed|lethal doses?|fatal)\b/i, "deaths"],
  [/\b(potent|potency|milligrams? of)\b/i, "potency"],
  [
    /\b(seiz\w*|intercept\w*|stopped|confiscat\w*|interdict\w*|discovered|concealed|hidden|street value)\b/i,
    "seizures",
  ],
  [
    /\b(indict\w*|charg\w*|prosecut\w*|convict\w*|sentenc\w*|extradit\w*|pleaded guilty|plea|prison|supervised release)\b/i,
    "prosecutions",
  ],
  [/\b(arrest\w*|detain\w*|investigations?|task force|strike force)\b/i, "enforcement"],
  [/\b(scanners?|laborator\w*|inspection|screening|detection technology)\b/i, "capacity"],
  [/\b(fund\w*|budget|appropriat\w*|invest\w*|grants?)\b/i, "funding"],
  [
    /\b(agree\w*|coalition|partner\w*|cooperat\w*|bilateral|joint(ly)?|dialogue|summit|met with)\b/i,
    "cooperation",
  ],
  [/\b(trade|imports?|exports?|shipments?|packages?|commerc\w*|customs|smuggl\w*)\b/i, "trade"],
];

const KIND_RULES: Rule<EventKind>[] = [
  [/\b(designat\w*)\b/i, "designation"],
  [/\b(sanction\w*|export restrictions?)\b/i, "sanction"],
  [/\b(indict\w*|charg\w*|unsealed|sentenc\w*|plead\w* guilty|pled guilty)\b/i, "indictment"],
  [/\b(extradit\w*)\b/i, "extradition"],
  [/\b(arrest\w*|captur\w*|detain\w*)\b/i, "arrest"],
  [/\b(seiz\w*|intercept\w*|confiscat\w*)\b/i, "seizure"],
  [/\b(hearing|testif\w*|testimony)\b/i, "hearing"],
  [/\b(dialogue|talks)\b/i, "dialogue"],
  [/\b(agree\w*|accord|pact|memorandum of understanding)\b/i, "agreement"],
  [/\b(met|meet\w*|summit|conven\w*|visit\w*|travel\w*|trip)\b/i, "meeting"],
  [/\b(signed into law|act of|legislation|bill|law)\b/i, "legislation"],
];

/**
 * The rule whose words stand nearest the mention at `at` (a sentence with several figures or
 * dates says what each one is next to it), or, without `at`, the one whose words come first.
 */
function nearest<T>(rules: Rule<T>[], text: string, otherwise: T, at?: number): T {
  let best: { distance: number; value: T } | null = null;
  for (const [pattern, value] of rules)
    for (const m of text.matchAll(new RegExp(pattern.source, "gi"))) {
      const distance =
        at === undefined
          ? m.index
          : Math.min(Math.abs(m.index - at), Math.abs(m.index + m[0].length - at));
      if (!best || distance < best.distance) best = { distance, value };
    }
  return best?.value ?? otherwise;
}

/** The category the sentence's words suggest, nearest the mention at `at`; "policy" when none does. */
export const categoryOf = (sentence: string, at?: number): Category =>
  nearest(CATEGORY_RULES, withoutNames(sentence), "policy", at);

/**
 * The sentence with the names of its agencies and laws blanked (same length, so offsets hold):
 * they are named, not described, by their words ("U.S. Customs and Border Protection announced
 * a strategy" is no trade figure, "the Trafficking and Overdose Prevention (STOP) Act" no
 * death). Names of what was done ("Strike Force", "Summit", "Coalition") still tell the topic.
 */
function withoutNames(sentence: string): string {
  return sentence.replace(NAME, (m) => " ".repeat(m.length));
}
const NAME =
  /\b[A-Z][\w’'.-]*(?:\s+(?:(?:and|of|for|on|the|to)\s+)*(?:\([A-Z]{2,6}\)\s+)?[A-Z][\w’'.-]*)*?\s+(?:\([A-Z]{2,6}\)\s+)?(?:Protection|Administration|Agency|Service|Office|Commission|Act)\b/g;

/**
 * A figure's category: the words nearest it in its sentence; for a sentence that names none,
 * a weight of at least a pound is a haul (doses and potency are counted in milligrams), and a
 * sentence that opens by pointing back ("Of those, 68% involved synthetic opioids.") takes the
 * category of the sentence before it.
 */
export function figureCategory(
  sentence: string,
  at: number,
  unit: string,
  before: string[] = [],
  title = "",
): Category {
  const near = categoryOf(sentence, at);
  // "80 packages of fentanyl pills" found in a car is a haul, whatever packages suggest.
  if (
    (near === "trade" || near === "capacity") &&
    unit !== "percent" &&
    DRUG_COUNTED.test(sentence.slice(at, at + 60))
  )
    return "seizures";
  if (near !== "policy") return near;
  const weight = unitInfo(unit)?.base;
  if (weight?.unit === "kilograms" && weight.factor >= 0.4) return "seizures";
  const previous = before[before.length - 1];
  if (previous && pointsBack(sentence)) return categoryOf(previous, previous.length);
  // A change or share whose sentence names no topic ("Four states saw declines of 15% or
  // more") is one of what its document's title is about ("Overdose Deaths Decrease in 2023").
  return title && unit === "percent" ? categoryOf(title) : "policy";
}

/** A figure that counts or weighs a drug: "30 packages of fentanyl", "100 pounds of heroin". */
const DRUG_COUNTED =
  /^[^,.;]{0,30}?\b(?:of|containing)\s+(?:\w+\s+){0,2}(?:fentanyl|heroin|methamphetamine|cocaine|xylazine|narcotics|drugs|pills)\b/i;

/**
 * True when a sentence opens by pointing back at the one before ("Of those, …", "They …", "The
 * actions included …": what the sentence before announced).
 */
export const pointsBack = (sentence: string): boolean =>
  /^\s*((of|among) (those|these|them)|(these|those|they|it|this)\b|(the|such) (actions|measures|moves|steps)\b)/i.test(
    sentence,
  );

/**
 * The kind of event the sentence's verbs suggest, nearest the date at `at`. Announcing an
 * indictment or a sanction is that indictment or sanction, and announcing a launch, a strategy
 * or an initiative is a policy: "announcement" is left for an announcement of nothing else.
 */
export function eventKindOf(sentence: string, at?: number): EventKind {
  const kind = nearest(KIND_RULES, sentence, "policy", at);
  if (kind !== "policy") return kind;
  if (ANNOUNCED.test(sentence) && !NEW_POLICY.test(sentence)) return "announcement";
  return "policy";
}

const ANNOUNCED = /\b(announc\w*|unveil\w*|released?|published)\b/i;
const NEW_POLICY = /\b(launch\w*|strateg\w*|initiative|strike force|new)\b/i;

/** Category of an event of this kind, where the kind settles it. */
export function eventCategory(kind: EventKind, sentence: string, at?: number): Category {
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
    // Testimony informs policy whatever it is about ("the drug trade", "illicit finance").
    hearing: "policy",
  };
  const settled = byKind[kind];
  if (settled) return settled;
  // "As overdose deaths continue at a record pace, CBP announced a strategy": the opening
  // clause sets the scene; the act after it has the topic.
  const scene = SCENE.exec(sentence)?.[0].length ?? 0;
  const topic =
    scene && (at ?? 0) >= scene
      ? categoryOf(" ".repeat(scene) + sentence.slice(scene), at)
      : categoryOf(sentence, at);
  // What governments do together or to each other, on no topic of its own, is cooperation.
  return topic === "policy" && actsBetweenGovernments(sentence, kind) ? "cooperation" : topic;
}

/** An opening clause of circumstance: "As deaths rise, ", "While talks stalled, ", "Amid …, ". */
const SCENE = /^\s*(?:as|while|amid|with|although|though)\b[^,]{3,120},\s*/i;

/** True when a sentence recounts something that happened or was decided, not a background fact. */
export const statesAnEvent = (sentence: string, pastTense = false): boolean =>
  pastTense ||
  KIND_RULES.some(([pattern]) => pattern.test(sentence)) ||
  ANNOUNCED.test(sentence) ||
  /\b(launch\w*|establish\w*|creat\w*|issu(e|es|ed|ing)|sign(s|ed|ing)?|held|began|hosted|convened|impos\w*|took effect)\b/i.test(
    sentence,
  );
