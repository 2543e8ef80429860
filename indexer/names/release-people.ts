import { findKnownPerson, nameKey } from "./gazetteer.js";

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
      sameInitialAndSurname(name);
    if (person !== undefined) {
      person.role ??= role;
      byKey.set(nameKey(name), person);
      return person;
    }
    const created: Person = { name: canonical, role };
    people.push(created);
    byKey.set(nameKey(canonical), created);
    byKey.set(nameKey(name), created);
    indexSurname(canonical, created);
    indexSurname(name, created);
    return created;
  };

  // "Sergei Lavrov" after "Sergey Lavrov": same surname and same first initial.
  const sameInitialAndSurname = (name: string): Person | undefined => {
    if (!name.includes(" ")) return undefined;
    const candidate = bySurname.get(nameKey(lastWord(name)));
    if (candidate === undefined || candidate === AMBIGUOUS) return undefined;
    return candidate.name[0] === name[0] ? candidate : undefined;
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
      const similar = sameInitialAndSurname(name);
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
