import { splitBlocks } from "../../indexer/parse/parse-release.js";
import { normalizeWhitespace } from "../../indexer/parse/split-sentences.js";

/** Where an indexer sentence starts in the release body: block index and offset in the block's text. */
export interface Placement {
  readonly block: number;
  readonly offset: number;
}

/** How far ahead (in blocks) a sentence is looked for after the previous one. */
const MAX_BLOCK_SKIP = 4;
/**
 * Prefix lengths tried when the whole sentence is not found (the indexer drops "(Applause.)",
 * "<…>" inside sentences); then its first two words, then its first word.
 */
const PROBES = [60, 30, 15] as const;

/**
 * The body blocks of a release file as the gold set counts them: blank-line separated,
 * lines joined and whitespace-normalised, without the first block (the title, with the
 * fmprc breadcrumb line above it).
 */
export function readBodyBlocks(text: string): string[] {
  const blocks = splitBlocks(text);
  return blocks.slice(1).map((lines) => normalizeWhitespace(lines.join(" ")));
}

/**
 * Places each indexer sentence (in reading order) in the body: the first occurrence
 * after the previous sentence of the whole text, else of a shorter and shorter prefix.
 *
 * @returns one placement per sentence; undefined for a sentence not found in the text
 */
export function placeSentences(
  blocks: readonly string[],
  sentences: readonly string[],
): (Placement | undefined)[] {
  let block = 0;
  let offset = 0;
  return sentences.map((sentence) => {
    const found = locate(blocks, sentence, block, offset);
    if (found === undefined) return undefined;
    block = found.placement.block;
    offset = found.placement.offset + found.length;
    return found.placement;
  });
}

function locate(
  blocks: readonly string[],
  sentence: string,
  fromBlock: number,
  fromOffset: number,
): { placement: Placement; length: number } | undefined {
  const words = sentence.split(" ");
  const probes = [
    sentence,
    ...PROBES.filter((n) => n < sentence.length).map((n) =>
      sentence.slice(0, n),
    ),
    words.slice(0, 2).join(" "),
    words[0] ?? sentence,
  ];
  const lastBlock = Math.min(blocks.length - 1, fromBlock + MAX_BLOCK_SKIP);
  for (const probe of probes) {
    for (let b = fromBlock; b <= lastBlock; b += 1) {
      const at = (blocks[b] ?? "").indexOf(
        probe,
        b === fromBlock ? fromOffset : 0,
      );
      if (at !== -1)
        return { placement: { block: b, offset: at }, length: probe.length };
    }
  }
  return undefined;
}

/**
 * The indexer sentence that holds the text at `offset` of a block: the last one placed at
 * or before it, or the block's first one when the gold start is only a little before it.
 *
 * @param placed - indexes of the sentences placed in this block, in order, with their offsets
 * @param slack - how far before the first sentence a gold start may begin and still be it
 */
export function sentenceAt(
  placed: readonly { readonly index: number; readonly offset: number }[],
  offset: number,
  slack: number,
): number | undefined {
  let found: number | undefined;
  for (const p of placed) {
    if (p.offset <= offset) found = p.index;
    else break;
  }
  if (found !== undefined) return found;
  const first = placed[0];
  return first !== undefined && first.offset <= offset + slack
    ? first.index
    : undefined;
}
