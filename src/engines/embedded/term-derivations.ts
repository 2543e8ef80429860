import type { EmbeddedIndex } from "./embedded-index.js";
import { prefixRange } from "./term-dictionary.js";
import { scanTypoDerivations } from "./typo-scan.js";

/** How a document term matches a query word; lower is better. */
export const Level = {
  exact: 1,
  zeroTypo: 2,
  oneTypo: 3,
  twoTypos: 4,
} as const;

/** The terms a query word stands for, each with its {@link Level}. */
export interface Derivations {
  readonly termIds: readonly number[];
  readonly levels: readonly number[];
  /** The derived words, for highlighting. */
  readonly words: ReadonlySet<string>;
}

/** Meilisearch's caps on typo derivations of one word (milli `limits.rs`). */
export const MAX_ONE_TYPO_DERIVATIONS = 150;
export const MAX_TWO_TYPO_DERIVATIONS = 50;

/**
 * Resolves a query word against the dictionary: the word itself, every word it
 * starts when it is a prefix, and the words within its typo budget (capped
 * like Meilisearch, in lexicographic order). Numbers get no typo derivations
 * when `disableOnNumbers` is set.
 */
export function deriveTerms(
  index: EmbeddedIndex,
  word: string,
  prefix: boolean,
  budget: number,
): Derivations {
  const dictionary = index.dictionary;
  const termIds: number[] = [];
  const levels: number[] = [];
  const words = new Set<string>();
  const add = (id: number, term: string, level: number): void => {
    termIds.push(id);
    levels.push(level);
    words.add(term);
  };
  const exact = dictionary.get(word);
  if (exact !== undefined) add(exact.id, word, Level.exact);
  if (!prefix && budget === 0) return { termIds, levels, words };

  const view = dictionary.view();
  if (budget === 0) {
    const [start, end] = prefixRange(view.terms, word);
    for (let i = start; i < end; i++) {
      const term = view.terms[i] ?? word;
      if (term !== word) add(view.ids[i] ?? 0, term, Level.zeroTypo);
    }
    return { termIds, levels, words };
  }

  const noNumbers = index.settings.typoTolerance.disableOnNumbers;
  let oneTypo = 0;
  let twoTypos = 0;
  scanTypoDerivations(view.terms, word, budget, prefix, (i, typos) => {
    const term = view.terms[i] ?? "";
    const id = view.ids[i] ?? 0;
    if (typos === 0) {
      if (term !== word) add(id, term, Level.zeroTypo);
    } else if (noNumbers && dictionary.byId(id).numeric) {
      return true;
    } else if (typos === 1 && oneTypo < MAX_ONE_TYPO_DERIVATIONS) {
      oneTypo++;
      add(id, term, Level.oneTypo);
    } else if (typos === 2 && twoTypos < MAX_TWO_TYPO_DERIVATIONS) {
      twoTypos++;
      add(id, term, Level.twoTypos);
    }
    return true;
  });
  return { termIds, levels, words };
}
