import { cappedMemo } from "./capped-memo.js";
import { GAZETTEER } from "./gazetteer.js";
import { SUBJECT_VERBS } from "./lexicon.js";
import {
  CONNECTORS,
  NAME_PARTICLES,
  isNameWord,
  isRegnalNumeral,
  splitRoleAndName,
  trimConnectors,
  type RoleAndName,
} from "./person-names.js";

const TITLES = new Set(GAZETTEER.personTitles);

// Latin capitals only, without the u flag: scanning whole releases with \p{Lu} is several times slower.
const CAPITAL = "[A-ZÀ-ÖØ-Þ]";
const WORD_BODY = `${CAPITAL}[^\\s,.;:!?()\\[\\]"“”«»/]*`;
const WORD = `(?:${CAPITAL}\\.|(?:(?:al|el|ad|bin|ibn)-)?${WORD_BODY})`;
const JOINER = [...CONNECTORS].join("|");
const RUN_TAIL = `(?:\\s+(?:(?:${JOINER})\\s+)*${WORD})+`;
/** Two or more capitalised words, possibly joined by connectors: "Minister of Industry and Trade Denis Manturov". */
const RUN_AT = new RegExp(`${WORD}${RUN_TAIL}`, "y");
/** {@link RUN_AT} without the "al-" prefixes on the first word, which would make the scan try every "a", "e", "b" and "i". */
const CAPITAL_RUN = new RegExp(
  `(?:${CAPITAL}\\.|${WORD_BODY})${RUN_TAIL}`,
  "g",
);
const PREFIXES = new Set(["al-", "el-", "ad-", "bin-", "ibn-"]);
const PREFIX_LENGTHS = [3, 4];
const HYPHEN = 0x2d;
const FOLLOWING_WORD = /\s+(\p{Ll}[\p{Ll}-]*)/uy;
const POSSESSIVE = /['’]s$/;
/** ", Head of …", ", the Governor of …", ", deputy prime minister" right after a name. */
const APPOSITION =
  /,\s+(?:the\s+)?(?:[Aa]cting\s+|[Dd]eputy\s+|[Ff]irst\s+|[Cc]hief\s+)?([A-Za-z][\w-]*)/y;
const SENTENCE_END = /[.!?]["”’)]*\s*$/;

/** What a run of capitalised words says on its own, whatever text it is found in. */
interface RunReading {
  /** The words up to a possessive ("Russia's" ends the run), without its "'s". */
  readonly words: readonly string[];
  readonly possessive: boolean;
  /** The people the run introduces with a title; undefined when it holds no title. */
  readonly titled: readonly RoleAndName[] | undefined;
}

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
  for (const match of findRuns(text)) {
    const { words, possessive, titled } = readRun(match[0]);
    if (titled !== undefined) {
      found.push(...titled);
      continue;
    }
    if (possessive) continue;
    // "Igor Komarov, Head of Roscosmos": a name in apposition with a title.
    if (isAppositionWithTitle(text, match.index + match[0].length)) {
      const split = splitRoleAndName(trimConnectors(words));
      if (split?.role === null && split.name.includes(" ")) found.push(split);
      continue;
    }
    // Without a title, only "First Last <verb>" at a sentence start introduces someone.
    FOLLOWING_WORD.lastIndex = match.index + match[0].length;
    const following = FOLLOWING_WORD.exec(text)?.[1];
    if (following === undefined || !SUBJECT_VERBS.has(following)) continue;
    const start = match.index;
    const atSentenceStart =
      start === 0 ||
      SENTENCE_END.test(text.slice(Math.max(0, start - 4), start));
    if (atSentenceStart) collectFromRun(words, true, following, found);
  }
  return found;
}

/**
 * The runs of `text`, left to right, exactly as a global scan with {@link RUN_AT} finds
 * them: a run found at a capital starts at the "al-" before it when one fits there.
 */
function findRuns(text: string): RegExpExecArray[] {
  const runs: RegExpExecArray[] = [];
  // Reused, not copied: copying a regular expression per text cost more than the scan.
  CAPITAL_RUN.lastIndex = 0;
  let end = 0;
  for (
    let match = CAPITAL_RUN.exec(text);
    match !== null;
    match = CAPITAL_RUN.exec(text)
  ) {
    const from = match.index;
    // Every prefix ends with "-": most runs need no look back.
    if (text.charCodeAt(from - 1) === HYPHEN) {
      for (const length of PREFIX_LENGTHS) {
        if (from - length < end) continue;
        if (!PREFIXES.has(text.slice(from - length, from))) continue;
        RUN_AT.lastIndex = from - length;
        const prefixed = RUN_AT.exec(text);
        if (prefixed !== null) match = prefixed;
      }
    }
    end = match.index + match[0].length;
    CAPITAL_RUN.lastIndex = end;
    runs.push(match);
  }
  return runs;
}

// Runs repeat across releases ("Foreign Minister Sergey Lavrov"): read each once.
const readRun = cappedMemo(classifyRun, 50_000);

function classifyRun(matched: string): RunReading {
  const all = matched.split(" ");
  const cut = all.findIndex((w) => w.endsWith("’s") || w.endsWith("'s"));
  const words = cut === -1 ? all : all.slice(0, cut + 1);
  if (cut !== -1) words[cut] = (words[cut] ?? "").replace(POSSESSIVE, "");
  if (!words.some((w) => TITLES.has(w)))
    return { words, possessive: cut !== -1, titled: undefined };
  const titled: RoleAndName[] = [];
  collectFromRun(words, false, undefined, titled);
  return { words, possessive: cut !== -1, titled };
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
  // "King Juan Carlos I of Spain": the regnal number ends the name ("Carl XVI Gustaf" is left alone).
  if (!isNameWord(word))
    return (
      i > 0 &&
      isNameWord(run[i - 1] ?? "") &&
      isRegnalNumeral(word, run) &&
      (next === undefined || !isNameWord(next))
    );
  if (next === undefined) return true;
  if (isNameWord(next) || isRegnalNumeral(next, run)) return false;
  const afterParticle = run[i + 2];
  return !(
    NAME_PARTICLES.has(next) &&
    afterParticle !== undefined &&
    isNameWord(afterParticle)
  );
}

function isAppositionWithTitle(text: string, end: number): boolean {
  APPOSITION.lastIndex = end;
  const word = APPOSITION.exec(text)?.[1];
  if (word === undefined) return false;
  return (
    TITLES.has(word) || TITLES.has(word.charAt(0).toUpperCase() + word.slice(1))
  );
}
