import fc from "fast-check";
import { anyText } from "./fuzz-text.js";

const validDate = fc
  .date({
    min: new Date("1990-01-01T00:00:00Z"),
    max: new Date("2030-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

/** Plausible values of each search parameter, valid and not. */
const searchValues: Record<string, fc.Arbitrary<string>> = {
  q: fc.oneof(
    fc.constantFrom("lavrov", "multilaterlism", "wang yi", "un", "sco"),
    anyText,
  ),
  speaker: fc.oneof(
    fc.constantFrom("Wang Yi", "Sergey Lavrov", "Journalist"),
    anyText,
  ),
  release: fc.oneof(
    fc.constantFrom(
      "2021-07-15-wang-yi-meets-with-russian-foreign-minister-sergey-lavrov",
    ),
    anyText,
  ),
  from: fc.oneof(validDate, anyText),
  to: fc.oneof(validDate, anyText),
  sort: fc.oneof(
    fc.constantFrom("relevance", "date:desc", "date:asc", "position:asc"),
    anyText,
  ),
  page: fc.oneof(
    fc.integer({ min: -5, max: 10_005 }).map(String),
    fc.constantFrom("1.5", "0x10", " 2", "1e3", ""),
    anyText,
  ),
  hitsPerPage: fc.oneof(fc.integer({ min: -1, max: 150 }).map(String), anyText),
  facets: fc.oneof(
    fc
      .subarray(["speaker", "releaseId", "location", "mentions", "category"])
      .map((list) => list.join(",")),
    anyText,
  ),
};

const searchNames = Object.keys(searchValues);

/** One query parameter: a known name with a plausible value, or anything. */
const searchParam: fc.Arbitrary<[string, string]> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .constantFrom(...searchNames)
      .chain((name) =>
        searchValues[name]!.map((value): [string, string] => [name, value]),
      ),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(
      fc.oneof(
        fc.constantFrom("q[a]", "speaker[]", "__proto__", "constructor", "Q"),
        fc.string({ maxLength: 10 }),
      ),
      anyText,
    ),
  },
);

/** A query string: repeated parameters, sometimes raw (invalid percent-encoding, bare `&&=`). */
export const searchQueryString: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.array(searchParam, { maxLength: 8 }).map(encodePairs),
  },
  { weight: 1, arbitrary: rawQueryString() },
);

/** The query string of `/v1/speakers`. */
export const speakersQueryString: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .array(fc.tuple(fc.constantFrom("q", "q", "x"), anyText), {
        maxLength: 3,
      })
      .map(encodePairs),
  },
  { weight: 1, arbitrary: rawQueryString() },
);

/** A query string for endpoints that take none. */
export const strayQueryString: fc.Arbitrary<string> = fc.oneof(
  fc.constant(""),
  fc
    .array(fc.tuple(fc.string({ maxLength: 6 }), anyText), { maxLength: 3 })
    .map(encodePairs),
  rawQueryString(),
);

function rawQueryString(): fc.Arbitrary<string> {
  const piece = fc.oneof(
    fc.constantFrom(
      "q=",
      "speaker=",
      "&",
      "=",
      "%",
      "%2",
      "%ZZ",
      "%E0%A4%A",
      "%C0%AF",
      "%FF",
      "+",
      "#",
      "?",
    ),
    fc
      .integer({ min: 0, max: 255 })
      .map((b) => `%${b.toString(16).padStart(2, "0")}`),
    fc
      .string({ unit: "grapheme-ascii", maxLength: 6 })
      .map((s) => s.replace(/[\s#]/g, "_")),
  );
  return fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(""));
}

function encodePairs(pairs: readonly (readonly [string, string])[]): string {
  return new URLSearchParams(pairs.map(([k, v]) => [k, v])).toString();
}

/** A path segment: a real id, an encoded arbitrary string, or raw (bad) percent-encoding. */
export function pathSegment(realIds: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...realIds) },
    {
      weight: 3,
      arbitrary: anyText.filter((s) => s !== "").map(encodeSegment),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        "%",
        "%ZZ",
        "%E0%A4%A",
        "%C0%AF",
        "..",
        "%2e%2e",
        "%2F",
        "a%00b",
        "x".repeat(600),
      ),
    },
  );
}

/** Like encodeURIComponent, but lone surrogates become U+FFFD instead of throwing. */
function encodeSegment(text: string): string {
  return encodeURIComponent(
    text.replace(
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      "\uFFFD",
    ),
  );
}

/** A JSON value nested `depth` levels deep. */
const deeplyNested = fc
  .integer({ min: 50, max: 5_000 })
  .map((depth) => `${"[".repeat(depth)}1${"]".repeat(depth)}`);

/** A search body: valid, wrong types, unknown keys, any JSON, deep nesting, not JSON at all. */
export const searchBody: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .record(
        {
          q: fc.oneof(searchValues["q"]!, fc.jsonValue()),
          speaker: fc.oneof(
            fc.array(searchValues["speaker"]!, { maxLength: 4 }),
            fc.jsonValue(),
          ),
          release: fc.oneof(
            fc.array(anyText, { maxLength: 3 }),
            fc.jsonValue(),
          ),
          from: fc.oneof(searchValues["from"]!, fc.jsonValue()),
          to: fc.oneof(searchValues["to"]!, fc.jsonValue()),
          sort: fc.oneof(searchValues["sort"]!, fc.jsonValue()),
          page: fc.oneof(
            fc.integer({ min: -2, max: 10_002 }),
            fc.double(),
            fc.jsonValue(),
          ),
          hitsPerPage: fc.oneof(
            fc.integer({ min: -2, max: 102 }),
            fc.jsonValue(),
          ),
          facets: fc.oneof(
            fc.subarray(["speaker", "releaseId", "location", "mentions"]),
            fc.jsonValue(),
          ),
        },
        { requiredKeys: [] },
      )
      .map((body) => JSON.stringify(body)),
  },
  {
    weight: 2,
    arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)),
  },
  { weight: 1, arbitrary: deeplyNested.map((nested) => `{"q":${nested}}`) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "",
      "{",
      '{"q":"a",}',
      '{"__proto__":{"polluted":1}}',
      '{"constructor":{"prototype":{"x":1}}}',
      `{"q":"${"x".repeat(17 * 1024)}"}`,
      `{"speaker":[${Array(5_000).fill('"a"').join(",")}]}`,
    ),
  },
);
