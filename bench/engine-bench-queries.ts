import type { SearchEngine, SearchQuery } from "../src/search/search-engine.js";
import type { SentenceDocument } from "../src/search/sentence-document.js";
import { normalizedWords } from "../src/search/text-match.js";

/** One class of queries of the engine benchmark, with the queries to time. */
export interface QueryClass {
  readonly name: string;
  readonly queries: readonly SearchQuery[];
}

/** Latency distribution of one class, in milliseconds. */
export interface Latency {
  readonly name: string;
  readonly count: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
}

/** A deterministic pseudo-random generator (mulberry32), so runs compare. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const base = {
  page: 1,
  hitsPerPage: 20,
  highlight: true,
  facets: ["speaker"],
} as const;

/**
 * The query classes of issue 6 item 2, drawn from the indexed sentences
 * themselves (distinct queries, so caches do not flatter the figures).
 */
export function buildQueryClasses(
  docs: readonly SentenceDocument[],
  perClass: number,
  random: () => number,
): QueryClass[] {
  const pick = <T>(items: readonly T[]): T =>
    items[Math.floor(random() * items.length)] as T;
  const sentenceWords = (): string[] =>
    normalizedWords(pick(docs).text).filter((w) => !/^\d+$/.test(w));
  const word = (minLength: number): string => {
    for (;;) {
      const candidates = sentenceWords().filter((w) => w.length >= minLength);
      if (candidates.length > 0) return pick(candidates);
    }
  };
  const speakers = [
    ...new Set(docs.map((doc) => doc.speaker).filter((s) => s !== null)),
  ];
  const years = [...new Set(docs.map((doc) => doc.date.slice(0, 4)))];
  const classes: [string, () => SearchQuery][] = [
    ["one exact word", () => ({ ...base, q: word(4) })],
    [
      "2-3 words",
      () => {
        for (;;) {
          const words = sentenceWords();
          const size = 2 + Math.floor(random() * 2);
          if (words.length < size) continue;
          const start = Math.floor(random() * (words.length - size + 1));
          return { ...base, q: words.slice(start, start + size).join(" ") };
        }
      },
    ],
    ["typo in a long word", () => ({ ...base, q: withTypo(word(9), random) })],
    [
      "prefix",
      () => ({ ...base, q: word(6).slice(0, 3 + Math.floor(random() * 3)) }),
    ],
    [
      "word + speaker filter",
      () => ({ ...base, q: word(4), filters: { speakers: [pick(speakers)] } }),
    ],
    [
      "empty query, facets",
      () => ({
        ...base,
        q: "",
        highlight: false,
        facets: ["speaker", "releaseId", "location", "mentions"],
      }),
    ],
    [
      "empty query, facets, year filter",
      () => {
        const year = pick(years);
        return {
          ...base,
          q: "",
          highlight: false,
          facets: ["speaker", "releaseId", "location", "mentions"],
          filters: {
            fromTimestamp: Date.parse(`${year}-01-01`) / 1000,
            toTimestamp: Date.parse(`${year}-12-31`) / 1000,
          },
        };
      },
    ],
    ["sort by date", () => ({ ...base, q: word(4), sort: "date:desc" })],
  ];
  return classes.map(([name, make]) => ({
    name,
    queries: Array.from({ length: perClass }, make),
  }));
}

/** Replaces one letter after the second with another letter: one typo, first letter kept. */
function withTypo(word: string, random: () => number): string {
  const at = 2 + Math.floor(random() * (word.length - 3));
  const current = word[at] ?? "a";
  const replacement = current === "e" ? "a" : "e";
  return word.slice(0, at) + replacement + word.slice(at + 1);
}

/** Times each query of a class, one at a time. */
export async function measureClass(
  engine: SearchEngine,
  index: string,
  queryClass: QueryClass,
): Promise<Latency> {
  const times: number[] = [];
  for (const query of queryClass.queries) {
    const started = performance.now();
    await engine.search(index, query);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number): number =>
    round(times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0);
  return {
    name: queryClass.name,
    count: times.length,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: round(times[times.length - 1] ?? 0),
  };
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
