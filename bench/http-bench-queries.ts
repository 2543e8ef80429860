import type { SentenceDocument } from "../src/search/sentence-document.js";
import { normalizedWords } from "../src/engines/embedded/text-match.js";
import { seededRandom } from "./engine-bench-queries.js";

/**
 * A realistic mix of `GET /v1/search` paths drawn from the indexed sentences:
 * search-as-you-type (every prefix of one or two words, as a page sends them),
 * typos in long words, speaker filters, extra facets, later pages, date sorts
 * and empty queries with facets. Searches are picked by a Zipf law over a pool
 * of `pool` distinct ones, so popular searches repeat as they do in real traffic.
 */
export function buildSearchMix(
  docs: readonly SentenceDocument[],
  size: number,
  pool = 3_000,
  seed = 42,
): string[] {
  const random = seededRandom(seed);
  const searches = Array.from({ length: pool }, () => oneSearch(docs, random));
  // Zipf (s = 1) by inverse transform over the harmonic numbers.
  const harmonic: number[] = [];
  let sum = 0;
  for (let rank = 1; rank <= pool; rank++) harmonic.push((sum += 1 / rank));
  const paths: string[] = [];
  while (paths.length < size) {
    const target = random() * sum;
    let lo = 0;
    let hi = pool - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((harmonic[mid] ?? sum) < target) lo = mid + 1;
      else hi = mid;
    }
    paths.push(...(searches[lo] ?? []));
  }
  return paths.slice(0, size);
}

/** One user search: the paths it sends (several while typing). */
function oneSearch(
  docs: readonly SentenceDocument[],
  random: () => number,
): string[] {
  const pick = <T>(items: readonly T[]): T =>
    items[Math.floor(random() * items.length)] as T;
  const word = (minLength: number): string => {
    for (;;) {
      const words = normalizedWords(pick(docs).text).filter(
        (w) => w.length >= minLength && !/\d/.test(w),
      );
      if (words.length > 0) return pick(words);
    }
  };
  const path = (params: Record<string, string>): string =>
    `/v1/search?${new URLSearchParams(params).toString()}`;
  const roll = random();
  if (roll < 0.5) {
    // Typing: "mul", "mult", …, "multilateralism"; sometimes after a first word.
    const lead = random() < 0.3 ? `${word(4)} ` : "";
    const target = word(6);
    const typed: string[] = [];
    for (let n = 3; n <= target.length; n++)
      typed.push(path({ q: lead + target.slice(0, n) }));
    return typed;
  }
  if (roll < 0.6) {
    const target = word(9);
    const at = 2 + Math.floor(random() * (target.length - 3));
    const typo = `${target.slice(0, at)}${target[at] === "e" ? "a" : "e"}${target.slice(at + 1)}`;
    return [path({ q: typo })];
  }
  if (roll < 0.7)
    return [path({ q: word(4), speaker: pick(speakersOf(docs)) })];
  if (roll < 0.8)
    return [path({ q: word(5), facets: "speaker,mentions,location" })];
  if (roll < 0.9)
    return [path({ q: word(4), page: String(2 + Math.floor(random() * 4)) })];
  if (roll < 0.95) return [path({ q: word(5), sort: "date:desc" })];
  return [path({ q: "", facets: "speaker,mentions" })];
}

const speakerLists = new WeakMap<readonly SentenceDocument[], string[]>();
function speakersOf(docs: readonly SentenceDocument[]): string[] {
  let speakers = speakerLists.get(docs);
  if (speakers === undefined) {
    speakers = topSpeakers(docs, 30);
    speakerLists.set(docs, speakers);
  }
  return speakers;
}

/** The share of requests an LRU result cache of `capacity` entries would answer. */
export function lruHitRate(paths: readonly string[], capacity: number): number {
  const cache = new Map<string, true>();
  let hits = 0;
  for (const path of paths) {
    if (cache.delete(path)) hits++;
    cache.set(path, true);
    if (cache.size > capacity) {
      const oldest = cache.keys().next();
      if (oldest.done !== true) cache.delete(oldest.value);
    }
  }
  return hits / Math.max(1, paths.length);
}

function topSpeakers(docs: readonly SentenceDocument[], n: number): string[] {
  const counts = new Map<string, number>();
  for (const doc of docs)
    if (doc.speaker !== null)
      counts.set(doc.speaker, (counts.get(doc.speaker) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([speaker]) => speaker);
}
