// One recursive-descent parser (~250 lines): split, the grammar would no longer read in one place.
import type {
  FilterExpression,
  ValueFilterAttribute,
} from "../search/search-engine.js";
import { dateToTimestamp } from "../search/sentence-document.js";
import { FILTER_LIMITS } from "./limits.js";
import {
  FilterSyntaxError,
  type FilterToken,
  tokenize,
} from "./filter-tokens.js";

export { FilterSyntaxError } from "./filter-tokens.js";

const VALUE_ATTRIBUTES: readonly ValueFilterAttribute[] = [
  "speaker",
  "releaseId",
  "location",
  "category",
  "mentions",
];
const DATE_ATTRIBUTES = ["timestamp", "date"] as const;
/** Every attribute a filter may name, for error messages and documentation. */
const FILTERABLE_ATTRIBUTES = [...VALUE_ATTRIBUTES, ...DATE_ATTRIBUTES];

type Comparison = "<" | "<=" | "=" | ">=" | ">";
const COMPARISONS = new Set(["<", "<=", ">=", ">"]);

/**
 * Parses one Meilisearch filter string by our own strict grammar:
 *
 * ```
 * or        = and { "OR" and }
 * and       = not { "AND" not }
 * not       = "NOT" not | "(" or ")" | condition
 * condition = attr ("=" | "!=") value | attr ["NOT"] "IN" "[" value {"," value} "]"
 *           | attr ("<" | "<=" | ">" | ">=") value | attr value "TO" value
 * ```
 *
 * Keywords are upper case; attributes and values may be quoted. Only facet
 * attributes compare with `=`/`IN`; only `timestamp` (integers) and `date`
 * (YYYY-MM-DD, turned into timestamps) compare with ranges.
 *
 * @param budget - conditions already parsed in the same filter parameter (its
 *   array form), so the limit bounds the whole parameter; updated in place
 * @throws FilterSyntaxError naming the 0-based position of the problem
 */
export function parseFilter(
  filter: string,
  budget: { conditions: number } = { conditions: 0 },
): FilterExpression {
  return new Parser(tokenize(filter), budget).parse();
}

class Parser {
  private next = 0;
  private depth = 0;

  constructor(
    private readonly tokens: readonly FilterToken[],
    private readonly budget: { conditions: number },
  ) {}

  parse(): FilterExpression {
    const expression = this.or();
    const rest = this.peek();
    if (rest.kind !== "end") this.fail(`expected AND, OR or the end`, rest);
    return expression;
  }

  private or(): FilterExpression {
    return this.chain("OR", () => this.and());
  }

  private and(): FilterExpression {
    return this.chain("AND", () => this.not());
  }

  private chain(
    keyword: "AND" | "OR",
    operand: () => FilterExpression,
  ): FilterExpression {
    const operands: [FilterExpression, ...FilterExpression[]] = [operand()];
    while (this.isWord(keyword)) {
      this.next++;
      operands.push(operand());
    }
    const op: "and" | "or" = keyword === "AND" ? "and" : "or";
    return operands.length === 1 ? operands[0] : { op, operands };
  }

  private not(): FilterExpression {
    const token = this.peek();
    if (this.isWord("NOT") || (token.kind === "symbol" && token.text === "(")) {
      if (++this.depth > FILTER_LIMITS.maxDepth)
        this.fail(`nested deeper than ${FILTER_LIMITS.maxDepth} levels`, token);
      this.next++;
      const inner =
        token.text === "NOT"
          ? { op: "not" as const, operand: this.not() }
          : this.or();
      if (token.text === "(") this.expectSymbol(")");
      this.depth--;
      return inner;
    }
    return this.condition();
  }

  private condition(): FilterExpression {
    const nameToken = this.peek();
    if (nameToken.kind !== "word" && nameToken.kind !== "string")
      this.fail("expected an attribute", nameToken);
    if (++this.budget.conditions > FILTER_LIMITS.maxConditions)
      this.fail(
        `more than ${FILTER_LIMITS.maxConditions} conditions`,
        nameToken,
      );
    this.next++;
    const name = nameToken.text;
    if ((VALUE_ATTRIBUTES as readonly string[]).includes(name))
      return this.valueCondition(name as ValueFilterAttribute);
    if (name === "timestamp" || name === "date")
      return this.rangeCondition(name);
    return this.fail(
      `\`${name}\` cannot be filtered on; filterable: ${FILTERABLE_ATTRIBUTES.join(", ")}`,
      nameToken,
    );
  }

