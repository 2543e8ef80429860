import { isDeepStrictEqual } from "node:util";
import type { IndexSettings } from "../config/index-settings.js";

/** Settings whose order carries meaning; every other list is compared as a set. */
const ORDERED: ReadonlySet<keyof IndexSettings> = new Set([
  "searchableAttributes",
  "rankingRules",
]);

/**
 * Lists, one line per setting, how the live settings differ from the code's.
 * Empty when they match. Synonyms are compared case-insensitively, as engines
 * normalise them.
 *
 * @param live - the settings the index has now
 * @param wanted - the settings in config/index-settings.ts
 */
export function diffIndexSettings(
  live: IndexSettings,
  wanted: IndexSettings,
): string[] {
  const lines: string[] = [];
  for (const key of Object.keys(wanted) as (keyof IndexSettings)[]) {
    const have = normalise(key, live[key]);
    const want = normalise(key, wanted[key]);
    if (!isDeepStrictEqual(have, want)) {
      lines.push(
        `${key}: live ${JSON.stringify(have)} but the code has ${JSON.stringify(want)}`,
      );
    }
  }
  return lines;
}

function normalise(key: keyof IndexSettings, value: unknown): unknown {
  if (Array.isArray(value)) {
    const list = value as readonly string[];
    return ORDERED.has(key) ? [...list] : [...list].sort();
  }
  if (key === "synonyms" && typeof value === "object" && value !== null) {
    return Object.fromEntries(
      Object.entries(value as Record<string, readonly string[]>)
        .map(
          ([word, list]) =>
            [
              word.toLowerCase(),
              list.map((s) => s.toLowerCase()).sort(),
            ] as const,
        )
        .sort(([a], [b]) => a.localeCompare(b)),
    );
  }
  return value;
}
