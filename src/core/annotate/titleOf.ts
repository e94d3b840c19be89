import nlp from "compromise";
import { actionAt, actionsIn } from "./readActions";

type Verbs = ReturnType<ReturnType<typeof nlp>["verbs"]>;

/**
 * Where the clause of a verb ends: before a second action joined by "and" or a comma ("…
 * arrested Ovidio Guzmán … and eventually extradited him"), a relative or participle clause
 * (", which expands", ", warning"), a dash, a semicolon, or an attribution (", Miller said").
 */
const CLAUSE_END =
  /\s*(?:;|—|\s–\s|,\s+(?:which|who|where|while|whose|but|as|after|before|when|and)\b|,\s+[a-z]+ing\b|,\s+[A-Z][\w’'. ]+\s+said\b)/;

/** Verbs that only say an event happened: its subject is its title. */
const HAPPENED = /^(?:took|takes|take) place\b|^(?:was|were|is|are) held\b/i;

/** "the Department of Justice (DOJ)" is written "DOJ" in a title. */
const NAME_WITH_ACRONYM =
  /^(?:the\s+)?(?:[A-Z][\w.’']*\s+(?:(?:of|for|and|on|the)\s+)*)+\(([A-Z]{2,6})\)/;

/**
 * An event's title in the dataset's style, short and in the present tense: the subject, verb
 * and object of the clause its date belongs to ("In June 2023, the Department of Justice (DOJ)
 * indicted three companies for fentanyl crimes." → "DOJ indicts three companies for fentanyl
 * crimes"), without the date and where it happened next to the date ("in January 2023 in
 * Mexico"). A sentence compromise finds no verb in keeps its words without the date.
 *
 * @example titleOf("On May 2, 2022, Peru banned the drug.", 3, 14) // "Peru bans the drug"
 */
export function titleOf(
  sentence: string,
  start: number,
  end: number,
  text = sentence,
  author: string | null = null,
): string {
  const action = actionAt(sentence, start, end);
  if (!action) return plainTitle(sentence, sentence.slice(start, end));
  const actions = actionsIn(sentence);
  const joined = (a: { end: number }, b: { start: number }) =>
    /(?:,\s*)?\band\s+(?:(?:\w+ly|later|then|also|soon)\s+)?$/.test(sentence.slice(a.end, b.start));
  // "Mexican authorities arrested him … and eventually extradited him": the second verb's
  // subject is the first's.
  const first = [...actions].reverse().find((a) => a.end <= action.start && joined(a, action));
  const subjectSpan = (first ?? action).subject;
  const next = actions.find((a) => a.start > action.end && joined(action, a));
  const stop = CLAUSE_END.exec(sentence.slice(action.end));
  let to = stop ? action.end + stop.index : sentence.length;
  if (next) to = Math.min(to, sentence.lastIndexOf(" and ", next.start));
  const subject = subjectSpan ? withoutDate(sentence, subjectSpan, start, end) : "";
  const rest = withoutDate(
    sentence,
    { start: action.end, end: Math.max(to, action.end) },
    start,
    end,
  );
  // "The inaugural meeting of the group took place in Beijing": the subject names the event.
  if (HAPPENED.test(sentence.slice(action.start)) && subject)
    return capitalised(subject.replace(/^the\s+/i, ""));
  // "I will issue" in a statement is its speaker's act.
  const named = subject === "I" && author ? author : shortName(subject, text);
  const verb = action.text.replace(/^(?:\w+ly|later|then|also|soon)\s+/, "");
  return capitalised(`${named} ${presentTense(named, verb)} ${rest}`);
}

/** The text of [span] without the date at [start, end), its preposition and a place named with it. */
function withoutDate(
  sentence: string,
  span: { start: number; end: number },
  start: number,
  end: number,
): string {
  if (end <= span.start || start >= span.end) return sentence.slice(span.start, span.end);
  const before = sentence
    .slice(span.start, Math.max(span.start, start))
    .replace(/(?:,\s*)?\b(?:on|in|by|since|as of)\s+$/i, "");
  const after = sentence
    .slice(Math.min(span.end, end), span.end)
    .replace(/^,?\s+in\s+(?:the\s+)?[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*)*(?=[\s,.]|$)/, "")
    .replace(/^,\s*/, " ");
  return `${before.trimEnd()} ${after.trimStart()}`.trim();
}

/** "the Department of Justice (DOJ)", or a name the document gives with "(DOJ)": "DOJ". */
function shortName(subject: string, text: string): string {
  const bare = subject.replace(/^the\s+/i, "");
  const inline = NAME_WITH_ACRONYM.exec(bare);
  if (inline) return inline[1];
  if (/^[A-Z]/.test(bare) && bare.length > 6) {
    const escaped = bare.replace(/^U\.S\.\s+/, "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const spelled = new RegExp(`${escaped}\\s+\\(([A-Z]{2,6})\\)`).exec(text);
    if (spelled) return spelled[1];
  }
  return bare;
}

/** The verb in the present tense, agreeing with its subject ("Mexican authorities arrest"). */
function presentTense(subject: string, verb: string): string {
  const doc = nlp(`${subject} ${verb}`);
  const verbs = doc.verbs();
  if (!verbs.found) return verb;
  (verbs.last() as Verbs).toPresentTense();
  const said = doc.text();
  const conjugated = said.startsWith(subject) ? said.slice(subject.length).trim() : verb;
  // compromise adds an s to a verb it does not know ("extraditeds"): keep the verb as written.
  return /eds$|^\s*$/.test(conjugated) ? verb : conjugated;
}

/** The sentence without its date phrase and trailing stop, cut at a word near 120 characters. */
function plainTitle(sentence: string, dateText: string): string {
  const t = sentence
    .replace(dateText, "")
    .replace(/^\s*(On|In|By|As of|Since)\s*,?\s*/i, "")
    .replace(/\s+,/g, ",")
    .replace(/^[,\s]+|[.\s]+$/g, "")
    .replace(/\s+/g, " ");
  return capitalised(t.length > 120 ? t.slice(0, t.lastIndexOf(" ", 120)) + " …" : t);
}

function capitalised(text: string): string {
  const t = text
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[\d+\]/g, "")
    .replace(/\s+([,.;:])/g, "$1")
    .replace(/\s+/g, " ")
    .replace(/[\s,.;:]+$/, "")
    .trim();
  const cut = t.length > 160 ? t.slice(0, t.lastIndexOf(" ", 160)) + " …" : t;
  return cut.charAt(0).toUpperCase() + cut.slice(1);
}
