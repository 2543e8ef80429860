import { instantMeiliSearch } from "@meilisearch/instant-meilisearch";
import { expect } from "chai";
import { buildDocument } from "../builders.js";
import {
  HOSTILE_TEXT,
  request,
  seedDocuments,
  startTestApi,
  type TestApi,
} from "./api-harness.js";

describe("POST /v1/instantsearch", () => {
  let api: TestApi;

  before(async () => {
    api = await startTestApi({
      documents: [
        ...(await seedDocuments()),
        buildDocument({
          id: "hostile-0",
          releaseId: "hostile",
          text: HOSTILE_TEXT,
          speaker: "Jane Roe",
          date: "2022-03-03",
        }),
      ],
    });
  });
  after(async () => api.close());

  const multiSearch = (queries: unknown[], init: RequestInit = {}) =>
    request(`${api.url}/v1/instantsearch/multi-search`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ queries }),
      ...init,
    });

  function expectMeilisearchError(
    answer: { status: number; body: any },
    status: number,
    code: string,
  ): void {
    expect(answer.status).to.equal(status);
    expect(answer.body).to.deep.equal({
      message: answer.body.message,
      code,
      type: "invalid_request",
      link: `https://www.meilisearch.com/docs/reference/errors/error_codes#${code}`,
    });
    expect(answer.body.message).to.be.a("string").and.not.equal("");
  }

  it("multi-search when asked with page/hitsPerPage then answers Meilisearch's finite-pagination shape", async () => {
    const answer = await multiSearch([
      {
        indexUid: "releases",
        q: "multilaterlism",
        facets: ["speaker", "timestamp"],
        attributesToHighlight: ["*"],
        highlightPreTag: "__ais-highlight__",
        highlightPostTag: "__/ais-highlight__",
        hitsPerPage: 5,
        page: 1,
      },
    ]);

    expect(answer.status).to.equal(200);
    expect(answer.headers.get("cache-control")).to.equal("no-store");
    const [result] = answer.body.results;
    expect(result).to.include({
      indexUid: "releases",
      query: "multilaterlism",
      hitsPerPage: 5,
      page: 1,
      totalHits: 1,
      totalPages: 1,
    });
    expect(result.processingTimeMs).to.be.a("number");
    expect(result.facetDistribution).to.deep.equal({
      speaker: { "Wang Yi": 1 },
      timestamp: { "1626307200": 1 },
    });
    expect(result.facetStats).to.deep.equal({
      timestamp: { min: 1626307200, max: 1626307200 },
    });
    expect(result.hits[0]._formatted.text).to.contain(
      "__ais-highlight__multilateralism__/ais-highlight__",
    );
    expect(result.hits[0]).to.not.have.property("releaseHash");
  });

  it("multi-search when asked with offset/limit off a page boundary then answers that window and estimatedTotalHits", async () => {
    const expected = await request(
      `${api.url}/v1/search?q=russia&hitsPerPage=20`,
    );
    const answer = await multiSearch([
      { indexUid: "releases", q: "russia", offset: 3, limit: 4 },
    ]);

    const [result] = answer.body.results;
    expect(result).to.include({
      limit: 4,
      offset: 3,
      estimatedTotalHits: expected.body.totalHits,
    });
    expect(result).to.not.have.property("totalHits");
    expect(result.hits.map((h: { id: string }) => h.id)).to.deep.equal(
      expected.body.hits.slice(3, 7).map((h: { id: string }) => h.id),
    );
    expect(result.hits[0]).to.not.have.property("_formatted");
  });

  it("multi-search when another index is named then answers 404 index_not_found", async () => {
    expectMeilisearchError(
      await multiSearch([{ indexUid: "movies", q: "x" }]),
      404,
      "index_not_found",
    );
  });

  it("multi-search when a parameter is unknown then answers 400 bad_request naming it", async () => {
    const answer = await multiSearch([
      { indexUid: "releases", q: "x", showRankingScore: true },
    ]);
    expectMeilisearchError(answer, 400, "bad_request");
    expect(answer.body.message).to.equal(
      "Unknown field `showRankingScore` inside `.queries[0]`",
    );
  });

  it("multi-search when a filter breaks the grammar then answers 400 invalid_search_filter with the position", async () => {
    const answer = await multiSearch([
      {
        indexUid: "releases",
        q: "",
        filter: ['"speaker"="Wang Yi"', ["text = x"]],
      },
    ]);
    expectMeilisearchError(answer, 400, "invalid_search_filter");
    expect(answer.body.message).to.match(
      /^Invalid filter at `.queries\[0\].filter\[1\]\[0\]`, position 0: `text` cannot be filtered on/,
    );
  });

  const refusals: [string, Record<string, unknown>, string, RegExp][] = [
    [
      "hitsPerPage above 100",
      { hitsPerPage: 101 },
      "invalid_search_hits_per_page",
      /hitsPerPage/,
    ],
    ["page above 10000", { page: 10_001 }, "invalid_search_page", /page/],
    [
      "q over 512 characters",
      { q: "a".repeat(513) },
      "invalid_search_q",
      /512/,
    ],
    [
      "a matching strategy other than all",
      { matchingStrategy: "last" },
      "invalid_search_matching_strategy",
      /only `all`/,
    ],
    [
      "cropping",
      { attributesToCrop: ["text"] },
      "invalid_search_attributes_to_crop",
      /one sentence/,
    ],
    [
      "a sort on another attribute",
      { sort: ["position:asc"] },
      "invalid_search_sort",
      /sort/,
    ],
    [
      "an unknown facet",
      { facets: ["text"] },
      "invalid_search_facets",
      /facets/,
    ],
    [
      "pages mixed with offsets",
      { page: 2, limit: 5 },
      "invalid_search_page",
      /not both/,
    ],
  ];
  for (const [what, params, code, message] of refusals) {
    it(`multi-search when given ${what} then answers 400 ${code}`, async () => {
      const answer = await multiSearch([{ indexUid: "releases", ...params }]);
      expectMeilisearchError(answer, 400, code);
      expect(answer.body.message).to.match(message);
    });
  }

  it("multi-search when the body is not JSON then answers 415 in Meilisearch's shape", async () => {
    const answer = await request(`${api.url}/v1/instantsearch/multi-search`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "queries",
    });
    expectMeilisearchError(answer, 415, "invalid_content_type");
  });

  it("facet-search when a speaker name is misspelt then finds the speaker with counts under q", async () => {
    const expected = await request(`${api.url}/v1/search?q=russia`);
    const answer = await request(
      `${api.url}/v1/instantsearch/indexes/releases/facet-search`,
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          q: "russia",
          facetName: "speaker",
          facetQuery: "lavrof",
          attributesToHighlight: ["*"],
          highlightPreTag: "__ais-highlight__",
          highlightPostTag: "__/ais-highlight__",
          hitsPerPage: 20,
          page: 1,
        }),
      },
    );

    expect(answer.status).to.equal(200);
    expect(answer.body.facetHits).to.deep.equal([
      {
        value: "Sergey Lavrov",
        count: expected.body.facets.speaker["Sergey Lavrov"],
      },
    ]);
    expect(answer.body.facetQuery).to.equal("lavrof");
  });

  it("facet-search when another facet is named then answers 400", async () => {
    const answer = await request(
      `${api.url}/v1/instantsearch/indexes/releases/facet-search`,
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ facetName: "location", facetQuery: "b" }),
      },
    );
    expectMeilisearchError(answer, 400, "invalid_facet_search_facet_name");
  });

  it("CORS preflight when instant-meilisearch's client header is asked then allows it", async () => {
    const answer = await fetch(`${api.url}/v1/instantsearch/multi-search`, {
      method: "OPTIONS",
      headers: {
        origin: "http://frontend.example",
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type,x-meilisearch-client",
      },
    });
    expect(answer.headers.get("access-control-allow-headers")).to.match(
      /X-Meilisearch-Client/,
    );
  });

  it("multi-search when the client is over the rate limit then answers 429 in Meilisearch's shape", async () => {
    const limited = await startTestApi({
      documents: await seedDocuments(),
      env: { RATE_LIMIT_MAX: "1" },
    });
    try {
      const send = () =>
        request(`${limited.url}/v1/instantsearch/multi-search`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ queries: [{ indexUid: "releases" }] }),
        });
      expect((await send()).status).to.equal(200);
      const answer = await send();
      expect(answer.status).to.equal(429);
      expect(answer.body).to.include({
        code: "too_many_search_requests",
        type: "invalid_request",
      });
      expect(answer.headers.get("retry-after")).to.match(/^\d+$/);
    } finally {
      await limited.close();
    }
  });

  describe("through instant-meilisearch 1.0.0", () => {
    const client = () =>
      instantMeiliSearch(`${api.url}/v1/instantsearch`, "", {
        finitePagination: true,
        primaryKey: "id",
      }).searchClient;

    it("searchClient when InstantSearch refines two speakers then ORs them, counts disjunctively and keeps markup raw for InstantSearch to escape", async () => {
      const expected = await request(
        `${api.url}/v1/search?q=said&speaker=Wang%20Yi&speaker=Jane%20Roe`,
      );
      const { results } = await client().search([
        {
          indexName: "releases",
          params: {
            query: "said",
            facets: ["speaker"],
            facetFilters: [["speaker:Wang Yi", "speaker:Jane Roe"]],
            hitsPerPage: 20,
            page: 0,
          },
        },
        {
          indexName: "releases",
          params: {
            query: "said",
            facets: ["speaker"],
            hitsPerPage: 0,
            page: 0,
          },
        },
      ]);

      const [main, counts] = results as any[];
      expect(main.nbHits).to.equal(expected.body.totalHits);
      expect(main.hits.map((h: any) => h.objectID)).to.deep.equal(
        expected.body.hits.map((h: any) => h.id),
      );
      expect(counts.facets.speaker).to.deep.equal(expected.body.facets.speaker);
      const hostile = main.hits.find((h: any) => h.id === "hostile-0");
      expect(hostile._highlightResult.text.value).to.equal(
        HOSTILE_TEXT.replace("said", "__ais-highlight__said__/ais-highlight__"),
      );
    });

    it("searchClient when paging by offset (instant-meilisearch's default) then shows the same page as /v1/search", async () => {
      const expected = await request(
        `${api.url}/v1/search?q=russia&page=2&hitsPerPage=3`,
      );
      const { searchClient } = instantMeiliSearch(
        `${api.url}/v1/instantsearch`,
        "",
        { primaryKey: "id" },
      );
      const { results } = await searchClient.search([
        {
          indexName: "releases",
          params: { query: "russia", hitsPerPage: 3, page: 1 },
        },
      ]);

      const [result] = results as any[];
      expect(result.hits.map((h: any) => h.id)).to.deep.equal(
        expected.body.hits.map((h: any) => h.id),
      );
      expect(result.nbHits).to.equal(expected.body.totalHits);
      expect(result.page).to.equal(1);
    });

    it("searchClient when the frontend asks for <mark> tags then gets escaped text with only those tags as markup", async () => {
      const { searchClient } = instantMeiliSearch(
        `${api.url}/v1/instantsearch`,
        "",
        {
          finitePagination: true,
          meiliSearchParams: {
            highlightPreTag: "<mark>",
            highlightPostTag: "</mark>",
          },
        },
      );
      const { results } = await searchClient.search([
        { indexName: "releases", params: { query: "officials said" } },
      ]);

      const [result] = results as any[];
      expect(result.hits[0]._highlightResult.text.value).to.equal(
        "<mark>Officials</mark> <mark>said</mark> &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; and &lt;img src=x onerror=alert(1)&gt; are plain text.",
      );
    });
  });
});
