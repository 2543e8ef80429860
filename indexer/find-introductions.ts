import { GAZETTEER } from "./gazetteer.js";
import { SUBJECT_VERBS } from "./lexicon.js";
import {
  CONNECTORS,
  NAME_PARTICLES,
  isNameWord,
  splitRoleAndName,
  trimConnectors,
  type RoleAndName,
} from "./person-names.js";

const TITLES = new Set(GAZETTEER.personTitles);

// Latin capitals only, without the u flag: scanning whole releases with \p{Lu} is several times slower.
const CAPITAL = "[A-ZÀ-ÖØ-Þ]";
const WORD = `(?:${CAPITAL}\\.|(?:(?:al|el|ad|bin|ibn)-)?${CAPITAL}[^\\s,.;:!?()\\[\\]"“”«»/]*)`;
const JOINER = [...CONNECTORS].join("|");
/** Two or more capitalised words, possibly joined by connectors: "Minister of Industry and Trade Denis Manturov". */
const RUN = new RegExp(`${WORD}(?:\\s+(?:(?:${JOINER})\\s+)*${WORD})+`, "g");
const FOLLOWING_WORD = /\s+(\p{Ll}[\p{Ll}-]*)/uy;
const POSSESSIVE = /['’]s$/;
const SENTENCE_END = /[.!?]["”’)]*\s*$/;

/**
 * Finds people a text introduces with a title ("Russian Foreign Minister Sergey Lavrov")
 * or as the subject of its sentences ("Vladimir Putin met with …").
 *
 * @remarks
 * Works on runs of capitalised words joined by connectors ("of", "and", "the"), found by
 * one regular expression; a possessive ends a run. Only names of two words or more are
 * returned: a bare surname refers to someone, it does not introduce them.
 */
export function findIntroductions(text: string): RoleAndName[] {
  const found: RoleAndName[] = [];
  for (const match of text.matchAll(RUN)) {
    const words = match[0].split(" ");
    const possessive = words.findIndex(
      (w) => w.endsWith("’s") || w.endsWith("'s"),
    );
    const run = possessive === -1 ? words : words.slice(0, possessive + 1);
    if (possessive !== -1)
      run[possessive] = (run[possessive] ?? "").replace(POSSESSIVE, "");
    if (run.some((w) => TITLES.has(w))) {
      collectFromRun(run, false, undefined, found);
      continue;
    }
    // Without a title, only "First Last <verb>" at a sentence start introduces someone.
    if (possessive !== -1) continue;
    FOLLOWING_WORD.lastIndex = match.index + match[0].length;
    const following = FOLLOWING_WORD.exec(text)?.[1];
    if (following === undefined || !SUBJECT_VERBS.has(following)) continue;
    const start = match.index;
    const atSentenceStart =
      start === 0 ||
      SENTENCE_END.test(text.slice(Math.max(0, start - 4), start));
    if (atSentenceStart) collectFromRun(run, true, following, found);
  }
  return found;
}

function collectFromRun(
  words: readonly string[],
  atSentenceStart: boolean,
  following: string | undefined,
  found: RoleAndName[],
): void {
  const run = trimConnectors(words);
  let from = 0;
  for (let i = 0; i < run.length; i += 1) {
    if (!endsName(run, i)) continue;
    const split = splitRoleAndName(trimConnectors(run.slice(from, i + 1)));
    if (split === undefined || !split.name.includes(" ")) continue;
    from = i + 1;
    const titled = split.role?.split(" ").some((w) => TITLES.has(w)) === true;
    const isSubject =
      split.role === null &&
      atSentenceStart &&
      i === run.length - 1 &&
      following !== undefined &&
      SUBJECT_VERBS.has(following);
    if (titled || isSubject) found.push(split);
  }
}

/** True when word `i` of a run is the last word of a name ("Lavrov", not "Van" in "Van der Bellen"). */
function endsName(run: readonly string[], i: number): boolean {
  const word = run[i] ?? "";
  const next = run[i + 1];
  if (!isNameWord(word)) return false;
  if (next === undefined) return true;
  if (isNameWord(next)) return false;
  const afterParticle = run[i + 2];
  return !(
    NAME_PARTICLES.has(next) &&
    afterParticle !== undefined &&
    isNameWord(afterParticle)
  );
}
