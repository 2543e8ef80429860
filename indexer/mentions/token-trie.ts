/**
 * A trie over word tokens: finds the longest known phrase at each position in one pass.
 * Texts are read token by token in place ({@link matchTextAt}): no array of all their words.
 */
export interface TokenTrie {
  readonly next: Map<string, TokenTrie>;
  value: string | undefined;
}

/** Letters and digits by code-point range, without the u flag: much faster than \p{L}. */
export const TOKEN_CLASS =
  "0-9A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u1FFF\\u2C00-\\uD7FF";
const TOKEN = new RegExp(`[${TOKEN_CLASS}]+`, "g");

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
  let a: TokenTrie | undefined = first;
  let b: TokenTrie | undefined = second;
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
