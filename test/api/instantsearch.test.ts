import { instantMeiliSearch } from "@meilisearch/instant-meilisearch";
import { expect } from "chai";
import { HOSTILE_TEXT, request, type TestApi } from "./api-harness.js";
import {
  multiSearch as postQueries,
  startInstantSearchApi,
} from "./instantsearch-harness.js";

describe("POST /v1/instantsearch", () => {
  let api: TestApi;

  before(async () => {
    api = await startInstantSearchApi();
  });
  after(async () => api.close());

  const multiSearch = (queries: unknown[], init: RequestInit = {}) =>
    postQueries(api.url, queries, init);

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
