import {
  CONTENT_VERBS_PATTERN,
  REPORTING_VERBS_PATTERN,
  SPEECH_ACT_VERBS_PATTERN,
} from "../names/lexicon.js";
import { findQuotedSource } from "./quoted-sources.js";
import { readVerbObject } from "./verb-objects.js";

const ADVERBS =
  "also|further|then|once again|again|particularly|specifically|in particular|repeatedly|firmly|clearly|especially|separately|first|finally|later|briefly|highly|warmly|strongly|sincerely|cordially|personally|publicly|today|yesterday|once more|in turn";

const ASIDE =
  "in turn|for (?:his|her|their) part|in (?:his|her) turn|in particular|in response|in reply|in this regard|however|meanwhile";

/** The first reporting verb of a sentence, with an optional adverb (or "does not") before it. */
const VERB = new RegExp(
  `\\s(?:(?:${ADVERBS}|does not|did not|also does not|has|have)\\s+)?(${REPORTING_VERBS_PATTERN}|${SPEECH_ACT_VERBS_PATTERN})(?=[\\s,.:]|$)`,
  "g",
);
const SPEECH_ACT_VERB = new RegExp(`^(?:${SPEECH_ACT_VERBS_PATTERN})$`, "u");
/** "the invited audience", "was invited": a participle, not the subject's act. */
const PARTICIPLE_BEFORE =
  /(?:^|\s)(?:the|a|an|his|her|their|its|our|all|was|were|been|being|is|are)$/i;
const PASSIVE_BEFORE = /\s(?:is|are|was|were|been|being)$/;
const SUBORDINATOR =
  /^(?:When|If|As|Once|After|Before|While|Unless|Although|Though)$/i;
