import http from "node:http";
import { expect } from "chai";
import { searchResponseSchema } from "../../src/api/response-schemas.js";
import type { SentenceDocument } from "../../src/search/sentence-document.js";
import { buildDocument } from "../builders.js";
import { countOf } from "../seed.js";
import {
  HOSTILE_TEXT,
  request,
  seedDocuments,
  startTestApi,
  type TestApi,
} from "./api-harness.js";

describe("GET /v1/search", () => {
  let api: TestApi;
  let seed: SentenceDocument[];

  before(async () => {
    seed = await seedDocuments();
    const hostile = buildDocument({
      id: "hostile-0",
      releaseId: "hostile",
      text: HOSTILE_TEXT,
      speaker: "Jane Roe",
      date: "2022-03-03",
      timestamp: Date.UTC(2022, 2, 3) / 1000,
    });
    api = await startTestApi({
      documents: [...seed, hostile],
    });
  });
  after(async () => api.close());

  it("search when the query has a typo then finds multilateralism and marks it in safe HTML", async () => {
    const { status, body } = await request(
      `${api.url}/v1/search?q=multilaterlism`,
    );

    expect(status).to.equal(200);
    expect(searchResponseSchema.parse(body)).to.be.an("object");
    expect(body.query).to.equal("multilaterlism");
    expect(body.totalHits).to.be.greaterThan(0);
    const hit = body.hits.find((h: any) =>
      h.text.includes("true multilateralism"),
    );
    expect(hit.speaker).to.equal("Wang Yi");
    expect(hit.highlight.html).to.contain("<mark>multilateralism</mark>");
    expect(hit.highlight.segments.map((s: any) => s.text).join("")).to.equal(
      hit.text,
    );
    expect(hit.release).to.include({
      date: "2021-07-15",
      location: "Tashkent",
      category: "Important News of China",
    });
  });

  it("search when the last word is a prefix then matches as you type", async () => {
    const { body } = await request(
      `${api.url}/v1/search?q=${encodeURIComponent("Shanghai Coop")}`,
    );

    expect(body.totalHits).to.be.greaterThan(0);
    expect(body.hits[0].text).to.match(/Shanghai Cooperation/);
  });

  it("search when a sentence holds markup then returns it escaped, never as tags", async () => {
    const { body } = await request(`${api.url}/v1/search?q=script`);

    const hit = body.hits.find((h: any) => h.id === "hostile-0");
    expect(hit.text).to.equal(HOSTILE_TEXT);
    expect(hit.highlight.html).to.not.match(/<script|<img/);
    expect(hit.highlight.html).to.contain("&lt;<mark>script</mark>&gt;");
    expect(hit.highlight.html).to.contain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("search when speaker filters then counts stay disjunctive for the speaker facet", async () => {
    const all = await request(`${api.url}/v1/search?q=&facets=speaker`);
    const filtered = await request(
      `${api.url}/v1/search?speaker=${encodeURIComponent("Wang Yi")}`,
    );

    const bySpeaker = {
      "Wang Yi": countOf(seed, "Wang Yi"),
      "Sergey Lavrov": countOf(seed, "Sergey Lavrov"),
    };
    expect(all.body.facets.speaker).to.include(bySpeaker);
    expect(filtered.body.totalHits).to.equal(bySpeaker["Wang Yi"]);
    expect(
      filtered.body.hits.every((h: any) => h.speaker === "Wang Yi"),
    ).to.equal(true);
    expect(filtered.body.facets.speaker).to.include(bySpeaker);
  });

  it("search when two speakers are selected then returns either speaker's sentences", async () => {
    const { body } = await request(
      `${api.url}/v1/search?speaker=Wang%20Yi&speaker=Sergey%20Lavrov&hitsPerPage=100`,
    );

    expect(body.totalHits).to.equal(
      countOf(seed, "Wang Yi") + countOf(seed, "Sergey Lavrov"),
    );
  });

  it("search when a hostile speaker value is given then matches nothing rather than widening", async () => {
    const hostile = encodeURIComponent(`Wang Yi" OR speaker = "Sergey Lavrov`);

    const { status, body } = await request(
      `${api.url}/v1/search?speaker=${hostile}`,
    );

    expect(status).to.equal(200);
    expect(body.totalHits).to.equal(0);
  });

  it("search when paginating then pages partition the hits and totals are consistent", async () => {
    const page1 = await request(
      `${api.url}/v1/search?hitsPerPage=7&page=1&sort=date:asc`,
    );
    const page3 = await request(
      `${api.url}/v1/search?hitsPerPage=7&page=3&sort=date:asc`,
    );

    const total = seed.length + 1; // and the hostile sentence
    expect(page1.body).to.include({
      totalHits: total,
      totalPages: Math.ceil(total / 7),
      page: 1,
      hitsPerPage: 7,
    });
    expect(page1.body.hits).to.have.length(7);
    expect(page3.body.hits).to.have.length(
      Math.min(7, Math.max(0, total - 14)),
    );
  });

  it("search when sorted by date then the newest release comes first and releases read in order", async () => {
    const { body } = await request(
      `${api.url}/v1/search?sort=date:desc&hitsPerPage=3`,
    );

    expect(body.hits[0].id).to.equal("hostile-0");
    expect(body.hits[1].position).to.equal(0);
    expect(body.hits[2].position).to.equal(1);
  });

  it("search when a date range is given then keeps only that range, inclusive", async () => {
    const { body } = await request(
      `${api.url}/v1/search?from=2021-07-15&to=2021-07-15&facets=`,
    );

    expect(body.totalHits).to.equal(seed.length);
    expect(body.facets).to.deep.equal({});
  });

  it("search when parameters are invalid then answers 400 naming each field", async () => {
    const { status, body } = await request(
      `${api.url}/v1/search?q=${"x".repeat(513)}&page=0&hitsPerPage=1000`,
    );

    expect(status).to.equal(400);
    expect(body.error.code).to.equal("invalid_request");
    expect(Object.keys(body.error.details.properties)).to.include.members([
      "q",
      "page",
      "hitsPerPage",
    ]);
  });

  it("search when asked twice with If-None-Match then answers 304 with the same ETag", async () => {
    const first = await request(`${api.url}/v1/search?q=Lavrov`);
    const etag = first.headers.get("etag") ?? "";

    // Node's http, not fetch: fetch marks conditional requests "no-cache", as browsers' fetch does.
    const second = await conditionalGet(`${api.url}/v1/search?q=Lavrov`, etag);

    expect(etag).to.match(/^"[\w-]+"$/);
    expect(first.headers.get("cache-control")).to.match(/max-age=\d+/);
    expect(second.status).to.equal(304);
    expect(second.etag).to.equal(etag);
  });

  it("search through the typed client then returns the same hits as the raw endpoint", async () => {
    const viaClient = await api.client.search({
      q: "Lavrov",
      speaker: ["Sergey Lavrov"],
      facets: ["speaker", "mentions"],
    });

    expect(viaClient.totalHits).to.be.greaterThan(0);
    expect(viaClient.facets).to.have.keys(["speaker", "mentions"]);
  });
});

describe("POST /v1/search", () => {
  let api: TestApi;

  before(async () => {
    api = await startTestApi({ documents: await seedDocuments() });
  });
  after(async () => api.close());

  const post = (body: string, contentType = "application/json") =>
    request(`${api.url}/v1/search`, {
      method: "POST",
      headers: { "content-type": contentType },
      body,
    });

  it("search by POST when the body holds arrays then answers like GET", async () => {
    const viaPost = await post(
      JSON.stringify({ q: "vaccines", speaker: ["Wang Yi"], hitsPerPage: 5 }),
    );
    const viaGet = await request(
      `${api.url}/v1/search?q=vaccines&speaker=Wang%20Yi&hitsPerPage=5`,
    );

    expect(viaPost.status).to.equal(200);
    expect(viaPost.body.hits).to.deep.equal(viaGet.body.hits);
  });

  it("search by POST when the JSON is malformed then answers 400 JSON", async () => {
    const { status, body } = await post('{"q": ');

    expect(status).to.equal(400);
    expect(body.error.code).to.equal("invalid_request");
  });

  it("search by POST when the body is over 16 KiB then answers 413 JSON", async () => {
    const { status, body } = await post(
      JSON.stringify({ q: "a", speaker: ["x".repeat(17 * 1024)] }),
    );

    expect(status).to.equal(413);
    expect(body.error.code).to.equal("payload_too_large");
  });

  it("search by POST when the body is not JSON then answers 415 JSON", async () => {
    const { status, body } = await post(
      "q=lavrov",
      "application/x-www-form-urlencoded",
    );

    expect(status).to.equal(415);
    expect(body.error.code).to.equal("unsupported_media_type");
  });

  it("search by POST when a repeatable parameter is a string then names it", async () => {
    const { status, body } = await post(JSON.stringify({ speaker: "Wang Yi" }));

    expect(status).to.equal(400);
    expect(body.error.details.properties).to.have.property("speaker");
  });
});

function conditionalGet(
  url: string,
  etag: string,
): Promise<{ status: number | undefined; etag: string | undefined }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "if-none-match": etag } }, (res) => {
        res.resume();
        resolve({ status: res.statusCode, etag: res.headers.etag });
      })
      .on("error", reject);
  });
}
