import type { IndexSettings } from "../../config/index-settings.js";

const list = (values: readonly string[]) =>
  `[${values.map((v) => JSON.stringify(v)).join(", ")}]`;

function diffOrdered(
  name: string,
  live: readonly string[],
  wanted: readonly string[],
): string[] {
  const same =
    live.length === wanted.length && live.every((v, i) => v === wanted[i]);
  return same ? [] : [`${name}: live ${list(live)}, wanted ${list(wanted)}`];
}

function diffSet(
  name: string,
  live: readonly string[],
  wanted: readonly string[],
): string[] {
  const missing = wanted.filter((v) => !live.includes(v));
  const unexpected = live.filter((v) => !wanted.includes(v));
  const parts = [
    ...(missing.length > 0 ? [`missing ${list(missing)}`] : []),
    ...(unexpected.length > 0 ? [`unexpected ${list(unexpected)}`] : []),
  ];
  return parts.length > 0 ? [`${name}: ${parts.join("; ")}`] : [];
}

function diffValue(name: string, live: unknown, wanted: unknown): string[] {
  return live === wanted
    ? []
    : [
        `${name}: live ${JSON.stringify(live)}, wanted ${JSON.stringify(wanted)}`,
      ];
}

function diffRecord<T>(
  name: string,
  live: Readonly<Record<string, T>>,
  wanted: Readonly<Record<string, T>>,
  diffEntry: (name: string, live: T, wanted: T) => string[],
): string[] {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(wanted)) {
    const liveValue = live[key];
    lines.push(
      ...(liveValue === undefined
        ? [`${name}[${JSON.stringify(key)}]: missing`]
        : diffEntry(`${name}[${JSON.stringify(key)}]`, liveValue, value)),
    );
  }
  for (const key of Object.keys(live)) {
    if (!(key in wanted))
      lines.push(`${name}[${JSON.stringify(key)}]: unexpected`);
  }
  return lines;
}

/**
 * Differences between the settings an index has and the settings in code, one
 * human-readable line each (`npm run index -- --check-settings` prints them).
 *
 * @remarks
 * Searchable attributes and ranking rules are ordered (order changes relevance);
 * the other attribute lists and synonym alternatives compare as sets.
 *
 * @returns no lines when the index matches
 */
export function diffSettings(
  live: IndexSettings,
  wanted: IndexSettings,
): string[] {
  return [
    ...diffValue("primaryKey", live.primaryKey, wanted.primaryKey),
    ...diffOrdered(
      "searchableAttributes",
      live.searchableAttributes,
      wanted.searchableAttributes,
    ),
    ...diffSet(
      "filterableAttributes",
      live.filterableAttributes,
      wanted.filterableAttributes,
    ),
    ...diffSet(
      "sortableAttributes",
      live.sortableAttributes,
      wanted.sortableAttributes,
    ),
    ...diffSet(
      "displayedAttributes",
      live.displayedAttributes,
      wanted.displayedAttributes,
    ),
    ...diffOrdered("rankingRules", live.rankingRules, wanted.rankingRules),
    ...diffValue(
      "typoTolerance.enabled",
      live.typoTolerance.enabled,
      wanted.typoTolerance.enabled,
    ),
    ...diffValue(
      "typoTolerance.minWordSizeForTypos.oneTypo",
      live.typoTolerance.minWordSizeForTypos.oneTypo,
      wanted.typoTolerance.minWordSizeForTypos.oneTypo,
    ),
    ...diffValue(
      "typoTolerance.minWordSizeForTypos.twoTypos",
      live.typoTolerance.minWordSizeForTypos.twoTypos,
      wanted.typoTolerance.minWordSizeForTypos.twoTypos,
    ),
    ...diffValue(
      "typoTolerance.disableOnNumbers",
      live.typoTolerance.disableOnNumbers,
      wanted.typoTolerance.disableOnNumbers,
    ),
    ...diffRecord("synonyms", live.synonyms, wanted.synonyms, diffSet),
    ...diffValue(
      "faceting.maxValuesPerFacet",
      live.faceting.maxValuesPerFacet,
      wanted.faceting.maxValuesPerFacet,
    ),
    ...diffRecord(
      "faceting.sortFacetValuesBy",
      live.faceting.sortFacetValuesBy,
      wanted.faceting.sortFacetValuesBy,
      diffValue,
    ),
    ...diffValue(
      "pagination.maxTotalHits",
      live.pagination.maxTotalHits,
      wanted.pagination.maxTotalHits,
    ),
  ];
}
