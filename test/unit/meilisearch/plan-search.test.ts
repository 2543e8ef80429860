import { expect } from "chai";
import { planSearch } from "../../../src/engines/meilisearch/plan-search.js";
import {
  countFromPlaceholderSearch,
  readSearchResults,
  toSentenceDocument,
} from "../../../src/engines/meilisearch/read-search-results.js";
import {
  HIGHLIGHT_POST_TAG,
  HIGHLIGHT_PRE_TAG,
} from "../../../src/engines/meilisearch/parse-highlight.js";
import { AppError } from "../../../src/errors/app-error.js";
import type { SearchQuery } from "../../../src/search/search-engine.js";
import { buildDocument } from "./builders.js";
import { recorded } from "./recorded.js";

function planFor(index: string, query: SearchQuery) {
  return planSearch(index, query);
}

function buildQuery(overrides: Partial<SearchQuery> = {}): SearchQuery {
  return { q: "multilateralism", page: 1, hitsPerPage: 20, ...overrides };
}

describe("planSearch", () => {
  it("planSearch when no facet has its own filter then sends one query with every filter and facet", () => {
    const plan = planFor(
      "releases",
      buildQuery({
        filters: { fromTimestamp: 5 },
        facets: ["speaker", "location"],
        sort: "date:desc",
      }),
    );

    expect(plan.queries).to.have.length(1);
    expect(plan.queries[0]).to.include({
      indexUid: "releases",
      q: "multilateralism",
      matchingStrategy: "all",
      page: 1,
      hitsPerPage: 20,
    });
    expect(plan.queries[0]?.filter).to.deep.equal([["timestamp >= 5"]]);
    expect(plan.queries[0]?.facets).to.deep.equal(["speaker", "location"]);
    expect(plan.queries[0]?.sort).to.deep.equal([
      "timestamp:desc",
      "releaseId:asc",
      "position:asc",
    ]);
    expect(plan.queries[0]).not.to.have.property("attributesToHighlight");
  });

  it("planSearch when speaker and release are filtered then counts each facet without its own filter", () => {
    const plan = planFor(
      "releases",
      buildQuery({
        filters: { speakers: ["Wang Yi"], releaseIds: ["r1"] },
        facets: ["speaker", "releaseId", "mentions"],
      }),
    );

    expect(plan.queries.map((q) => q.facets)).to.deep.equal([
      ["mentions"],
      ["speaker"],
      ["releaseId"],
    ]);
    expect(plan.queries[0]?.filter).to.deep.equal([
      ['speaker IN ["Wang Yi"]'],
      ['releaseId IN ["r1"]'],
    ]);
    expect(plan.queries[1]).to.deep.equal({
      indexUid: "releases",
      q: "multilateralism",
      matchingStrategy: "all",
      page: 1,
      hitsPerPage: 0,
      filter: [['releaseId IN ["r1"]']],
      facets: ["speaker"],
    });
    expect(plan.queries[2]?.filter).to.deep.equal([['speaker IN ["Wang Yi"]']]);
  });

  it("planSearch when highlighting then asks for sentinel tags on text without cropping", () => {
    const [main] = planFor("releases", buildQuery({ highlight: true })).queries;

    expect(main).to.include({
      highlightPreTag: HIGHLIGHT_PRE_TAG,
      highlightPostTag: HIGHLIGHT_POST_TAG,
    });
    expect(main?.attributesToHighlight).to.deep.equal(["text"]);
    expect(main).not.to.have.property("attributesToCrop");
  });

  it("planSearch when sorting by date then ties break by release before position", () => {
    const sortOf = (sort: "date:desc" | "date:asc") =>
      planFor("r", buildQuery({ sort })).queries[0]?.sort;

    expect(sortOf("date:desc")).to.deep.equal([
      "timestamp:desc",
      "releaseId:asc",
      "position:asc",
    ]);
    expect(sortOf("date:asc")).to.deep.equal([
      "timestamp:asc",
      "releaseId:asc",
      "position:asc",
    ]);
  });

  it("planSearch when each order is asked then maps it to sortable attributes", () => {
    const sortOf = (sort: NonNullable<SearchQuery["sort"]>) =>
      planFor("r", buildQuery({ sort })).queries[0]?.sort;

    expect(sortOf("relevance")).to.equal(undefined);
    expect(sortOf("date:asc")).to.deep.equal([
      "timestamp:asc",
      "releaseId:asc",
      "position:asc",
    ]);
    expect(sortOf("position:asc")).to.deep.equal(["position:asc"]);
  });
});

describe("highlight tags on the wire", () => {
  it("planSearch when highlighting then asks for the private-use tags that the recorded requests used and Meilisearch echoed", () => {
    const exchange = recorded.searches.disjunctiveHighlighted;
    const [sent] = exchange.request.queries;
    const formatted: string =
      exchange.response.results[0].hits[0]._formatted.text;

    const [planned] = planFor(
      "samples",
      buildQuery({ q: "sanctons", highlight: true }),
    ).queries;

    expect(planned).to.include({
      highlightPreTag: sent.highlightPreTag,
      highlightPostTag: sent.highlightPostTag,
    });
    expect(formatted).to.contain(
      `${HIGHLIGHT_PRE_TAG}sanction${HIGHLIGHT_POST_TAG}s`,
    );
  });
});

