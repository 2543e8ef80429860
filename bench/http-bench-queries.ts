import type { SentenceDocument } from "../src/search/sentence-document.js";
import { normalizedWords } from "../src/search/text-match.js";
import { seededRandom } from "./engine-bench-queries.js";

/**
 * A realistic mix of `GET /v1/search` paths drawn from the indexed sentences:
 * search-as-you-type (every prefix of one or two words, as a page sends them),
 * typos in long words, speaker filters, extra facets, later pages, date sorts
 * and empty queries with facets.
 */
export function buildSearchMix(
  docs: readonly SentenceDocument[],
  size: number,
  seed = 42,
): string[] {
  const random = seededRandom(seed);
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
  const speakers = topSpeakers(docs, 30);
  const path = (params: Record<string, string>): string =>
    `/v1/search?${new URLSearchParams(params).toString()}`;

  const paths: string[] = [];
  while (paths.length < size) {
    const roll = random();
    if (roll < 0.5) {
      // Typing: "mul", "mult", …, "multilateralism"; sometimes after a first word.
      const lead = random() < 0.3 ? `${word(4)} ` : "";
      const target = word(6);
      for (let n = 3; n <= target.length; n++)
        paths.push(path({ q: lead + target.slice(0, n) }));
    } else if (roll < 0.6) {
      const target = word(9);
      const at = 2 + Math.floor(random() * (target.length - 3));
      const typo = `${target.slice(0, at)}${target[at] === "e" ? "a" : "e"}${target.slice(at + 1)}`;
      paths.push(path({ q: typo }));
    } else if (roll < 0.7) {
      paths.push(path({ q: word(4), speaker: pick(speakers) }));
    } else if (roll < 0.8) {
      paths.push(path({ q: word(5), facets: "speaker,mentions,location" }));
    } else if (roll < 0.9) {
      paths.push(
        path({ q: word(4), page: String(2 + Math.floor(random() * 4)) }),
      );
    } else if (roll < 0.95) {
      paths.push(path({ q: word(5), sort: "date:desc" }));
    } else {
      paths.push(path({ q: "", facets: "speaker,mentions" }));
    }
  }
  return paths.slice(0, size);
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
