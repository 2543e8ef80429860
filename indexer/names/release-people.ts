import { findKnownPerson, nameKey } from "./gazetteer.js";
import { canonicalName } from "./known-speakers.js";
import { isTransposition, variantKey } from "./name-variants.js";
import { withoutRegnalNumeral } from "./person-names.js";

/** Someone a release names, under the full name it first gives, with the first title given. */
export interface Person {
  /** Changes once at most: "Juan Carlos" becomes "Juan Carlos I" when the release gives the number later. */
  name: string;
  role: string | null;
  /** How the release writes the name, when not as `name` ("Miguel Díaz-Canel" for "Miguel Diaz-Canel"). */
  readonly spellings?: Set<string>;
}

/** The people of one release: full names, and the surnames that later refer to them. */
export interface PeopleRegistry {
  /** Registers a full name (two words or more) with an optional role; returns the canonical person. */
  add(name: string, role: string | null): Person;
  /** Finds who a full name, a surname or a squashed name ("VladimirPutin") refers to. */
  resolve(name: string): Person | undefined;
  /** Everyone registered, in order of first mention. */
  all(): readonly Person[];
}

const AMBIGUOUS = null;

/** Creates an empty registry for one release. */
export function createPeopleRegistry(): PeopleRegistry {
  const byKey = new Map<string, Person>();
  const byVariant = new Map<string, Person>();
  const firstAndLast = new Map<string, Person | typeof AMBIGUOUS>();

  // "George W. Bush" and "George Bush": the same first and last name around a middle name.
  const indexFirstAndLast = (key: string, person: Person): void => {
    const words = key.split(" ");
    if (words.length < 2) return;
    const pair = `${words[0]} ${words[words.length - 1]}`;
    const existing = firstAndLast.get(pair);
    if (existing === undefined) firstAndLast.set(pair, person);
    else if (existing !== person) firstAndLast.set(pair, AMBIGUOUS);
  };
  const byFirstAndLast = (key: string): Person | undefined => {
    const words = key.split(" ");
    if (words.length < 2) return undefined;
    const found = firstAndLast.get(`${words[0]} ${words[words.length - 1]}`);
    return found === AMBIGUOUS ? undefined : found;
  };
  const bySurname = new Map<string, Person | typeof AMBIGUOUS>();
  const people: Person[] = [];

  const indexSurname = (name: string, person: Person): void => {
    const surname = nameKey(lastWord(name));
    const existing = bySurname.get(surname);
    if (existing === undefined) bySurname.set(surname, person);
    else if (existing !== person) bySurname.set(surname, AMBIGUOUS);
  };

  const add = (name: string, role: string | null): Person => {
    const canonical = canonicalName(name);
    const key = nameKey(name);
    const canonicalKey = canonical === name ? key : nameKey(canonical);
    const person =
      byKey.get(canonicalKey) ?? byKey.get(key) ?? sameVariant(name);
    const numbered = person === undefined ? withNumberOf(name) : undefined;
    if (numbered !== undefined) {
      byKey.set(key, numbered);
      return numbered;
    }
    if (person !== undefined) {
      person.role ??= role;
      if (name !== person.name) person.spellings?.add(name);
      byKey.set(key, person);
      return person;
    }
    const spellings = new Set(name === canonical ? [] : [name]);
    // "King Juan Carlos" later in a release that named "King Juan Carlos I": mentions find both.
    const plain = withoutRegnalNumeral(canonical);
    if (plain?.includes(" ") === true) spellings.add(plain);
    const created: Person = { name: canonical, role, spellings };
    people.push(created);
    byKey.set(canonicalKey, created);
    byKey.set(key, created);
    // The name as given, and its canonical spelling when that differs (indexing twice changes nothing).
    for (const form of canonical === name ? [name] : [canonical, name]) {
      // "Juan Carlos I" is also "King Juan Carlos" and "Mr Carlos" later in the release.
      const plain = withoutRegnalNumeral(form);
      if (plain !== undefined) indexSurname(plain, created);
      if (plain?.includes(" ") === true) {
        byKey.set(nameKey(plain), created);
        indexFirstAndLast(variantKey(plain), created);
      }
      byVariant.set(variantKey(form), created);
      indexFirstAndLast(variantKey(form), created);
      indexSurname(form, created);
    }
    return created;
  };

  // "King Juan Carlos" in the text, then "King Juan Carlos I of Spain" in the title: one person, numbered.
  const withNumberOf = (name: string): Person | undefined => {
    const plain = withoutRegnalNumeral(name);
    if (plain === undefined || !plain.includes(" ")) return undefined;
    const person = byKey.get(nameKey(plain));
    if (person?.name !== plain) return undefined;
    person.name = name;
    person.spellings?.add(plain);
    return person;
  };

  // "Sergei Lavrov" after "Sergey Lavrov", "George Bush" after "George W. Bush" (indexer/names/name-variants.ts).
  const sameVariant = (name: string): Person | undefined => {
    if (!name.includes(" ")) return undefined;
    const key = variantKey(name);
    return (
      byVariant.get(key) ??
      byFirstAndLast(key) ??
      people.find(
        (p) => p.name.length === name.length && isTransposition(p.name, name),
      )
    );
  };

  const resolve = (name: string): Person | undefined => {
    const key = nameKey(name);
    const found = byKey.get(key);
    if (found !== undefined) return found;
    if (!name.includes(" ")) {
      const bySurnameFound = bySurname.get(key);
      if (bySurnameFound !== undefined && bySurnameFound !== AMBIGUOUS) {
        return bySurnameFound;
      }
    } else {
      const similar = sameVariant(name);
      if (similar !== undefined) return similar;
    }
    const known = findKnownPerson(name);
    return known === undefined ? undefined : add(known, null);
  };

  return { add, resolve, all: () => people };
}

function lastWord(name: string): string {
  const words = name.split(" ");
  return words[words.length - 1] ?? name;
}
