import type { ParsedParagraph } from "../parse/parse-release.js";
import type { Speaker } from "./attribution-context.js";

/** A whole paragraph in quotation marks, either way round (the Kremlin often opens with ” and closes with “). */
const WHOLE_QUOTE = /^[“”][^“”]{40,}[“”][.]?$/;
const KEY_LENGTH = 40;

/**
 * A publisher's pull-quote in a labelled release (”BRICS is a key element of …“ between a
 * question and its answer) repeats words said in some turn: it is that turn's speaker's,
 * whatever turn it is set in. Found by its first 40 characters, verbatim, in another
 * paragraph after a label; a quotation found nowhere is left to the other rules.
 *
 * @returns the speaker of each pull-quote paragraph, by paragraph index
 */
export function findPullQuoteSpeakers(
  paragraphs: readonly ParsedParagraph[],
  labels: ReadonlyMap<number, { readonly speaker: Speaker }>,
): ReadonlyMap<number, Speaker> {
  const found = new Map<number, Speaker>();
  if (labels.size < 2) return found;
  paragraphs.forEach((p, index) => {
    if (p.kind !== "text" || labels.has(index) || !WHOLE_QUOTE.test(p.text))
      return;
    const key = p.text.slice(1, 1 + KEY_LENGTH);
    let turn: Speaker | undefined;
    for (let i = 0; i < paragraphs.length; i += 1) {
      turn = labels.get(i)?.speaker ?? turn;
      const other = paragraphs[i];
      if (i === index || other?.kind !== "text" || turn === undefined) continue;
      if (!other.text.includes(key)) continue;
      found.set(index, turn);
      return;
    }
  });
  return found;
}
