/**
 * A trie over word tokens: finds the longest known phrase at each position in one pass.
 * Texts are read token by token in place ({@link matchTextAt}): no array of all their words.
 */
export interface TokenTrie {
  readonly next: Map<string, TokenTrie>;
  value: string | undefined;
  /**
   * At the root: one bit per {@link signature} of the first tokens stored. Most words of a
   * text start no phrase; their bit is clear, so they are skipped without a slice or a lookup.
   */
  readonly firstTokens: Uint32Array | undefined;
}

/** A cheap hash of a token from its first and last characters and its length. */
function signature(text: string, start: number, end: number): number {
  return (
    text.charCodeAt(start) * 31 + text.charCodeAt(end - 1) * 7 + end - start
  );
}

function filterBit(bits: Uint32Array, sig: number): number {
  return sig & (bits.length * 32 - 1);
}

function mayStartWith(trie: TokenTrie, sig: number): boolean {
  const bits = trie.firstTokens;
  if (bits === undefined) return true;
  const bit = filterBit(bits, sig);
  return ((bits[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0;
}

/** Letters and digits by code-point range, without the u flag: much faster than \p{L}. */
export const TOKEN_CLASS =
  "0-9A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u1FFF\\u2C00-\\uD7FF";
const TOKEN = new RegExp(`[${TOKEN_CLASS}]+`, "g");

/** Splits text into word tokens the way the trie stores phrases ("U.S." → U, S). */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * Creates an empty trie.
 *
 * @param filterBits - the size of the first-token filter, a power of two ≥ 32: 4096 for the
 *   gazetteer's hundreds of first words; the default 512 for a release's few (small enough
 *   to be allocated with the trie, as it is for every release)
 */
export function createTokenTrie(filterBits = 512): TokenTrie {
  return {
    next: new Map(),
    value: undefined,
    firstTokens: new Uint32Array(filterBits / 32),
  };
}

/** Stores `phrase` (tokenised) with the canonical `value`; a later insert of the same phrase wins. */
export function insertPhrase(
  trie: TokenTrie,
  phrase: string,
  value: string,
): void {
  let node = trie;
  for (const token of tokenize(phrase)) {
    if (node.firstTokens !== undefined) {
      const bit = filterBit(
        node.firstTokens,
        signature(token, 0, token.length),
      );
      const word = bit >>> 5;
      node.firstTokens[word] =
        (node.firstTokens[word] ?? 0) | (1 << (bit & 31));
    }
    let child = node.next.get(token);
    if (child === undefined) {
      child = { next: new Map(), value: undefined, firstTokens: undefined };
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

/** The code units of {@link TOKEN_CLASS}, tested without a regular expression (a test checks they agree). */
export function isTokenCode(c: number): boolean {
  if (c < 0x80)
    return (
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x30 && c <= 0x39)
    );
  return (
    c === 0xaa ||
    c === 0xb5 ||
    c === 0xba ||
    (c >= 0xc0 && c <= 0xd6) ||
    (c >= 0xd8 && c <= 0xf6) ||
    (c >= 0xf8 && c <= 0x1fff) ||
    (c >= 0x2c00 && c <= 0xd7ff)
  );
}

/** Where the first token at or after `from` starts; `text.length` when none does. */
export function nextToken(text: string, from: number): number {
  let i = from;
  while (i < text.length && !isTokenCode(text.charCodeAt(i))) i += 1;
  return i;
}

/** Where the token starting at `start` ends. */
export function tokenEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && isTokenCode(text.charCodeAt(i))) i += 1;
  return i;
}

/** A phrase found in a text: its value and the offset after its last token. */
export interface TextMatch {
  readonly value: string;
  readonly end: number;
}

/**
 * {@link matchAt} on the tokens of `text` from the token `[start, end)` on, in two tries
 * at once: the longer phrase wins, `first` on a tie.
 */
export function matchTextAt(
  first: TokenTrie,
  second: TokenTrie,
  text: string,
  start: number,
  end: number,
): TextMatch | undefined {
  const sig = signature(text, start, end);
  const inFirst = mayStartWith(first, sig);
  const inSecond = mayStartWith(second, sig);
  if (!inFirst && !inSecond) return undefined;
  let a: TokenTrie | undefined = inFirst ? first : undefined;
  let b: TokenTrie | undefined = inSecond ? second : undefined;
  let best: TextMatch | undefined;
  let from = start;
  let to = end;
  for (;;) {
    const token = text.slice(from, to);
    a = a?.next.get(token);
    b = b?.next.get(token);
    if (a === undefined && b === undefined) return best;
    const value = a?.value ?? b?.value;
    if (value !== undefined) best = { value, end: to };
    from = nextToken(text, to);
    if (from === text.length) return best;
    to = tokenEnd(text, from);
  }
}
