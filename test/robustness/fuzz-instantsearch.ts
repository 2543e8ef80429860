import fc from "fast-check";
import { anyText } from "./fuzz-text.js";

/** Filter strings: mostly near the grammar (so deep paths run), sometimes anything. */
const filterText: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(
        "speaker",
        '"speaker"',
        "mentions",
        "location",
        "timestamp",
        "date",
        "text",
        "NOT speaker",
        "(speaker",
      ),
      fc.constantFrom(
        "=",
        "!=",
        " IN ",
        " NOT IN ",
        ">=",
        "<",
        " TO ",
        " EXISTS",
        "",
      ),
      fc.oneof(
        fc.constantFrom(
          '"Wang Yi"',
          '["Wang Yi", "Sergey Lavrov"]',
          "1626307200",
          "2021-07-15",
          "2021-07-15 TO 2021-07-16",
          "1.5",
          "[",
          '"unterminated',
        ),
        anyText,
      ),
      fc.constantFrom(
        "",
        " AND speaker = x",
        " OR (date > 2020-01-01)",
        ")",
        " junk",
      ),
    )
    .map((parts) => parts.join("")),
  anyText,
);

const filter = fc.oneof(
  filterText,
  fc.array(fc.oneof(filterText, fc.array(filterText, { maxLength: 3 })), {
    maxLength: 4,
  }),
  fc.jsonValue(),
);

const searchParams = {
  q: fc.oneof(
    anyText,
    fc.constantFrom("russia", "multilaterlism"),
    fc.jsonValue(),
  ),
  facets: fc.oneof(
    fc.subarray(["speaker", "timestamp", "mentions", "location", "text"]),
    fc.jsonValue(),
  ),
  filter,
  sort: fc.oneof(
    fc.constant(["timestamp:desc"]),
    fc.array(anyText, { maxLength: 2 }),
  ),
  attributesToHighlight: fc.oneof(
    fc.constant(["*"]),
    fc.subarray(["text", "speaker", "releaseHash"]),
  ),
  highlightPreTag: fc.oneof(
    fc.constantFrom("<mark>", "__ais-highlight__"),
    anyText,
  ),
  highlightPostTag: fc.oneof(
    fc.constantFrom("</mark>", "__/ais-highlight__"),
    anyText,
  ),
  attributesToRetrieve: fc.subarray(["id", "text", "speaker", "nope"]),
  page: fc.oneof(fc.integer({ min: -1, max: 10_002 }), fc.double()),
  hitsPerPage: fc.integer({ min: -1, max: 102 }),
  offset: fc.integer({ min: -1, max: 1_000_001 }),
  limit: fc.integer({ min: -1, max: 102 }),
  showMatchesPosition: fc.oneof(fc.boolean(), fc.jsonValue()),
  matchingStrategy: fc.constantFrom("all", "last", "frequency"),
  attributesToCrop: fc.constantFrom([], ["text"]),
  unknownParameter: fc.jsonValue(),
};

/** `POST /v1/instantsearch/multi-search` bodies: valid, nearly valid and broken. */
export const multiSearchBody: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .array(
        fc.record(
          {
            indexUid: fc.constantFrom("releases", "releases", "movies"),
            ...searchParams,
          },
          { requiredKeys: ["indexUid"] },
        ),
        { minLength: 0, maxLength: 3 },
      )
      .map((queries) => JSON.stringify({ queries })),
  },
  { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: anyText },
);

/** `POST /v1/instantsearch/indexes/{uid}/facet-search` bodies. */
export const facetSearchBody: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .record(
        {
          facetName: fc.constantFrom("speaker", "speaker", "location"),
          facetQuery: fc.oneof(anyText, fc.constantFrom("lavrof", "wang", "")),
          ...searchParams,
        },
        { requiredKeys: ["facetName"] },
      )
      .map((body) => JSON.stringify(body)),
  },
  { weight: 1, arbitrary: anyText },
);