/** Verbs that report speech only with its content ("informed the President that …"), not a topic ("briefed him on …"). */
const CONTENT_VERB = new RegExp(`^(?:${CONTENT_VERBS_PATTERN})$`, "u");
const CONTENT_CLAUSE = /\bthat\b|[:“"]/;
/** "described the talks as productive": an assessment is content; "as well as" is not. */
const DESCRIBED_AS =
  /^[^,.;]{0,160}?(?<!\swell)\sas\s(?!well\b|part of\b|a result\b)/;
/** "… briefed the President on X and said …": the same subject's words follow. */
const LATER_VERB = new RegExp(
  `\\sand\\s+(?:also\\s+)?(?:${REPORTING_VERBS_PATTERN})(?=[\\s,.:]|$)`,
  "u",
);
const ASIDE_AT_END = new RegExp(`,\\s*(?:${ASIDE})\\s*,?\\s*$`, "iu");
const QUOTE_OR_CLAUSE = /[;:“”"()]/;
/** "The President called X a good specialist and stressed …": the subject opens the sentence, before its first verb. */
const COORDINATED_SUBJECT =
  /^((?:The\s+)?(?:(?:Mr\.?|Ms\.?|Mrs\.?)\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})\s+(?:also\s+|\p{Ll}+ly\s+)?(?:\p{Ll}+ed|sent|gave|made|held|met|took|paid|spoke|told|wrote|had)\s[^,]*\sand$/u;
const COORDINATED_OVER_LIST = new RegExp(
  COORDINATED_SUBJECT.source.replace("\\s[^,]*\\sand$", "\\s.*\\sand$"),
  "u",
);
const ENDS_WITH_AND = /\sand$/;
/** Verbs that give words after a list ("… and congratulated them"), not an act ("… and observed the launch"). */
const WORDS_AFTER_LIST =
  /^(?:congratulated|wished|thanked|noted|stressed|expressed|said|invited|praised|called for|emphasi[sz]ed|pointed out|reaffirmed)$/;
const MAX_SUBJECT_OFFSET = 260;
const SETTING =
  /^(?:During|In the course of|At the end of|At) (?:the|their|this) (?:telephone )?(?:conversation|talks|call|meeting)\s+/;
const PREPOSITION_FIRST = /^(?:Among|In|At|During|After|Before|On|With|For)\s/;
const NAME_AT_END =
  /\s((?:the\s+)?(?:(?:Mr\.?|Ms\.?|Mrs\.?)\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})$/u;
const CONJUNCTION = /^(?:but|and|yet)$/;
/** The person a sentence opens with, before its first verb: "The acting president accepted …". */
const OPENING_SUBJECT =
  /^((?:The\s+)?(?:(?:Mr\.?|Ms\.?|Mrs\.?)\s+)?\p{Lu}[\p{L}’'-]*(?:\s+[\p{L}’'-]+){0,3}?)\s+(?:also\s+)?\p{Ll}+ed\s/u;

const TRAILING_VERBS =
  "said|noted|added|stressed|pointed out|emphasi[sz]ed|continued|explained|concluded|underlined|remarked|recalled|told(?:\\s(?:the\\s)?(?:meeting|journalists|reporters|the press|participants|them|members)(?:\\s(?:after|at|of)\\s[\\p{L}\\s]{1,30})?)";

function readSubjectClause(clause: string): string {
  const unset = clause.replace(SETTING, "");
  if (unset !== clause || !PREPOSITION_FIRST.test(clause)) return unset;
  return NAME_AT_END.exec(clause)?.[1] ?? clause;
}

/** "…, the minister said." and "“…,” Putin added." */
const TRAILING_SUBJECT = new RegExp(
  `(?:[,”"]\\s*|\\s—\\s)((?:[Tt]he\\s)?[\\p{L}’'.-]+(?:\\s[\\p{L}’'.-]+){0,5}?)\\s+(?:${TRAILING_VERBS})\\s*[.!]?["”]?$`,
  "u",
);
const ENDS_WITH_VERB = new RegExp(`(?:${TRAILING_VERBS})\\s*[.!]?["”]?$`, "u");
/** The longest verb phrase {@link ENDS_WITH_VERB} matches: "told the participants after " and 30 letters. */
const VERB_ENDING_SPAN = 64;

/**
 * {@link ENDS_WITH_VERB} on the sentence's last characters only: the pattern is unanchored
 * at its start, so on the whole sentence it is tried at every position.
 */
function endsWithReportingVerb(sentence: string): boolean {
  let end = sentence.length;
  // The closing marks the pattern allows after the verb: a quotation mark, a full stop, spaces.
  if (sentence.endsWith('"') || sentence.endsWith("”")) end -= 1;
  const stop = sentence.charAt(end - 1);
  if (stop === "." || stop === "!") end -= 1;
  end = sentence.slice(0, end).trimEnd().length;
  return ENDS_WITH_VERB.test(
    sentence.slice(Math.max(0, end - VERB_ENDING_SPAN)),
  );
}
/** "“…,” emphasised the Russian President." and "…, said Mr Putin after the talks.": the verb before its subject. */
const INVERTED_TRAILING =
  /[,”"]\s*(?:said|noted|added|stressed|emphasi[sz]ed|pointed out|underlined|remarked|stated|explained|concluded|recalled|continued)\s+((?:the\s+)?\p{Lu}?[\p{L}’'.-]+(?:\s+[\p{L}’'.-]+){0,3}?)(?:\s+(?:at|after|as|during|in)\s[^,.“”"]{1,40})?\s*[.!]$/u;

