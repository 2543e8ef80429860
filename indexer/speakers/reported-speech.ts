import { REPORTING_VERBS_PATTERN } from "../names/lexicon.js";

const REPORTING_VERBS = REPORTING_VERBS_PATTERN;

const ADVERBS =
  "also|further|then|once again|again|particularly|specifically|in particular|repeatedly|firmly|clearly|especially|separately|first|finally|later|briefly";

const ASIDE =
  "in turn|for (?:his|her|their) part|in (?:his|her) turn|in particular|in response|in reply|in this regard|however|meanwhile";

/** The first reporting verb of a sentence, with an optional adverb before it. */
const VERB = new RegExp(
  `\\s(?:(?:${ADVERBS})\\s+)?(?:${REPORTING_VERBS})(?=[\\s,.:]|$)`,
  "u",
);
const ASIDE_AT_END = new RegExp(`,\\s*(?:${ASIDE})\\s*,?\\s*$`, "iu");
const QUOTE_OR_CLAUSE = /[;:“”"()]/;
const MAX_SUBJECT_OFFSET = 160;

const TRAILING_VERBS =
  "said|noted|added|stressed|pointed out|emphasi[sz]ed|continued|explained|concluded|underlined|remarked|recalled";

/** "…, the minister said." and "“…,” Putin added." */
const TRAILING_SUBJECT = new RegExp(
  `(?:[,”"]\\s*|\\s—\\s)((?:[Tt]he\\s)?[\\p{L}’'.-]+(?:\\s[\\p{L}’'.-]+){0,5}?)\\s+(?:${TRAILING_VERBS})\\s*[.!]?["”]?$`,
  "u",
);
const ENDS_WITH_VERB = new RegExp(`(?:${TRAILING_VERBS})\\s*[.!]?["”]?$`, "u");

/**
 * Finds who a sentence reports as speaking, as written ("Wang Yi", "The President", "He",
 * "the minister"). The caller decides whether that names a person of the release.
 *
 * @param sentence - one whitespace-normalised sentence
 * @returns the subject phrase, or undefined when the sentence reports no speech
 */
export function findReportedSubject(sentence: string): string | undefined {
  const verb = VERB.exec(sentence.slice(0, MAX_SUBJECT_OFFSET));
  if (verb !== null) {
    const before = sentence.slice(0, verb.index).replace(ASIDE_AT_END, "");
    if (QUOTE_OR_CLAUSE.test(before)) return undefined;
    const subject = before.slice(before.lastIndexOf(",") + 1).trim();
    return subject === "" ? undefined : subject;
  }
  if (!ENDS_WITH_VERB.test(sentence)) return undefined;
  return TRAILING_SUBJECT.exec(sentence)?.[1]?.trim();
}
