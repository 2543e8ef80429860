import type { SearchQuery } from "../src/search/search-engine.js";
import type { SentenceDocument } from "../src/search/sentence-document.js";
import { normalizedWords } from "../src/engines/embedded/text-match.js";
import { distribution, type Distribution } from "./bench-report.js";

/** One class of queries of the engine benchmark, with the queries to time. */
export interface QueryClass {
  readonly name: string;
  readonly queries: readonly SearchQuery[];
}

/** Latency distribution of one class, in milliseconds. */
export interface Latency extends Distribution {
  readonly name: string;
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
      "transposition in a long word",
      () => ({ ...base, q: withTransposition(word(9), random) }),
    ],
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

/** Swaps two neighbouring letters after the first: one typo for Meilisearch, two edits for Levenshtein. */
function withTransposition(word: string, random: () => number): string {
  for (let tries = 0; tries < 8; tries++) {
    const at = 1 + Math.floor(random() * (word.length - 2));
    const a = word[at] ?? "";
    const b = word[at + 1] ?? "";
    if (a !== b) return word.slice(0, at) + b + a + word.slice(at + 2);
  }
  return withTypo(word, random);
}

/** Latencies and hit totals of one class, query by query. */
export interface ClassRun {
  readonly latency: Latency;
  readonly totals: readonly number[];
}

/**
 * Times the first `limit` queries of a class, one at a time, on any engine.
 *
 * @param run - runs one query and resolves to its total number of hits
 */
export async function timeClass(
  queryClass: QueryClass,
  run: (query: SearchQuery) => Promise<number> | number,
  limit = queryClass.queries.length,
): Promise<ClassRun> {
  const times: number[] = [];
  const totals: number[] = [];
  for (const query of queryClass.queries.slice(0, limit)) {
    const started = performance.now();
    totals.push(await run(query));
    times.push(performance.now() - started);
  }
  return {
    latency: { name: queryClass.name, ...distribution(times) },
    totals,
  };
}
