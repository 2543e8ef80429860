import { GAZETTEER } from "../names/gazetteer.js";
import { CONNECTORS, isNameWord } from "../names/person-names.js";
import type { Person } from "../names/release-people.js";
import {
  createTokenTrie,
  insertPhrase,
  matchAt,
  matchTextAt,
  nextToken,
  tokenEnd,
  tokenize,
  type TokenTrie,
} from "./token-trie.js";

/** Finds the mentions of one sentence; remembers acronym definitions for later sentences. */
export type MentionExtractor = (sentence: string) => string[];

let gazetteerTrie: TokenTrie | undefined;
const LOWER_A = 0x61;
const LOWER_Z = 0x7a;
/** Phrases may start with these lower-case words ("mainland China"); others are skipped fast. */
const lowerStarts = new Set<string>();
/** Their first letters: other lower-case words are skipped without reading them. */
const lowerStartCodes = new Set<number>();

/** The gazetteer as one token trie, built on first use and shared by every release. */
function getGazetteerTrie(): TokenTrie {
  if (gazetteerTrie !== undefined) return gazetteerTrie;
  const trie = createTokenTrie();
  for (const entry of GAZETTEER.entries) {
    for (const alias of entry.aliases) {
      insertPhrase(trie, alias, entry.name);
      const first = tokenize(alias)[0] ?? "";
      if (/^[a-z]/.test(first)) {
        lowerStarts.add(first);
        lowerStartCodes.add(first.charCodeAt(0));
      }
    }
    insertPhrase(trie, entry.name, entry.name);
  }
  gazetteerTrie = trie;
  return trie;
}

const WORD =
  /[0-9A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u1FFF\u2C00-\uD7FF]+/g;
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
  for (const person of people) insertPhrase(local, person.name, person.name);

  return (sentence) => {
    if (sentence.includes("(")) learnDefinitions(sentence, global, local);
    const found: string[] = [];
    let start = nextToken(sentence, 0);
    while (start < sentence.length) {
      const end = tokenEnd(sentence, start);
      // Names start with a capital or a digit; lower-case words rarely start one.
      const code = sentence.charCodeAt(start);
      const lower = code >= LOWER_A && code <= LOWER_Z;
      const best =
        lower &&
        (!lowerStartCodes.has(code) ||
          !lowerStarts.has(sentence.slice(start, end)))
          ? undefined
          : matchTextAt(local, global, sentence, start, end);
      if (best !== undefined && !found.includes(best.value))
        found.push(best.value);
      start = nextToken(sentence, best?.end ?? end);
    }
    return found;
  };
}

function uniqueSurnames(people: readonly Person[]): Map<string, Person> {
  const bySurname = new Map<string, Person | null>();
  for (const person of people) {
    const words = person.name.split(" ");
    const surname = words[words.length - 1];
    if (words.length < 2 || surname === undefined || !isNameWord(surname))
      continue;
    bySurname.set(surname, bySurname.has(surname) ? null : person);
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
