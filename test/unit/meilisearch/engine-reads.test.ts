import { expect } from "chai";
import { INDEX_SETTINGS } from "../../../config/index-settings.js";
import {
  HIGHLIGHT_POST_TAG as POST,
  HIGHLIGHT_PRE_TAG as PRE,
} from "../../../src/engines/meilisearch/parse-highlight.js";
import {
  buildDocument,
  buildErrorBody,
  liveSettingsResponse,
  buildSearchResult,
} from "./builders.js";
import { appErrorOf, makeEngine, meili } from "./nock-harness.js";

const notFound = buildErrorBody(
  "index_not_found",
  "Index `missing` not found.",
);

describe("Meilisearch engine reads (nock)", () => {
  it("search when filtered by speaker with facets then sends one multi-search with disjunctive facet queries", async () => {
    const doc = buildDocument({ text: "We uphold multilateralism." });
    const scope = meili()
      .post("/multi-search", {
        queries: [
          {
            indexUid: "releases",
            q: "multilateralism",
            matchingStrategy: "all",
            page: 2,
            hitsPerPage: 10,
            filter: [
              ['speaker IN ["Wang Yi\\" OR speaker = \\"x"]'],
              ["timestamp >= 1626307200"],
              ["timestamp <= 1626393599"],
            ],
            sort: ["timestamp:desc", "releaseId:asc", "position:asc"],
            facets: ["location"],
            attributesToRetrieve: [
              "id",
              "text",
              "speaker",
              "speakerRole",
              "releaseId",
              "releaseTitle",
              "category",
              "date",
              "timestamp",
              "location",
              "paragraph",
              "sentence",
              "position",
              "mentions",
              "releaseHash",
            ],
            attributesToHighlight: ["text"],
            highlightPreTag: PRE,
            highlightPostTag: POST,
          },
          {
            indexUid: "releases",
            q: "multilateralism",
            matchingStrategy: "all",
            page: 1,
            hitsPerPage: 0,
            filter: [["timestamp >= 1626307200"], ["timestamp <= 1626393599"]],
            facets: ["speaker"],
          },
        ],
      })
      .reply(200, {
        results: [
          buildSearchResult({
            hits: [
              {
                ...doc,
                _formatted: {
                  ...doc,
                  text: `We uphold ${PRE}multilateralism${POST}.`,
                },
              },
            ],
            totalHits: 11,
            page: 2,
            hitsPerPage: 10,
            totalPages: 2,
            processingTimeMs: 4,
            facetDistribution: { location: { Tashkent: 11 } },
          }),
          buildSearchResult({
            hitsPerPage: 0,
            totalHits: 30,
            processingTimeMs: 2,
            facetDistribution: {
              speaker: { "Wang Yi": 11, "Sergey Lavrov": 19 },
            },
          }),
        ],
      });

    const result = await makeEngine().search("releases", {
      q: "multilateralism",
      page: 2,
      hitsPerPage: 10,
      sort: "date:desc",
      highlight: true,
      facets: ["speaker", "location"],
      filters: {
        speakers: ['Wang Yi" OR speaker = "x'],
        fromTimestamp: 1626307200,
        toTimestamp: 1626393599,
      },
    });

    expect(result).to.deep.equal({
      hits: [
        {
          id: doc.id,
          document: doc,
          highlight: [
            { text: "We uphold ", match: false },
            { text: "multilateralism", match: true },
            { text: ".", match: false },
          ],
        },
      ],
      total: 11,
      totalIsEstimate: false,
      facets: {
        location: { Tashkent: 11 },
        speaker: { "Wang Yi": 11, "Sergey Lavrov": 19 },
      },
      processingTimeMs: 6,
    });
    scope.done();
  });

  it("search when Meilisearch rejects a query then throws internal with its code", async () => {
    const scope = meili()
      .post("/multi-search")
      .reply(
        400,
        buildErrorBody(
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

  it("search when the index does not exist then throws not_found", async () => {
    const scope = meili()
      .post("/multi-search")
      .reply(
        404,
        buildErrorBody(
          "index_not_found",
          "Inside `.queries[0]`: Index `missing` not found.",
        ),
      );

    const err = await appErrorOf(
      makeEngine().search("missing", { q: "", page: 1, hitsPerPage: 5 }),
    );

    expect(err.code).to.equal("not_found");
    scope.done();
  });

  it("searchFacetValues when given a surname then searches speakerVariants and maps hits back to names", async () => {
    const scope = meili()
      .post("/indexes/releases/facet-search", {
        facetName: "speakerVariants",
        facetQuery: "lavrov",
      })
      .reply(200, {
        facetHits: [
          { value: "Lavrov | Sergey Lavrov", count: 19 },
          { value: "Lavrova | Anna Lavrova", count: 2 },
        ],
        facetQuery: "lavrov",
        processingTimeMs: 0,
      });

    const speakers = await makeEngine().searchFacetValues("releases", {
      facet: "speaker",
      query: " lavrov ",
    });

    expect(speakers).to.deep.equal([
      { value: "Sergey Lavrov", count: 19 },
      { value: "Anna Lavrova", count: 2 },
    ]);
    scope.done();
  });

  it("searchFacetValues when the query is empty then counts every speaker with a placeholder search", async () => {
    const scope = meili()
      .post("/indexes/releases/search", {
        q: "",
        page: 1,
        hitsPerPage: 0,
        facets: ["speaker"],
      })
      .reply(
        200,
        buildSearchResult({
          hitsPerPage: 0,
          totalHits: 40,
          facetDistribution: {
            speaker: { "Wang Yi": 13, "Sergey Lavrov": 27 },
          },
        }),
      );

    const speakers = await makeEngine().searchFacetValues("releases", {
      facet: "speaker",
      query: "",
    });

    expect(speakers).to.deep.equal([
      { value: "Sergey Lavrov", count: 27 },
      { value: "Wang Yi", count: 13 },
    ]);
    scope.done();
  });

  it("countDocuments when the index exists then reads numberOfDocuments from its stats", async () => {
    const scope = meili()
      .get("/indexes/releases/stats")
      .reply(200, {
        numberOfDocuments: 41,
        rawDocumentDbSize: 1,
        avgDocumentSize: 1,
        isIndexing: false,
        numberOfEmbeddings: 0,
        numberOfEmbeddedDocuments: 0,
        fieldDistribution: { id: 41 },
      });

    // An import of 42 documents that left 41 is a count mismatch the reindex must catch.
    expect(await makeEngine().countDocuments("releases")).to.equal(41);
    scope.done();
  });

  it("countDocuments when the index does not exist then returns null", async () => {
    const scope = meili().get("/indexes/missing/stats").reply(404, notFound);

    expect(await makeEngine().countDocuments("missing")).to.equal(null);
    scope.done();
  });

  it("countDocuments when the key may not read stats then counts with a search, and keeps doing so", async () => {
    const forbidden = buildErrorBody(
      "invalid_api_key",
      "The provided API key is invalid.",
      "auth",
    );
    const scope = meili()
      .get("/indexes/releases/stats")
      .reply(403, forbidden)
      .post("/indexes/releases/search", {
        q: "",
        page: 1,
        hitsPerPage: 0,
        facets: ["releaseId"],
      })
      .twice()
      .reply(
        200,
        buildSearchResult({
          hitsPerPage: 0,
          totalHits: 12,
          facetDistribution: { releaseId: { a: 12 } },
        }),
      );
    const engine = makeEngine();

    expect(await engine.countDocuments("releases")).to.equal(12);
    expect(await engine.countDocuments("releases")).to.equal(12);
    scope.done();
  });

  it("listIndexes when there are several pages then reads them all and keeps the prefixed ones", async () => {
    const index = (uid: string) => ({
      uid,
      primaryKey: "id",
      createdAt: "2026-01-01T00:00:00Z",
      updatedAt: "2026-01-01T00:00:00Z",
    });
    const page = Array.from({ length: 100 }, (_, i) =>
      index(i === 0 ? "releases_tmp_1" : `other_${String(i)}`),
    );
    const scope = meili()
      .get("/indexes")
      .query({ offset: 0, limit: 100 })
      .reply(200, { results: page, offset: 0, limit: 100, total: 101 })
      .get("/indexes")
      .query({ offset: 100, limit: 100 })
      .reply(200, {
        results: [index("releases_tmp_2")],
        offset: 100,
        limit: 100,
        total: 101,
      });

    expect(await makeEngine().listIndexes!("releases_tmp")).to.deep.equal([
      "releases_tmp_1",
      "releases_tmp_2",
    ]);
    scope.done();
  });

  it("getSettings when the index exists then reads its primary key and settings into our shape", async () => {
    const scope = meili()
      .get("/indexes/releases")
      .reply(200, {
        uid: "releases",
        primaryKey: "id",
        createdAt: "2026-01-01T00:00:00Z",
        updatedAt: "2026-01-01T00:00:00Z",
      })
      .get("/indexes/releases/settings")
      .reply(200, liveSettingsResponse());

    const settings = await makeEngine().getSettings!("releases");

    expect(settings?.primaryKey).to.equal("id");
    expect(settings?.searchableAttributes).to.deep.equal(
      INDEX_SETTINGS.searchableAttributes,
    );
    expect(settings?.filterableAttributes).to.have.members([
      ...INDEX_SETTINGS.filterableAttributes,
    ]);
    scope.done();
  });

  it("getSettings when the index does not exist then returns null", async () => {
    const scope = meili().get("/indexes/missing").reply(404, notFound);

    expect(await makeEngine().getSettings!("missing")).to.equal(null);
    scope.done();
  });

  it("health when Meilisearch is available then resolves", async () => {
    const scope = meili().get("/health").reply(200, { status: "available" });

    await makeEngine().health();

    scope.done();
  });
});
