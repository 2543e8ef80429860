import { findKnownPerson, findOutlet } from "../../indexer/names/gazetteer.js";
import type { KnownSpeakersTable } from "../../indexer/names/known-speakers.js";
import { variantKey } from "../../indexer/names/name-variants.js";
import {
  isNameWord,
  NAME_PARTICLES,
} from "../../indexer/names/person-names.js";

/** What a regeneration changed, for the reviewer. */
export interface TableChanges {
  readonly table: KnownSpeakersTable;
  /** Canonical names new to the table. */
  readonly added: readonly string[];
  /** Canonical names no longer spoken in the corpus. */
  readonly dropped: readonly string[];
  /** Groups of more than one spelling seen in this run, canonical first. */
  readonly merged: readonly (readonly string[])[];
}

const NUMERAL = /^(?:II|III|IV|V|VI)$/;

/**
 * True for a speaker the table may list: a full name of name words, not a gazetteer person
 * (the gazetteer's spelling wins), an outlet, an initial ("A. Fursenko", resolved by rule)
 * or a family name alone ("Al Thani").
 */
export function isListable(name: string): boolean {
  const words = name.split(" ");
  const first = words[0] ?? "";
  if (words.length < 2 || /^\p{Lu}\.$/u.test(first)) return false;
  // "Al Thani": a family name cut from "Tamim bin Hamad Al Thani", not a full name.
  if (NAME_PARTICLES.has(first.toLowerCase())) return false;
  if (findKnownPerson(name) !== undefined || findOutlet(name) !== undefined)
    return false;
  return words.every(
    (w, i) =>
      isNameWord(w) ||
      (i > 0 && (NAME_PARTICLES.has(w.toLowerCase()) || NUMERAL.test(w))),
  );
}

/**
 * Builds the known-speakers table from speaker counts of a dry run.
 *
 * @remarks The rule: speakers are grouped by {@link variantKey}; a group the table already
 * lists keeps its reviewed canonical spelling; a new group takes its most frequent
 * spelling, ties alphabetically. Names the review rejected never return.
 */
export function buildKnownTable(
  counts: ReadonlyMap<string, number>,
  previous: KnownSpeakersTable,
): TableChanges {
  const rejected = new Set(previous.rejected.map(variantKey));
  const reviewed = new Map<string, [string, readonly string[]]>();
  for (const [canonical, spellings] of Object.entries(previous.speakers))
    reviewed.set(variantKey(canonical), [canonical, spellings]);

  const groups = new Map<string, [string, number][]>();
  for (const [name, count] of counts) {
    const key = variantKey(name);
    if (rejected.has(key) || !isListable(name)) continue;
    groups.set(key, [...(groups.get(key) ?? []), [name, count]]);
  }

  const speakers: Record<string, string[]> = {};
  const added: string[] = [];
  const merged: string[][] = [];
  for (const [key, group] of groups) {
    group.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const [canonical, spellings] = reviewed.get(key) ?? [group[0]?.[0] ?? ""];
    if (!reviewed.has(key)) added.push(canonical);
    const others = new Set([...(spellings ?? []), ...group.map((g) => g[0])]);
    others.delete(canonical);
    speakers[canonical] = [...others].sort();
    if (group.length > 1) merged.push([canonical, ...speakers[canonical]]);
  }
  const sorted = Object.fromEntries(
    Object.entries(speakers).sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  const dropped = [...reviewed.values()]
    .map(([canonical]) => canonical)
    .filter((c) => !(c in sorted));
  return {
    table: { ...previous, speakers: sorted },
    added: added.sort(),
    dropped: dropped.sort(),
    merged,
  };
}
