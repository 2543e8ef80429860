import { GAZETTEER, ROLE_WORDS, isKnownNonPerson } from "./gazetteer.js";
import { cappedMemo } from "./capped-memo.js";
import { isKnownFullName } from "./known-speakers.js";
import { CONNECTORS, NAME_PARTICLES, NOT_NAMES } from "./lexicon.js";

export { CONNECTORS, NAME_PARTICLES } from "./lexicon.js";

const TITLES = new Set(GAZETTEER.personTitles);

/** A person as a release introduces them: "Russian Foreign Minister" + "Sergey Lavrov". */
export interface RoleAndName {
  readonly role: string | null;
  readonly name: string;
}

const NAME_WORD =
  /^(?:(?:al|el|ad|as|ash|bin|ibn|ben)-)?\p{Lu}[\p{L}\p{M}’'-]*$/u;
const ROMAN_NUMERAL = /^(?:II|III|IV|V|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI)$/;
/** Titles whose holders take a regnal number, so that even "I" after the name is one ("King Juan Carlos I"). */
const MONARCH_TITLES: ReadonlySet<string> = new Set([
  "King",
  "Queen",
  "Emperor",
  "Empress",
  "Pope",
  "Patriarch",
  "Prince",
  "Sultan",
  "Emir",
  "Tsar",
]);

/**
 * True for a regnal number after a name: "II" … "XVI" always, "I" only after a monarch's
 * title ("King Juan Carlos I"), where it cannot be the pronoun.
 */
export function isRegnalNumeral(
  word: string,
  before: readonly string[],
): boolean {
  if (word === "I") return before.some((w) => MONARCH_TITLES.has(w));
  return ROMAN_NUMERAL.test(word);
}

/** "Juan Carlos I" → "Juan Carlos", "Abdullah II" → "Abdullah": the name later references use. */
export function withoutRegnalNumeral(name: string): string | undefined {
  const space = name.lastIndexOf(" ");
  const last = name.slice(space + 1);
  if (space < 1 || (last !== "I" && !ROMAN_NUMERAL.test(last)))
    return undefined;
  return name.slice(0, space);
}
const INITIAL = /^\p{Lu}\.$/u;

/** True for a word that can be part of a person's name ("Sergey", "al-Assad", "Jae-in", "W."). */
export function isNameWord(word: string): boolean {
  return nameWords(word);
}

// Words repeat across releases; classifying each once keeps name finding fast.
const nameWords = cappedMemo(classifyNameWord, 100_000);

function classifyNameWord(word: string): boolean {
  if (INITIAL.test(word)) return true;
  return (
    NAME_WORD.test(word) &&
    !ROLE_WORDS.has(word) &&
    !NOT_NAMES.has(word) &&
    !isKnownNonPerson(word) &&
    !/^\p{Lu}{2,}$/u.test(word) &&
    !(
      word.includes("-") &&
      word.split("-").some((part) => isKnownNonPerson(part))
    )
  );
}

/** True for a word after which a three-word name may start ("Minister", "Turkey", "Lipetsk,"). */
function isRoleBoundary(word: string): boolean {
  return (
    TITLES.has(word) ||
    isKnownNonPerson(word) ||
    NOT_NAMES.has(word) ||
    word.endsWith(",")
  );
}

/**
 * Whether the name word before `start` opens the name: always before a middle initial
 * ("Adnan Z. Amin"); after a title, a country, a comma or the start of the phrase
 * ("Turkey Recep Tayyip Erdogan"), unless the two words from `start` are a full name the
 * corpus knows and the three are not ("Writer Eduard Bagirov", "Russian Platinum Musa Bazhayev").
 */
function opensName(words: readonly string[], start: number): boolean {
  const third = words[start - 1] ?? "";
  if (INITIAL.test(words[start] ?? "")) return !INITIAL.test(third);
  const boundary = words[start - 2];
  if (boundary !== undefined && !isRoleBoundary(boundary)) return false;
  const two = words.slice(start).join(" ");
  return !isKnownFullName(two) || isKnownFullName(`${third} ${two}`);
}

/**
 * Splits "President of Turkey Recep Tayyip Erdogan" into role and name.
 *
 * @remarks
 * The name is the last two name words, plus a third only when a title, a country, a comma
 * or the start of the phrase precedes it ("Turkey Recep Tayyip Erdogan", but not
 * "Environment Sergey Donskoy"; see `opensName`), plus particles such as "Van der Bellen".
 * A one-word name is returned too; callers decide whether it resolves to someone.
 *
 * @param words - the phrase split on spaces
 * @returns undefined when the phrase does not end in a name
 */
export function splitRoleAndName(
  words: readonly string[],
): RoleAndName | undefined {
  // "Albert II": the numeral belongs to the name.
  const numeral =
    words.length > 1 &&
    isRegnalNumeral(words[words.length - 1] ?? "", words.slice(0, -1));
  const last = words.length - (numeral ? 2 : 1);
  const lastWord = words[last];
  if (lastWord === undefined || !isNameWord(lastWord) || INITIAL.test(lastWord))
    return undefined;
  let start = last;
  const before = (i: number): string | undefined => words[i - 1];
  const previous = before(start);
  if (previous !== undefined && isNameWord(previous)) start -= 1;
  // "Tamim bin Hamad Al Thani": "Al" opens the family name; the given names and "bin" come before it.
  const head = before(start);
  const arabic =
    ARABIC_ARTICLE.test(words[start] ?? "") &&
    head !== undefined &&
    isNameWord(head);
  if (arabic) start -= 1;
  while (hasParticleBefore(words, start)) start -= 2;
  const third = before(start);
  if (
    !arabic &&
    third !== undefined &&
    isNameWord(third) &&
    opensName(words, start)
  )
    start -= 1;
  const name = words.slice(start).join(" ");
  if (numeral && !name.includes(" ")) return undefined;
  if (isKnownNonPerson(name)) return undefined;
  // Commas only bound the name ("Lipetsk, Yevgeny Zaitsev"); the role reads as before.
  const role = trimConnectors(words.slice(0, start))
    .join(" ")
    .replace(/,/g, "");
  return { role: role === "" ? null : role, name };
}

const ARABIC_ARTICLE = /^(?:Al|El)$/;

/** Removes leading and trailing connector words ("the", "of") from a word list. */
export function trimConnectors(words: readonly string[]): readonly string[] {
  let from = 0;
  let to = words.length;
  while (from < to && CONNECTORS.has(words[from] ?? "")) from += 1;
  while (to > from && CONNECTORS.has(words[to - 1] ?? "")) to -= 1;
  return words.slice(from, to);
}

/** True when a role holds a title, an institution word or a country ("Russian Foreign Minister"). */
export function hasTitleWord(role: string | null): boolean {
  if (role === null) return false;
  return role.split(" ").some((w) => ROLE_WORDS.has(w) || isKnownNonPerson(w));
}

/** True when "Van der" precedes `start`: a particle, and a name word before it. */
function hasParticleBefore(words: readonly string[], start: number): boolean {
  const particle = words[start - 1];
  const head = words[start - 2];
  return (
    particle !== undefined &&
    head !== undefined &&
    NAME_PARTICLES.has(particle.toLowerCase()) &&
    isNameWord(head)
  );
}
