/** A trie over word tokens: finds the longest known phrase at each position in one pass. */
export interface TokenTrie {
  readonly next: Map<string, TokenTrie>;
  value: string | undefined;
}

// Letters and digits by code-point range, without the u flag: much faster than \p{L}.
const TOKEN =
  /[0-9A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u1FFF\u2C00-\uD7FF]+/g;

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
