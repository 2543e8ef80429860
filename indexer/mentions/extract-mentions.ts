import { GAZETTEER } from "../names/gazetteer.js";
import { CONNECTORS, isNameWord } from "../names/person-names.js";
import type { Person } from "../names/release-people.js";
import {
  createTokenTrie,
  insertPhrase,
  matchAt,
  isTokenCode,
  matchTextAt,
  TOKEN_CLASS,
  tokenEnd,
  tokenize,
  type TokenTrie,
} from "./token-trie.js";

/** Finds the mentions of one sentence; remembers acronym definitions for later sentences. */
export type MentionExtractor = (sentence: string) => string[];

let gazetteerTrie: TokenTrie | undefined;
/** The gazetteer's phrases start with about 530 distinct words. */
const GAZETTEER_FILTER_BITS = 4096;
/** Phrases may start with these lower-case words ("mainland China"); others are skipped fast. */
const lowerStarts: string[] = [];
/**
 * Where a phrase may start: a capital, a digit, a letter of another script, or one of
 * {@link lowerStarts}. The regular expression skips the other words in one native scan.
 */
let phraseStart = /$^/g;

/** The gazetteer as one token trie, built on first use and shared by every release. */
function getGazetteerTrie(): TokenTrie {
  if (gazetteerTrie !== undefined) return gazetteerTrie;
  const trie = createTokenTrie(GAZETTEER_FILTER_BITS);
  for (const entry of GAZETTEER.entries) {
    for (const alias of entry.aliases) {
      insertPhrase(trie, alias, entry.name);
      const first = tokenize(alias)[0] ?? "";
      if (/^[a-z]/.test(first) && !lowerStarts.includes(first))
        lowerStarts.push(first);
    }
    insertPhrase(trie, entry.name, entry.name);
  }
  const capitalStart = `[${TOKEN_CLASS.replace("A-Za-z", "A-Z")}]`;
  // The word before is checked where a match is found: a look-behind here would run at every character.
  const wholeWord = `(?:${lowerStarts.join("|")})(?![${TOKEN_CLASS}])`;
  phraseStart = new RegExp(
    lowerStarts.length === 0 ? capitalStart : `${capitalStart}|${wholeWord}`,
    "g",
  );
  gazetteerTrie = trie;
  return trie;
}

const WORD = new RegExp(`[${TOKEN_CLASS}]+`, "g");
const DEFINITION = /\(([\p{Lu}][\p{L}-]{1,11})\)/gu;

/**
 * Creates the mention finder of one release: gazetteer entries, the release's people
 * (full names, and surnames that point to one person only), and acronyms the release
 * defines ("Shanghai Cooperation Organization (SCO)") from the sentence that defines them on.
 *
 * @param people - the people the release introduces, canonical names first
 */
export function createMentionExtractor(
  people: readonly Person[],
): MentionExtractor {
  const global = getGazetteerTrie();
  const local = createTokenTrie();
  for (const [surname, person] of uniqueSurnames(people)) {
    if (matchAt(global, [surname], 0) === undefined)
      insertPhrase(local, surname, person.name);
  }
  for (const person of people)
    for (const form of [person.name, ...(person.spellings ?? [])])
      insertPhrase(local, form, person.name);

  return (sentence) => {
    if (sentence.includes("(")) learnDefinitions(sentence, global, local);
    const found: string[] = [];
    phraseStart.lastIndex = 0;
    for (
      let candidate = phraseStart.exec(sentence);
      candidate !== null;
      candidate = phraseStart.exec(sentence)
    ) {
      const start = candidate.index;
      const end = tokenEnd(sentence, start);
      // Nothing starts inside a word ("iPhone", "breathe").
      const best =
        start > 0 && isTokenCode(sentence.charCodeAt(start - 1))
          ? undefined
          : matchTextAt(local, global, sentence, start, end);
      if (best !== undefined && !found.includes(best.value))
        found.push(best.value);
      phraseStart.lastIndex = best?.end ?? end;
    }
    return found;
  };
}

function uniqueSurnames(people: readonly Person[]): Map<string, Person> {
  const bySurname = new Map<string, Person | null>();
  for (const person of people) {
    for (const form of [person.name, ...(person.spellings ?? [])]) {
      const words = form.split(" ");
      const surname = words[words.length - 1];
      if (words.length < 2 || surname === undefined || !isNameWord(surname))
        continue;
      const other = bySurname.get(surname);
      bySurname.set(
        surname,
        other === undefined || other === person ? person : null,
      );
    }
  }
  const unique = new Map<string, Person>();
  for (const [surname, person] of bySurname)
    if (person !== null) unique.set(surname, person);
  return unique;
}

/** "… the Shanghai Cooperation Organization (SCO) …": SCO now means that organisation. */
function learnDefinitions(
  sentence: string,
  global: TokenTrie,
  local: TokenTrie,
): void {
  for (const match of sentence.matchAll(DEFINITION)) {
    const acronym = match[1] ?? "";
    const letters = acronym.replace(/[^\p{Lu}]/gu, "");
    if (letters.length < 2) continue;
    const before = [...sentence.slice(0, match.index).matchAll(WORD)].slice(
      -12,
    );
    const start = findLongFormStart(
      before.map((w) => w[0]),
      letters,
    );
    if (start === undefined) continue;
    const longForm = sentence.slice(before[start]?.index, match.index).trim();
    const tokens = tokenize(longForm);
    const known = matchAt(global, tokens, 0);
    const canonical = known?.length === tokens.length ? known.value : longForm;
    insertPhrase(local, acronym, canonical);
    insertPhrase(local, longForm, canonical);
  }
}

/** Where the shortest run of words before the parenthesis whose initials spell the acronym starts. */
function findLongFormStart(
  words: readonly string[],
  letters: string,
): number | undefined {
  for (let start = words.length - 1; start >= 0; start -= 1) {
    const candidate = words.slice(start);
    const initials = candidate
      .filter((w) => !CONNECTORS.has(w))
      .map((w) => w[0] ?? "")
      .join("");
    if (initials.length > letters.length) return undefined;
    if (initials === letters && /^\p{Lu}/u.test(candidate[0] ?? ""))
      return start;
  }
  return undefined;
}
