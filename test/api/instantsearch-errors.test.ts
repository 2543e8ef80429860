import { expect } from "chai";
import {
  request,
  seedDocuments,
  startTestApi,
  type TestApi,
} from "./api-harness.js";
import {
  expectMeilisearchError,
  multiSearch as postQueries,
  startInstantSearchApi,
} from "./instantsearch-harness.js";

describe("POST /v1/instantsearch: refusals in Meilisearch's error shape", () => {
  let api: TestApi;

  before(async () => {
    api = await startInstantSearchApi();
  });
  after(async () => api.close());

  const multiSearch = (queries: unknown[], init: RequestInit = {}) =>
    postQueries(api.url, queries, init);

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

  it("multi-search when a filter's array form holds more conditions in all than one string may then answers 400 invalid_search_filter", async () => {
    const group = Array.from({ length: 20 }, (_, i) => `speaker = "s${i}"`);
    const answer = await multiSearch([
      { indexUid: "releases", q: "", filter: [group, group, group] },
    ]);
    expectMeilisearchError(answer, 400, "invalid_search_filter");
    expect(answer.body.message).to.match(/more than 50 conditions/);
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
});
