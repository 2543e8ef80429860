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

const LEADING = /^[“"‘'(«[]+/;
const TRAILING = /[”"’'),.;:!?»\]]+$/;
const POSSESSIVE = /['’]s$/;

/**
 * Finds people a text introduces with a title ("Russian Foreign Minister Sergey Lavrov")
 * or as the subject of its sentences ("Vladimir Putin met with …").
 *
 * @remarks
 * Works on runs of capitalised words joined by connectors ("of", "and", "the"); a run
 * ends at punctuation, a possessive or a lower-case word. Only names of two words or
 * more are returned: a bare surname refers to someone, it does not introduce them.
 */
export function findIntroductions(text: string): RoleAndName[] {
  const found: RoleAndName[] = [];
  let run: string[] = [];
  let runAtSentenceStart = true;
  let nextAtSentenceStart = true;

  const flush = (following: string | undefined): void => {
    collectFromRun(run, runAtSentenceStart, following, found);
    run = [];
  };

  for (const raw of text.split(" ")) {
    const startsPhrase = LEADING.test(raw);
    const word = raw.replace(LEADING, "").replace(TRAILING, "");
    const endsPhrase = TRAILING.test(raw) || POSSESSIVE.test(word);
    const clean = word.replace(POSSESSIVE, "");
    const capitalised = clean !== "" && /^\p{Lu}/u.test(clean);
    const joins = capitalised || (run.length > 0 && CONNECTORS.has(clean));
    if (startsPhrase || !joins) flush(joins ? undefined : clean);
    if (joins) {
      if (run.length === 0) runAtSentenceStart = nextAtSentenceStart;
      run.push(clean);
    }
    if (endsPhrase) flush(undefined);
    nextAtSentenceStart = /[.!?]["”’)]*$/.test(raw);
  }
  flush(undefined);
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
