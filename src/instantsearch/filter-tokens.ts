/** One token of a Meilisearch filter, with its 0-based position in the filter text. */
export interface FilterToken {
  readonly kind: "word" | "string" | "symbol" | "end";
  /** Words and symbols as written; strings unescaped. */
  readonly text: string;
  readonly position: number;
}

/** A filter the grammar refuses; `position` is the 0-based character offset. */
export class FilterSyntaxError extends Error {
  override name = "FilterSyntaxError";
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}

const SYMBOLS = ["!=", ">=", "<=", "=", ">", "<", "(", ")", "[", "]", ","];
/** Characters of a bare word: keywords, attributes, numbers, dates, simple values. */
const WORD = /[\p{L}\p{N}\p{M}_.:+\-@/]/uy;

/**
 * Splits a filter into tokens. Strings are single- or double-quoted; inside them
 * a backslash escapes the quote or a backslash (Meilisearch's rule), and any
 * other backslash is kept.
 */
export function tokenize(filter: string): FilterToken[] {
  const tokens: FilterToken[] = [];
  let i = 0;
  while (i < filter.length) {
    const ch = filter.charAt(i);
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '"' || ch === "'") {
      const [text, next] = readString(filter, i, ch);
      tokens.push({ kind: "string", text, position: i });
      i = next;
      continue;
    }
    const symbol = SYMBOLS.find((s) => filter.startsWith(s, i));
    if (symbol !== undefined) {
      tokens.push({ kind: "symbol", text: symbol, position: i });
      i += symbol.length;
      continue;
    }
    const start = i;
    WORD.lastIndex = i;
    while (WORD.test(filter)) i = WORD.lastIndex;
    if (i === start) throw new FilterSyntaxError(`unexpected \`${ch}\``, i);
    tokens.push({
      kind: "word",
      text: filter.slice(start, i),
      position: start,
    });
  }
  tokens.push({ kind: "end", text: "", position: filter.length });
  return tokens;
}

function readString(
  filter: string,
  start: number,
  quote: string,
): [string, number] {
  let text = "";
  for (let i = start + 1; i < filter.length; i++) {
    const ch = filter.charAt(i);
    if (ch === quote) return [text, i + 1];
    const next = filter.charAt(i + 1);
    if (ch === "\\" && (next === quote || next === "\\")) {
      text += next;
      i++;
    } else text += ch;
  }
  throw new FilterSyntaxError("unterminated string", start);
}
