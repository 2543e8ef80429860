/** A trie over word tokens: finds the longest known phrase at each position in one pass. */
export interface TokenTrie {
  readonly next: Map<string, TokenTrie>;
  value: string | undefined;
}

const TOKEN = /[\p{L}\p{N}]+/gu;

/** Splits text into word tokens the way the trie stores phrases ("U.S." → U, S). */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Creates an empty trie. */
export function createTokenTrie(): TokenTrie {
  return { next: new Map(), value: undefined };
}

/** Stores `phrase` (tokenised) with the canonical `value`; a later insert of the same phrase wins. */
export function insertPhrase(
  trie: TokenTrie,
  phrase: string,
  value: string,
): void {
  let node = trie;
  for (const token of tokenize(phrase)) {
    let child = node.next.get(token);
    if (child === undefined) {
      child = createTokenTrie();
      node.next.set(token, child);
    }
    node = child;
  }
  if (node !== trie) node.value = value;
}

/** The longest phrase of `trie` starting at `tokens[start]`: its value and token count. */
export function matchAt(
  trie: TokenTrie,
  tokens: readonly string[],
  start: number,
): { value: string; length: number } | undefined {
  let node: TokenTrie | undefined = trie;
  let best: { value: string; length: number } | undefined;
  for (let i = start; i < tokens.length; i += 1) {
    node = node.next.get(tokens[i] ?? "");
    if (node === undefined) break;
    if (node.value !== undefined)
      best = { value: node.value, length: i - start + 1 };
  }
  return best;
}
