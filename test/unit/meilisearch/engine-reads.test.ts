import { expect } from "chai";
import { appErrorOf, makeEngine, meili } from "./nock-harness.js";
import { errorLike, recorded, replay } from "./recorded.js";

// Answers recorded from a real Meilisearch (recorded.ts): the API on a search-only
// key over index `samples`, and the contract suite's indexes (`test_contract_…`).
const { searches, indexes, errors, tasks } = recorded;
const CONTRACT_INDEX = "test_contract_mx2qzbb6_1";

describe("Meilisearch engine reads (nock, recorded answers)", () => {
  it("search when filtered by speaker with facets and highlight then sends one multi-search with a disjunctive speaker count and reads hits, highlights, facets and totals", async () => {
    const exchange = searches.disjunctiveHighlighted;
    const [main, speakerCounts] = exchange.response.results;
    const scope = replay(meili(), exchange);

    const result = await makeEngine().search("samples", {
      q: "sanctons",
      page: 1,
      hitsPerPage: 20,
      highlight: true,
      facets: ["speaker", "mentions"],
      filters: { speakers: ["Vladimir Putin"] },
    });

    const { _formatted, ...first } = main.hits[0];
    expect(result.hits).to.have.length(6);
    expect(result.hits[0]).to.deep.equal({
      id: first.id,
      document: first,
      highlight: [
        { text: "We are not surprised by any restrictions or ", match: false },
        { text: "sanction", match: true },
        {
          text: "s; this does not frighten us and will never force us to abandon our independent, sovereign path of development.",
          match: false,
        },
      ],
    });
    // The document is read from the hit's own fields: `_formatted` holds numbers as strings.
    expect(_formatted.timestamp).to.equal("1528243200");
    expect(result.hits[0]?.document.timestamp).to.equal(1528243200);
    for (const hit of result.hits) {
      // The typo "sanctons" matches the prefix of "sanctions" in every sentence.
      expect(hit.highlight).to.deep.include({ text: "sanction", match: true });
    }
    expect(result.total).to.equal(6);
    expect(result.totalIsEstimate).to.equal(false);
    expect(result.facets).to.deep.equal({
      mentions: { "United States": 2, Russia: 2 },
      speaker: speakerCounts.facetDistribution.speaker,
    });
    expect(result.facets.speaker?.["Vladimir Putin"]).to.equal(6);
    expect(result.processingTimeMs).to.equal(4);
    scope.done();
  });

  it("search when a speaker name tries to inject filter syntax then the escaped filter matches nothing while both speakers exist", async () => {
    const exchange = searches.hostileSpeakerFilter;
    const scope = replay(meili(), exchange);

    const result = await makeEngine().search("samples", {
      q: "",
      page: 1,
      hitsPerPage: 20,
      facets: ["speaker"],
      filters: { speakers: ['Wang Yi" OR speaker = "Sergey Lavrov'] },
    });

    expect(result.hits).to.deep.equal([]);
    expect(result.total).to.equal(0);
    expect(result.facets.speaker).to.include({
      "Wang Yi": 13,
      "Sergey Lavrov": 5,
    });
    scope.done();
  });

  it("search when Meilisearch rejects a query then throws internal with its code", async () => {
    const scope = meili()
      .post("/multi-search")
      .reply(
        400,
        errorLike(
          "invalid_search_sort",
          "Inside `.queries[0]`: Attribute `timestamp` is not sortable.",
        ),
      );

    const err = await appErrorOf(
      makeEngine().search("releases", {
        q: "",
        page: 1,
        hitsPerPage: 5,
        sort: "date:asc",
      }),
    );

    expect(err.code).to.equal("internal");
    expect(err.message)
      .to.contain("invalid_search_sort")
      .and.contain("not sortable");
    scope.done();
  });

  it("search when the index does not exist then Meilisearch answers 400 index_not_found and the engine throws not_found", async () => {
    const scope = replay(meili(), errors.multiSearchIndexNotFound);

    const err = await appErrorOf(
      makeEngine().search(`${CONTRACT_INDEX}__11`, {
        q: "anything",
        page: 1,
        hitsPerPage: 20,
      }),
    );

    expect(err.code).to.equal("not_found");
    expect(err.message).to.contain("400 index_not_found");
    scope.done();
  });

  it("searchFacetValues when given a surname then searches speakerVariants and maps each variant back to its speaker", async () => {
    const scope = replay(meili(), searches.speakerFacetSearch);

    const speakers = await makeEngine().searchFacetValues("samples", {
      facet: "speaker",
      query: " putin ",
    });

    expect(speakers).to.deep.equal([
      { value: "Vladimir Putin", count: 2406 },
      { value: "V. Putin", count: 4 },
    ]);
    scope.done();
  });

  it("searchFacetValues when the query is empty then counts every speaker with a placeholder search", async () => {
    const scope = replay(meili(), searches.speakerCounts);

    const speakers = await makeEngine().searchFacetValues(
      `${CONTRACT_INDEX}__4`,
      { facet: "speaker", query: "" },
    );

    expect(speakers).to.deep.equal([
      { value: "Wang Yi", count: 3 },
      { value: "Sergey Lavrov", count: 1 },
      { value: "Zhao Lijian", count: 1 },
    ]);
    scope.done();
  });

  it("countDocuments when the index exists then reads numberOfDocuments from its stats", async () => {
    const scope = replay(meili(), indexes.stats);

    expect(await makeEngine().countDocuments("samples")).to.equal(6892);
    scope.done();
  });

  it("countDocuments when the index does not exist then returns null", async () => {
    const scope = replay(meili(), errors.statsIndexNotFound);

    expect(await makeEngine().countDocuments(`${CONTRACT_INDEX}__10`)).to.equal(
      null,
    );
    scope.done();
  });

  it("countDocuments when a search-only key may not read stats then counts with a search, and keeps doing so", async () => {
    const scope = meili();
    replay(scope, errors.statsForbidden);
    replay(scope, searches.countBySearch);
    replay(scope, searches.countBySearch);
    const engine = makeEngine();

    expect(await engine.countDocuments("samples")).to.equal(6892);
    expect(await engine.countDocuments("samples")).to.equal(6892);
    scope.done();
  });

  it("listIndexes when one page holds every index then keeps the prefixed ones", async () => {
    const scope = replay(meili(), indexes.listIndexes);

    expect(await makeEngine().listIndexes!("bench")).to.deep.equal([
      "bench41k",
    ]);
    scope.done();
  });

  it("listIndexes when there are several pages then reads them all and keeps the prefixed ones", async () => {
    const page = indexes.listIndexes.response;
    const entry = (uid: string) => ({ ...page.results[0], uid });
    const scope = meili();
    replay(scope, indexes.listIndexes, {
      response: {
        ...page,
        results: Array.from({ length: 100 }, (_, i) =>
          entry(i === 0 ? "releases_tmp_1" : `other_${String(i)}`),
        ),
        total: 101,
      },
    });
    replay(scope, indexes.listIndexes, {
      path: "/indexes?offset=100&limit=100",
      response: {
        ...page,
        results: [entry("releases_tmp_2")],
        offset: 100,
        total: 101,
      },
    });

    expect(await makeEngine().listIndexes!("releases_tmp")).to.deep.equal([
      "releases_tmp_1",
      "releases_tmp_2",
    ]);
    scope.done();
  });

  it("getSettings when the index exists then reads its primary key and the settings the indexer sent", async () => {
    const sent = tasks.updateSettings.request;
    const scope = meili();
    replay(scope, indexes.getIndex);
    replay(scope, indexes.getSettings);

    const settings = await makeEngine().getSettings!("samples");

    expect(settings?.primaryKey).to.equal("id");
    expect(settings?.searchableAttributes).to.deep.equal(
      sent.searchableAttributes,
    );
    expect(settings?.filterableAttributes).to.have.members(
      sent.filterableAttributes,
    );
    scope.done();
  });

  it("getSettings when the index does not exist then returns null", async () => {
    const notFound = errors.statsIndexNotFound;
    const scope = replay(meili(), notFound, {
      path: "/indexes/missing",
      response: {
        ...notFound.response,
        message: "Index `missing` not found.",
      },
    });

    expect(await makeEngine().getSettings!("missing")).to.equal(null);
    scope.done();
  });

  it("health when Meilisearch is available then resolves", async () => {
    // Not in the recordings; this is the answer Meilisearch documents for /health.
    const scope = meili().get("/health").reply(200, { status: "available" });

    await makeEngine().health();

    scope.done();
  });
});
