import { z } from "zod";
import gazetteerData from "../../config/gazetteer.json" with { type: "json" };
import aliasData from "../../config/name-aliases.json" with { type: "json" };
import { cappedMemo } from "./capped-memo.js";
import { isTransposition, variantKey } from "./name-variants.js";

const entrySchema = z.object({
  name: z.string().min(1),
  type: z.enum(["country", "region", "organisation", "media", "person"]),
  aliases: z.array(z.string().min(1)),
});

const principalSchema = z.object({
  name: z.string().min(1),
  role: z.string().min(1),
  from: z.iso.date(),
  to: z.iso.date(),
});

const gazetteerSchema = z.object({
  entries: z.array(entrySchema),
  principals: z.array(principalSchema),
  personTitles: z.array(z.string()),
  institutionWords: z.array(z.string()),
});

const aliasSchema = z.object({
  description: z.string(),
  people: z.record(z.string().min(1), z.string().min(1)),
});

export type GazetteerEntry = z.infer<typeof entrySchema>;
export type Principal = z.infer<typeof principalSchema>;
export type Gazetteer = z.infer<typeof gazetteerSchema>;

/** The validated content of `config/gazetteer.json`. */
export const GAZETTEER: Gazetteer = gazetteerSchema.parse(gazetteerData);

/** Words that belong to a title ("Minister") or an institution ("Ministry"), never to a name. */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  ...GAZETTEER.personTitles,
  ...GAZETTEER.institutionWords,
]);

// Without the u flag for speed: ASCII punctuation and spaces go, letters of any script stay.
const NOT_KEY_CHARACTERS =
  /[^0-9a-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u1FFF\u2C00-\uD7FF]+/g;
// Names are keyed many times per release (people, labels, outlets): each once per process.
const nameKeys = cappedMemo(
  (name: string) => name.toLowerCase().replace(NOT_KEY_CHARACTERS, ""),
  50_000,
);

const NON_PERSON_NAMES = new Set<string>();
const OUTLETS = new Map<string, string>();
const PEOPLE = new Map<string, string>();
for (const entry of GAZETTEER.entries) {
  for (const form of [entry.name, ...entry.aliases]) {
    if (entry.type === "person") PEOPLE.set(nameKey(form), entry.name);
    else NON_PERSON_NAMES.add(form);
    if (entry.type === "media") OUTLETS.set(nameKey(form), entry.name);
  }
}

/** The reviewed typo table of `config/name-aliases.json`, by {@link nameKey}. */
const ALIASES = new Map(
  Object.entries(aliasSchema.parse(aliasData).people).map(
    ([typo, canonical]) => [nameKey(typo), canonical] as const,
  ),
);

/**
 * The canonical spelling of a name the alias table lists as a typo ("Angela Markel" →
 * "Angela Merkel"), if it does.
 */
export function findAliasedName(name: string): string | undefined {
  return ALIASES.get(nameKey(name));
}

const KNOWN_FULL_NAMES = [...new Set(PEOPLE.values())].filter((n) =>
  n.includes(" "),
);
// A transposition keeps the length: only names of that length are compared.
const KNOWN_BY_LENGTH = new Map<number, string[]>();
for (const full of KNOWN_FULL_NAMES)
  KNOWN_BY_LENGTH.set(full.length, [
    ...(KNOWN_BY_LENGTH.get(full.length) ?? []),
    full,
  ]);
const PEOPLE_BY_VARIANT = new Map(
  KNOWN_FULL_NAMES.map((n) => [variantKey(n), n] as const),
);

/** A spelling-insensitive key for names: lower case, letters and digits only. */
export function nameKey(name: string): string {
  return nameKeys(name);
}

/** True when `phrase` is a country, organisation, region or outlet in the gazetteer. */
export function isKnownNonPerson(phrase: string): boolean {
  return NON_PERSON_NAMES.has(phrase);
}

/** The canonical outlet for a label such as "Reuters", "The Global Times" or "Tass News Agency", if known. */
export function findOutlet(label: string): string | undefined {
  return outlets(label);
}

// Transcripts repeat their speaker labels: each is looked up once.
const outlets = cappedMemo(
  (label: string) =>
    OUTLETS.get(nameKey(label)) ??
    OUTLETS.get(nameKey(label.replace(/^The\s+/, ""))),
  50_000,
);

/**
 * The canonical name of a well-known person ("Sergei Lavrov" → "Sergey Lavrov") or of a
 * reviewed typo ("Angela Markel" → "Angela Merkel", `config/name-aliases.json`), if known;
 * transliterations and transpositions of a well-known person's name count too.
 */
export function findKnownPerson(name: string): string | undefined {
  return knownPeople(name);
}

// Names repeat across releases, and a miss compares every known name of its length: each is looked up once.
const knownPeople = cappedMemo(lookUpKnownPerson, 50_000);

function lookUpKnownPerson(name: string): string | undefined {
  const known = PEOPLE.get(nameKey(name)) ?? findAliasedName(name);
  if (known !== undefined || !name.includes(" ")) return known;
  return (
    PEOPLE_BY_VARIANT.get(variantKey(name)) ??
    KNOWN_BY_LENGTH.get(name.length)?.find((full) =>
      isTransposition(full, name),
    )
  );
}

/**
 * Who "the President" is in a release of this date, per the gazetteer's `principals`.
 *
 * @param date - `YYYY-MM-DD`
 */
export function principalAt(date: string): Principal | undefined {
  return GAZETTEER.principals.find((p) => p.from <= date && date < p.to);
}