  private valueCondition(attribute: ValueFilterAttribute): FilterExpression {
    const token = this.take();
    if (
      token.kind === "symbol" &&
      (token.text === "=" || token.text === "!=")
    ) {
      const match = { op: "in" as const, attribute, values: [this.text()] };
      return token.text === "=" ? match : { op: "not", operand: match };
    }
    const negated = token.kind === "word" && token.text === "NOT";
    const keyword = negated ? this.take() : token;
    if (keyword.kind !== "word" || keyword.text !== "IN")
      this.fail(`expected =, !=, IN or NOT IN after ${attribute}`, keyword);
    this.expectSymbol("[");
    const values: string[] = [];
    while (!this.isSymbol("]")) {
      if (values.length === FILTER_LIMITS.maxValuesPerList)
        this.fail(
          `more than ${FILTER_LIMITS.maxValuesPerList} values`,
          this.peek(),
        );
      values.push(this.text());
      if (!this.isSymbol("]")) this.expectSymbol(",");
    }
    this.next++;
    const match = { op: "in" as const, attribute, values };
    return negated ? { op: "not", operand: match } : match;
  }

  private rangeCondition(attribute: "timestamp" | "date"): FilterExpression {
    const token = this.peek();
    if (
      token.kind === "symbol" &&
      (token.text === "=" || token.text === "!=")
    ) {
      this.next++;
      const equal = this.compare("=", this.number(attribute));
      return token.text === "=" ? equal : { op: "not", operand: equal };
    }
    if (token.kind === "symbol" && COMPARISONS.has(token.text)) {
      this.next++;
      return this.compare(token.text as Comparison, this.number(attribute));
    }
    const keyword = token.kind === "word" && /^[A-Z]+$/.test(token.text);
    if (!keyword && (token.kind === "word" || token.kind === "string")) {
      const from = this.number(attribute);
      const to = this.peek();
      if (!this.isWord("TO")) this.fail("expected TO", to);
      this.next++;
      return {
        op: "and",
        operands: [
          this.compare(">=", from),
          this.compare("<=", this.number(attribute)),
        ],
      };
    }
    return this.fail(
      `expected =, !=, <, <=, >, >= or a TO range after ${attribute}`,
      token,
    );
  }

  private compare(operator: Comparison, value: number): FilterExpression {
    return { op: "compare", attribute: "timestamp", operator, value };
  }

  /** A timestamp (an integer), or a date written YYYY-MM-DD as its timestamp. */
  private number(attribute: "timestamp" | "date"): number {
    const token = this.take();
    if (token.kind !== "word" && token.kind !== "string")
      this.fail(`expected a ${attribute} value`, token);
    if (attribute === "date") {
      const value = /^\d{4}-\d{2}-\d{2}$/.test(token.text)
        ? dateToTimestamp(token.text)
        : NaN;
      if (!Number.isSafeInteger(value) || isoDay(value) !== token.text)
        this.fail("expected a date written YYYY-MM-DD", token);
      return value;
    }
    const value = /^-?\d{1,16}$/.test(token.text) ? Number(token.text) : NaN;
    if (!Number.isSafeInteger(value))
      this.fail("expected an integer timestamp (Unix seconds)", token);
    return value;
  }

  /** A string value: quoted, or a bare word. */
  private text(): string {
    const token = this.take();
    if (token.kind !== "word" && token.kind !== "string")
      this.fail("expected a value", token);
    if (token.text === "" || token.text.length > FILTER_LIMITS.maxValueLength)
      this.fail(
        `values have 1 to ${FILTER_LIMITS.maxValueLength} characters`,
        token,
      );
    return token.text;
  }

  private peek(): FilterToken {
    // tokenize() always ends with an `end` token, and take() never passes it.
    return this.tokens[this.next] ?? END;
  }

  private take(): FilterToken {
    const token = this.peek();
    if (token.kind !== "end") this.next++;
    return token;
  }

  private isWord(word: string): boolean {
    const token = this.peek();
    return token.kind === "word" && token.text === word;
  }

  private isSymbol(symbol: string): boolean {
    const token = this.peek();
    return token.kind === "symbol" && token.text === symbol;
  }

  private expectSymbol(symbol: string): void {
    if (!this.isSymbol(symbol))
      this.fail(`expected \`${symbol}\``, this.peek());
    this.next++;
  }

  private fail(message: string, token: FilterToken): never {
    const found = token.kind === "end" ? "the end" : `\`${token.text}\``;
    throw new FilterSyntaxError(`${message}, found ${found}`, token.position);
  }
}

const END: FilterToken = { kind: "end", text: "", position: 0 };

function isoDay(timestamp: number): string {
  return new Date(timestamp * 1000).toISOString().slice(0, 10);
}
