import { readFileSync } from "node:fs";
import path from "node:path";
import { loadReleaseFile } from "../../indexer/documents/load-releases.js";
import { canonicalName } from "../../indexer/names/known-speakers.js";
import { normalizeWhitespace } from "../../indexer/parse/split-sentences.js";
import type { SentenceDocument } from "../../src/search/sentence-document.js";
import {
  placeSentences,
  readBodyBlocks,
  sentenceAt,
  type Placement,
} from "./align-gold.js";
import type { GoldEntry, GoldParagraph, GoldSplit } from "./gold-set.js";

/** Counts for one release, or summed over many. */
export interface Tally {
  releases: number;
  sentences: number;
  speakersRight: number;
  blocks: number;
  countsRight: number;
  locationsRight: number;
  /** Mentions the indexer gave that the gold has, that it gave, and that the gold has (per block, summed). */
  mentionsMatched: number;
  mentionsGot: number;
  mentionsGold: number;
  /** "gold → got" → how often. */
  readonly confusions: Map<string, number>;
  /** "file ¶block "start…": gold → got" for each sentence with a wrong speaker. */
  readonly misses: string[];
  /** "file ¶block missing: … extra: …" for each block whose mentions differ. */
  readonly mentionMisses: string[];
  /** "file: gold → got" for each release whose location is wrong. */
  readonly locationErrors: string[];
  /** Gold starts not found in their block, indexer sentences not found in the text. */
  readonly problems: string[];
}

/** One release's tally, with where it belongs. */
export interface ReleaseScore {
  readonly split: GoldSplit;
  readonly format: string;
  readonly file: string;
  readonly tally: Tally;
}

export const NARRATION = "(narration)";
export const NO_SENTENCE = "(no sentence)";
/** A gold start may begin this many characters before the indexer sentence (an opening quote). */
const START_SLACK = 2;

export function emptyTally(): Tally {
  return {
    releases: 0,
    sentences: 0,
    speakersRight: 0,
    blocks: 0,
    countsRight: 0,
    locationsRight: 0,
    mentionsMatched: 0,
    mentionsGot: 0,
    mentionsGold: 0,
    confusions: new Map(),
    misses: [],
    mentionMisses: [],
    locationErrors: [],
    problems: [],
  };
}

/**
 * Runs the indexer on a gold release's source file and scores it against the gold.
 *
 * @param corpusDir - `../shared/corpus`; gold `file` paths are relative to it
 */
export async function scoreRelease(
  entry: GoldEntry,
  corpusDir: string,
): Promise<ReleaseScore> {
  const file = path.join(corpusDir, entry.gold.file);
  const loaded = await loadReleaseFile(file);
  const documents = loaded.releases[0]?.documents ?? [];
  const tally = emptyTally();
  tally.releases = 1;
  for (const error of loaded.errors) tally.problems.push(error.message);

  const blocks = readBodyBlocks(readFileSync(file, "utf8"));
  const placements = placeSentences(
    blocks,
    documents.map((d) => d.text),
  );
  placements.forEach((p, i) => {
    if (p === undefined)
      tally.problems.push(
        `indexer sentence not found: ${documents[i]?.text.slice(0, 50)}`,
      );
  });
  const byBlock = groupByBlock(placements);
  if (entry.gold.paragraphs.length !== blocks.length)
    tally.problems.push(
      `gold lists ${entry.gold.paragraphs.length} blocks, the file has ${blocks.length}`,
    );

  for (const paragraph of entry.gold.paragraphs) {
    const placed = byBlock.get(paragraph.block) ?? [];
    scoreBlock(
      paragraph,
      blocks[paragraph.block] ?? "",
      placed,
      documents,
      tally,
    );
  }
  for (const list of [tally.problems, tally.misses, tally.mentionMisses]) {
    const items = list.splice(0);
    list.push(...items.map((item) => `${entry.gold.file}: ${item}`));
  }
  const location = documents[0]?.location ?? null;
  if (location === entry.gold.location) tally.locationsRight = 1;
  else
    tally.locationErrors.push(
      `${entry.gold.file}: ${entry.gold.location ?? "null"} → ${location ?? "null"}`,
    );
  return {
    split: entry.split,
    format: entry.gold.format,
    file: entry.gold.file,
    tally,
  };
}

/** Scores every gold release, one after the other. */
export async function scoreGoldSet(
  entries: readonly GoldEntry[],
  corpusDir: string,
): Promise<ReleaseScore[]> {
  const scores: ReleaseScore[] = [];
  for (const entry of entries)
    scores.push(await scoreRelease(entry, corpusDir));
  return scores;
}

function groupByBlock(
  placements: readonly (Placement | undefined)[],
): Map<number, { index: number; offset: number }[]> {
  const byBlock = new Map<number, { index: number; offset: number }[]>();
  placements.forEach((p, index) => {
    if (p === undefined) return;
    const list = byBlock.get(p.block) ?? [];
    list.push({ index, offset: p.offset });
    byBlock.set(p.block, list);
  });
  return byBlock;
}

