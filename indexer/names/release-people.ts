import { findKnownPerson, nameKey } from "./gazetteer.js";
import { isSamePersonName, variantKey } from "./name-variants.js";

/** Someone a release names, under the full name it first gives, with the first title given. */
export interface Person {
  readonly name: string;
  role: string | null;
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
  const bySurname = new Map<string, Person | typeof AMBIGUOUS>();
  const people: Person[] = [];

  const indexSurname = (name: string, person: Person): void => {
    const surname = nameKey(lastWord(name));
    const existing = bySurname.get(surname);
    if (existing === undefined) bySurname.set(surname, person);
    else if (existing !== person) bySurname.set(surname, AMBIGUOUS);
  };

  const add = (name: string, role: string | null): Person => {
    const canonical = findKnownPerson(name) ?? name;
    const person =
      byKey.get(nameKey(canonical)) ??
      byKey.get(nameKey(name)) ??
      sameVariant(name);
    if (person !== undefined) {
      person.role ??= role;
      byKey.set(nameKey(name), person);
      return person;
    }
    const created: Person = { name: canonical, role };
    people.push(created);
    byKey.set(nameKey(canonical), created);
    byKey.set(nameKey(name), created);
    byVariant.set(variantKey(canonical), created);
    byVariant.set(variantKey(name), created);
    indexSurname(canonical, created);
    indexSurname(name, created);
    return created;
  };

  // "Sergei Lavrov" after "Sergey Lavrov", "George Bush" after "George W. Bush" (indexer/names/name-variants.ts).
  const sameVariant = (name: string): Person | undefined => {
    if (!name.includes(" ")) return undefined;
    return (
      byVariant.get(variantKey(name)) ??
      people.find((p) => p.name.includes(" ") && isSamePersonName(p.name, name))
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