/** "According to Mr Frank, …", "According to the Governor Andrei Bocharov, …" */
const ACCORDING_TO =
  /^(?:[A-Z][a-z]+,\s+)?[Aa]ccording to\s+((?:the\s+|Mr\.?\s+|Ms\.?\s+|Mrs\.?\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+[\p{L}’'.-]+){0,7}?)\s*,/u;
const ACCORDING_TO_PRONOUN = /^(?:[A-Z][a-z]+,\s+)?[Aa]ccording to (him|her),/;
/** "In Mr Putin’s opinion, …", "In the President’s view, …" */
const IN_OPINION =
  /^In\s+((?:the\s+)?[\p{L}’'.-]+(?:\s+[\p{L}’'.-]+){0,5}?)[’']s?\s+(?:opinion|view|words|assessment|estimation),/u;

/** "Other priority tasks named by Mr Rudenya include …": the words of whoever named them. */
const NAMED_BY =
  /^[^,;:“"]{0,80}?\s(?:named|mentioned|listed|cited|outlined|identified|proposed|suggested|highlighted)\s+by\s+((?:the\s+|Mr\.?\s+|Ms\.?\s+|Mrs\.?\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})\s+(?:include[sd]?|are|is|were|was)\s(?!\p{Ll}+ed\b)/u;

/** "In his message, Mr Putin made a special mention of …": whatever the author does in the message is its words. */
const IN_MESSAGE =
  /^In (?:his|her|the) (?:[\p{L}-]+ )?(?:message|letter|telegram|address|greetings|speech|article)(?: to [^,]{1,60})?,\s+((?:the\s+|Mr\.?\s+|Ms\.?\s+|Mrs\.?\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})\s+(?:also\s+)?\p{Ll}/u;

/** "Touching upon Russian-Lithuanian relations, the President directly tied …": what he says on the topic. */
const ON_TOPIC =
  /^(?:Touching (?:up)?on|Speaking (?:about|of|on)|Commenting on|Turning to|Dwelling on|Referring to)\s[^,]{1,120},\s+((?:the\s+|Mr\.?\s+|Ms\.?\s+|Mrs\.?\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})\s+(?:also\s+|\p{Ll}+ly\s+)?(?!(?:informed|briefed|told|reported|updated|explained)\b)\p{Ll}/u;

/** A way a sentence names whose words it reports; tried in order, the first answer wins. */
export interface SubjectRule {
  readonly name: string;
  readonly find: (sentence: string) => string | undefined;
}

export const SUBJECT_RULES: readonly SubjectRule[] = [
  {
    name: "'According to X, …' reports X's words",
    find: (sentence) => {
      // Both patterns spell "ccording to": a plain search rules out most sentences.
      if (!sentence.includes("ccording to")) return undefined;
      const pronoun = ACCORDING_TO_PRONOUN.exec(sentence)?.[1];
      if (pronoun !== undefined) return pronoun === "him" ? "He" : "She";
      return ACCORDING_TO.exec(sentence)?.[1];
    },
  },
  {
    name: "'The tasks named by X include …' (a passive reporting participle in the subject) reports X's words",
    find: (sentence) =>
      sentence.includes("by") ? NAMED_BY.exec(sentence)?.[1] : undefined,
  },
  {
    name: "'In X’s opinion, …' reports X's words",
    find: (sentence) => IN_OPINION.exec(sentence)?.[1],
  },
  {
    name: "'X said …' (X before the first reporting verb, after any clause); 'briefed', 'informed' and the like only with a content clause",
    find: (sentence) => findSubjectBeforeVerb(sentence)?.subject,
  },
  {
    name: "'…, X said.' (a reporting verb at the end)",
    find: (sentence) =>
      endsWithReportingVerb(sentence)
        ? TRAILING_SUBJECT.exec(sentence)?.[1]?.trim()
        : undefined,
  },
  {
    name: "'“…,” emphasised the Russian President.' (the verb before its subject, at the end)",
    find: (sentence) => INVERTED_TRAILING.exec(sentence)?.[1],
  },
  {
    name: "'“…,” the President said in his message.' and '“…,” the President’s telegram reads.' (the quotation's source named) report its author's words",
    find: findQuotedSource,
  },
  {
    name: "'In his message, Mr Putin made a special mention of …' (no reporting verb) reports the author's words",
    find: (sentence) => IN_MESSAGE.exec(sentence)?.[1],
  },
  {
    name: "'Touching upon X, the President tied …' (no reporting verb) reports the subject's words on X",
    find: (sentence) => ON_TOPIC.exec(sentence)?.[1],
  },
];

/**
 * Finds who a sentence reports as speaking, as written ("Wang Yi", "The President", "He",
 * "the minister", "Mr Frank"). The caller decides whether that names a person of the release.
 *
 * @param sentence - one whitespace-normalised sentence
 * @returns the subject phrase, or undefined when the sentence reports no speech
 */
export function findReportedSubject(sentence: string): string | undefined {
  for (const rule of SUBJECT_RULES) {
    const subject = rule.find(sentence);
    if (subject !== undefined) return subject;
  }
  return undefined;
}

/**
 * True when a sentence's reported speech is a speech act ("Mr Putin invited Mr Wahid to
 * visit Moscow.", "The President wished him a happy birthday."): its subject's words in
 * that sentence only.
 */
export function isSpeechAct(sentence: string): boolean {
  return SPEECH_ACT_VERB.test(findSubjectBeforeVerb(sentence)?.verb ?? "");
}

interface VerbSubject {
  readonly subject: string;
  readonly verb: string;
}

function findSubjectBeforeVerb(sentence: string): VerbSubject | undefined {
  const head = sentence.slice(0, MAX_SUBJECT_OFFSET);
  // "It was noted that …" alone keeps its old reading: a later "…, the President said" wins over it.
  let passive: VerbSubject | undefined;
  VERB.lastIndex = 0;
  for (let verb = VERB.exec(head); verb !== null; verb = VERB.exec(head)) {
    const before = sentence.slice(0, verb.index).replace(ASIDE_AT_END, "");
    const word = verb[1] ?? "";
    // "the invited audience": a participle, not the subject's act.
    if (SPEECH_ACT_VERB.test(word) && PARTICIPLE_BEFORE.test(before)) continue;
    const found = readVerbSubject(sentence, before, word, verb);
    if (found === "later") continue;
    // "Russia’s position is supported by …, the President said": a passive is not its subject's words.
    if (PASSIVE_BEFORE.test(before)) {
      passive ??= found;
      continue;
    }
    return found ?? passive;
  }
  return passive;
}

/** The subject of one reporting verb; "later" when the subject comes with a later verb. */
function readVerbSubject(
  sentence: string,
  before: string,
  word: string,
  verb: RegExpExecArray,
): VerbSubject | undefined | "later" {
  if (QUOTE_OR_CLAUSE.test(before)) return undefined;
  const rest = sentence.slice(verb.index + verb[0].length);
  const object = readVerbObject(word, rest);
  if (object !== "words") return object;
  // "During the conversation the President of Russia wished …", "Among the priority objectives Mr Putin
  // singled out …": the setting is not the subject; the person after it is.
  const clause = readSubjectClause(
    before.slice(before.lastIndexOf(",") + 1).trim(),
  );
  // "The acting president accepted the invitation, but said …": the sentence's subject.
  const subject =
    COORDINATED_SUBJECT.exec(clause)?.[1] ??
    // "Vladimir Putin sent his greetings to the participants, guests and organisers … and congratulated …"
    (ENDS_WITH_AND.test(clause) && WORDS_AFTER_LIST.test(word)
      ? COORDINATED_OVER_LIST.exec(before)?.[1]
      : undefined) ??
    (CONJUNCTION.test(clause) ? OPENING_SUBJECT.exec(before)?.[1] : clause);
  // "When asked about X, the President said …": the subject comes with a later verb.
  if (subject === undefined || subject === "" || SUBORDINATOR.test(subject))
    return "later";
  const contentNeeded = CONTENT_VERB.test(word);
  if (
    !contentNeeded ||
    CONTENT_CLAUSE.test(rest) ||
    LATER_VERB.test(rest) ||
    (word === "described" && DESCRIBED_AS.test(rest))
  )
    return { subject, verb: word };
  return undefined;
}