function scoreBlock(
  paragraph: GoldParagraph,
  text: string,
  placed: readonly { index: number; offset: number }[],
  documents: readonly SentenceDocument[],
  tally: Tally,
): void {
  tally.blocks += 1;
  if (placed.length === paragraph.sentences.length) tally.countsRight += 1;
  let from = 0;
  for (const sentence of paragraph.sentences) {
    tally.sentences += 1;
    const start = normalizeWhitespace(sentence.start);
    const at = text.indexOf(start, from);
    if (at === -1) {
      tally.problems.push(
        `block ${paragraph.block}: gold start not found: ${start}`,
      );
      continue;
    }
    from = at + 1;
    const index = sentenceAt(placed, at, START_SLACK);
    const got =
      index === undefined
        ? NO_SENTENCE
        : (documents[index]?.speaker ?? NARRATION);
    const want = sentence.speaker ?? NARRATION;
    // Gold spells a person as the release does; the indexer gives one name across releases.
    if (got === want || got === canonicalName(want)) tally.speakersRight += 1;
    else {
      addConfusion(tally, want, got);
      tally.misses.push(`¶${paragraph.block} "${start}": ${want} → ${got}`);
    }
  }
  const got = new Set(
    placed.flatMap((p) => documents[p.index]?.mentions ?? []),
  );
  const gold = new Set(
    paragraph.mentions.map((name) =>
      got.has(name) ? name : canonicalName(name),
    ),
  );
  tally.mentionsGot += got.size;
  tally.mentionsGold += gold.size;
  for (const name of got) if (gold.has(name)) tally.mentionsMatched += 1;
  const missing = [...gold].filter((name) => !got.has(name));
  const extra = [...got].filter((name) => !gold.has(name));
  if (missing.length + extra.length > 0)
    tally.mentionMisses.push(
      `¶${paragraph.block} missing: ${missing.join("; ")} | extra: ${extra.join("; ")}`,
    );
}

function addConfusion(tally: Tally, want: string, got: string): void {
  const key = `${want} → ${got}`;
  tally.confusions.set(key, (tally.confusions.get(key) ?? 0) + 1);
}

/** Adds `from` into `into`. */
export function addTally(into: Tally, from: Tally): void {
  into.releases += from.releases;
  into.sentences += from.sentences;
  into.speakersRight += from.speakersRight;
  into.blocks += from.blocks;
  into.countsRight += from.countsRight;
  into.locationsRight += from.locationsRight;
  into.mentionsMatched += from.mentionsMatched;
  into.mentionsGot += from.mentionsGot;
  into.mentionsGold += from.mentionsGold;
  for (const [key, n] of from.confusions)
    into.confusions.set(key, (into.confusions.get(key) ?? 0) + n);
  into.misses.push(...from.misses);
  into.mentionMisses.push(...from.mentionMisses);
  into.locationErrors.push(...from.locationErrors);
  into.problems.push(...from.problems);
}

/** The ratios of a tally, in percent (100 when there is nothing to count). */
export function ratios(t: Tally): {
  speakers: number;
  counts: number;
  locations: number;
  mentionPrecision: number;
  mentionRecall: number;
} {
  const pct = (n: number, d: number): number => (d === 0 ? 100 : (100 * n) / d);
  return {
    speakers: pct(t.speakersRight, t.sentences),
    counts: pct(t.countsRight, t.blocks),
    locations: pct(t.locationsRight, t.releases),
    mentionPrecision: pct(t.mentionsMatched, t.mentionsGot),
    mentionRecall: pct(t.mentionsMatched, t.mentionsGold),
  };
}

/** A row of the report: a split (or "all") and a format (or "all"). */
export interface SummaryRow {
  readonly split: string;
  readonly format: string;
  readonly tally: Tally;
}

/** Sums release scores per split and format, per split, and over everything. */
export function summarise(scores: readonly ReleaseScore[]): SummaryRow[] {
  const rows = new Map<string, SummaryRow>();
  const add = (split: string, format: string, tally: Tally): void => {
    const key = `${split}\u0000${format}`;
    let row = rows.get(key);
    if (row === undefined) {
      row = { split, format, tally: emptyTally() };
      rows.set(key, row);
    }
    addTally(row.tally, tally);
  };
  for (const score of scores) {
    add(score.split, score.format, score.tally);
    add(score.split, "all", score.tally);
    add("all", "all", score.tally);
  }
  const splitOrder = (split: string): number =>
    split === "all" ? 2 : split === "holdout" ? 1 : 0;
  return [...rows.values()].sort(
    (a, b) =>
      splitOrder(a.split) - splitOrder(b.split) ||
      Number(a.format === "all") - Number(b.format === "all") ||
      a.format.localeCompare(b.format),
  );
}

/** The most frequent confusions of a tally, most frequent first. */
export function topConfusions(
  tally: Tally,
  limit: number,
): { readonly confusion: string; readonly count: number }[] {
  return [...tally.confusions]
    .map(([confusion, count]) => ({ confusion, count }))
    .sort((a, b) => b.count - a.count || a.confusion.localeCompare(b.confusion))
    .slice(0, limit);
}