describe("readSearchResults", () => {
  it("readSearchResults when hits carry fields beyond the document then keeps the document, and a total at maxTotalHits is an estimate", () => {
    const [main, speakers] = recorded.searches.disjunctiveHighlighted.response
      .results as Record<string, any>[];
    const { _formatted, ...doc } = main!["hits"][0];
    const plan = planFor(
      "samples",
      buildQuery({
        q: "sanctons",
        highlight: true,
        filters: { speakers: ["Vladimir Putin"] },
        facets: ["speaker", "mentions"],
      }),
    );
    const hit = {
      ...main!["hits"][0],
      speakerVariants: ["Vladimir Putin", "Putin | Vladimir Putin"],
      _rankingScore: 0.9,
    };

    const read = readSearchResults(
      plan,
      [{ ...main, hits: [hit], totalHits: 10_000 }, speakers],
      10_000,
    );

    expect(read.hits).to.have.length(1);
    expect(read.hits[0]?.document).to.deep.equal(doc);
    expect(read.hits[0]?.highlight?.filter((s) => s.match)).to.deep.equal([
      { text: "sanction", match: true },
    ]);
    expect(read.facets).to.deep.equal({
      mentions: main!["facetDistribution"].mentions,
      speaker: speakers!["facetDistribution"].speaker,
    });
    expect(read).to.include({
      total: 10_000,
      totalIsEstimate: true,
      processingTimeMs: 4,
    });
  });

  it("readSearchResults when a result is missing or malformed then throws internal", () => {
    const [main] = recorded.searches.hostileSpeakerFilter.response.results;
    const plan = planFor(
      "releases",
      buildQuery({ filters: { speakers: ["x"] }, facets: ["speaker"] }),
    );

    expect(() => readSearchResults(plan, [main], 10)).to.throw(
      AppError,
      /2 queries/,
    );
    expect(() => readSearchResults(plan, [main, { hits: "no" }], 10)).to.throw(
      AppError,
      /result 1/,
    );
  });

  it("toSentenceDocument when a stored document misses a field then throws internal", () => {
    const { mentions: _dropped, ...incomplete } = buildDocument();

    expect(() => toSentenceDocument(incomplete)).to.throw(
      AppError,
      /not a sentence/,
    );
  });
});

describe("countFromPlaceholderSearch", () => {
  const limits = { maxTotalHits: 10, maxValuesPerFacet: 3 };

  it("countFromPlaceholderSearch when the total is below maxTotalHits then returns it", () => {
    expect(countFromPlaceholderSearch({ totalHits: 7 }, limits)).to.equal(7);
  });

  it("countFromPlaceholderSearch when the total is capped then adds up the releaseId counts", () => {
    expect(
      countFromPlaceholderSearch(
        { totalHits: 10, facetDistribution: { releaseId: { a: 8, b: 9 } } },
        limits,
      ),
    ).to.equal(17);
  });

  it("countFromPlaceholderSearch when the releaseId values are capped too then throws internal", () => {
    const facetDistribution = { releaseId: { a: 8, b: 9, c: 1 } };

    expect(() =>
      countFromPlaceholderSearch({ totalHits: 10, facetDistribution }, limits),
    ).to.throw(AppError, /stats\.get/);
  });
});

describe("planSearch and readSearchResults with filter expressions and timestamp facets", () => {
  it("planSearch when a where expression and a timestamp facet are asked then sends both on the main query, and readSearchResults reads facetStats", () => {
    const plan = planFor(
      "releases",
      buildQuery({
        filters: {
          speakers: ["Wang Yi"],
          where: {
            op: "not",
            operand: { op: "in", attribute: "location", values: ["Moscow"] },
          },
        },
        facets: ["speaker", "timestamp"],
      }),
    );
    const [main, counts] = plan.queries;
    expect(main?.filter).to.deep.equal([
      ['speaker IN ["Wang Yi"]'],
      ['(NOT (location IN ["Moscow"]))'],
    ]);
    expect(main?.facets).to.deep.equal(["timestamp"]);
    // The disjunctive speaker count keeps the expression: only `speakers` is left out.
    expect(counts?.filter).to.deep.equal([['(NOT (location IN ["Moscow"]))']]);

    const [recordedMain] = recorded.searches.hostileSpeakerFilter.response
      .results as Record<string, unknown>[];
    const read = readSearchResults(
      plan,
      [
        {
          ...recordedMain,
          facetDistribution: { timestamp: { "1626307200": 2 } },
          facetStats: { timestamp: { min: 1626307200, max: 1626307200 } },
        },
        { ...recordedMain, facetDistribution: { speaker: { "Wang Yi": 2 } } },
      ],
      10_000,
    );
    expect(read.facets.timestamp).to.deep.equal({ "1626307200": 2 });
    expect(read.facetStats).to.deep.equal({
      timestamp: { min: 1626307200, max: 1626307200 },
    });
  });
});
