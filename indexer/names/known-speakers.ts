import { z } from "zod";
import knownData from "../../config/known-speakers.json" with { type: "json" };
import { GAZETTEER, findKnownPerson } from "./gazetteer.js";
import { variantKey } from "./name-variants.js";

const knownSchema = z.object({
  description: z.string(),
  rejected: z.array(z.string().min(1)),
  speakers: z.record(z.string().min(1), z.array(z.string().min(1))),
});

/** The validated content of `config/known-speakers.json`. */
export type KnownSpeakersTable = z.infer<typeof knownSchema>;

/** Parses a known-speakers table (the generator and the tests read it too). */
export function parseKnownSpeakers(data: unknown): KnownSpeakersTable {
  return knownSchema.parse(data);
}

const TABLE = parseKnownSpeakers(knownData);

/** Canonical spelling by {@link variantKey} of every spelling the table lists. */
const CANONICAL = new Map<string, string>();
for (const [canonical, spellings] of Object.entries(TABLE.speakers))
  for (const form of [canonical, ...spellings])
    CANONICAL.set(variantKey(form), canonical);

const GAZETTEER_PEOPLE = GAZETTEER.entries
  .filter((e) => e.type === "person" && e.name.includes(" "))
  .map((e) => e.name);

const GAZETTEER_KEYS = new Set(GAZETTEER_PEOPLE.map(variantKey));

/** Full names the corpus and the gazetteer know, by the variant key of their surname. */
const BY_SURNAME = new Map<string, string[]>();
for (const full of new Set([...GAZETTEER_PEOPLE, ...CANONICAL.values()])) {
  const words = full.split(" ");
  const surname = variantKey(words[words.length - 1] ?? "");
  BY_SURNAME.set(surname, [...(BY_SURNAME.get(surname) ?? []), full]);
}

const INITIAL_AND_SURNAME = /^(\p{Lu})\.\s?(\p{Lu}[\p{L}’'-]+)$/u;

/**
 * The one spelling the corpus uses for a speaker ("Sergey Chemezov" → "Sergei Chemezov"),
 * from `config/known-speakers.json`; "A. Fursenko" gives the one known full name with that
 * initial and surname, and nothing when there are none or several.
 *
 * @remarks One map hit per name: the registry calls it once per distinct name of a release.
 */
export function findKnownSpeaker(name: string): string | undefined {
  const initial = INITIAL_AND_SURNAME.exec(name);
  if (initial === null) return CANONICAL.get(variantKey(name));
  const [, letter = "", surname = ""] = initial;
  const fits = (BY_SURNAME.get(variantKey(surname)) ?? []).filter(
    (full) => full.startsWith(letter) && !/^\p{Lu}\./u.test(full),
  );
  return fits.length === 1 ? fits[0] : undefined;
}

/** True when the corpus or the gazetteer knows this full name under any spelling. */
export function isKnownFullName(name: string): boolean {
  const key = variantKey(name);
  return CANONICAL.has(key) || GAZETTEER_KEYS.has(key);
}

/**
 * The one name of a person in every release: the gazetteer's or the alias table's
 * (`findKnownPerson`), else the corpus's ({@link findKnownSpeaker}), else the name as given.
 */
export function canonicalName(name: string): string {
  return findKnownPerson(name) ?? findKnownSpeaker(name) ?? name;
}
