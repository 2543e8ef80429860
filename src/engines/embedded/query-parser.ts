import type { IndexSettings } from "../../../config/index-settings.js";
import { tokenizeWords, typoBudget } from "./text-match.js";

/** A query word: typo budget from its length, prefix when it ends the query. */
export interface QueryWord {
  readonly kind: "word";
  readonly word: string;
  readonly prefix: boolean;
  readonly budget: number;
}

/** A quoted phrase: its words must follow each other exactly. */
export interface QueryPhrase {
  readonly kind: "phrase";
  readonly words: readonly string[];
}

export type QueryItem = QueryWord | QueryPhrase;

export interface ParsedQuery {
  readonly items: readonly QueryItem[];
  /** Words (one-element) and phrases that hits must not contain (`-word`, `-"a phrase"`). */
  readonly negatives: readonly (readonly string[])[];
}

/** Meilisearch considers the first ten terms of a query (a phrase is one term). */
export const MAX_QUERY_TERMS = 10;

/**
 * Parses a query as Meilisearch does: words, `"quoted phrases"`, `-negated`
 * words and phrases (a `-` right after a space or at the start); the last word
 * is a prefix only when nothing, not even a space, follows it.
 */
export function parseQuery(
  q: string,
  rules: IndexSettings["typoTolerance"],
): ParsedQuery {
  const items: QueryItem[] = [];
  const negatives: string[][] = [];
  let phrase: string[] | null = null;
  let negativePhrase = false;
  let negativeNext = false;
  let afterSpace = true;
  let offset = 0;
  const closePhrase = (): void => {
    if (phrase !== null && phrase.length > 0) {
      if (negativePhrase) negatives.push(phrase);
      else items.push({ kind: "phrase", words: phrase });
    }
    phrase = null;
    negativePhrase = false;
  };
  for (const token of tokenizeWords(q)) {
    for (const char of q.slice(offset, token.start)) {
      if (char === '"') {
        const opening: boolean = phrase === null;
        closePhrase();
        if (opening) {
          phrase = [];
          negativePhrase = negativeNext;
        }
      }
      negativeNext = phrase === null && char === "-" && afterSpace;
      afterSpace = /\s/u.test(char);
    }
    if (items.length >= MAX_QUERY_TERMS) return { items, negatives };
    offset = token.end;
    afterSpace = false;
    if (phrase !== null) {
      phrase.push(token.norm);
    } else if (negativeNext) {
      negatives.push([token.norm]);
      negativeNext = false;
    } else {
      items.push({
        kind: "word",
        word: token.norm,
        prefix: token.end === q.length,
        budget: typoBudget(token.norm, rules),
      });
    }
  }
  closePhrase();
  return { items, negatives };
}
