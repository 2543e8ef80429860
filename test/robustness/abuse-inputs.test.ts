import { expect } from "chai";
import { searchResponseSchema } from "../../src/api/response-schemas.js";
import type { SentenceDocument } from "../../src/search/sentence-document.js";
import {
  seedDocuments,
  startTestApi,
  type TestApi,
} from "../api/api-harness.js";
import { buildDocument } from "../builders.js";
import { fetchRaw, sendOverTcp } from "./raw-http.js";

const XSS_TEXTS = [
  'The minister said <script>alert("x")</script> in Tashkent.',
  'Lavrov wrote <img src=x onerror="alert(1)"> and left.',
  "Wang Yi quoted &lt;script&gt; and <SCRIPT SRC=//evil.example/x.js></SCRIPT> verbatim.",
];

function hostileDocuments(): SentenceDocument[] {
  return XSS_TEXTS.map((text, i) =>
    buildDocument({
      id: `xss-${i}`,
      text,
      speaker: `<img src=x onerror=alert(${i})>`,
      releaseId: "xss-release",
      releaseTitle: "<script>document.title</script>",
      position: i,
    }),
  );
}

const search = (api: TestApi, qs: string) =>
  fetchRaw(`${api.url}/v1/search?${qs}`);
const json = (text: string) => JSON.parse(text);

describe("abuse: injection, XSS, hostile and huge inputs", () => {
  let api: TestApi;

  before(async () => {
    api = await startTestApi({
      documents: [...(await seedDocuments()), ...hostileDocuments()],
      env: { RATE_LIMIT_MAX: "1000000" },
    });
  });
  after(async () => api.close());

  it("speaker filter when given injection attempts then matches nothing rather than widening the result", async () => {
    const honest = json((await search(api, "speaker=Wang+Yi&facets=")).text);
    expect(honest.totalHits).to.be.greaterThan(0);

    for (const hostile of [
      'Wang Yi" OR speaker = "Sergey Lavrov',
      'Wang Yi" OR speaker EXISTS OR speaker = "',
      "Wang Yi\\",
      'Wang Yi\\" OR 1=1 OR "',
      "IN [Wang Yi, Sergey Lavrov]",
      "Wang Yi' OR '1'='1",
    ]) {
      const params = new URLSearchParams({ speaker: hostile, facets: "" });
      const get = await search(api, params.toString());
      const post = await fetchRaw(`${api.url}/v1/search`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ speaker: [hostile], release: [hostile] }),
      });

      expect(get.status, hostile).to.equal(200);
      expect(json(get.text).totalHits, hostile).to.equal(0);
      expect(post.status, hostile).to.equal(200);
      expect(json(post.text).totalHits, hostile).to.equal(0);
    }
  });

  it("search when documents and queries carry HTML then highlight.html never contains a raw tag and segments give back the text", async () => {
    for (const q of [
      "script",
      "img onerror",
      "alert",
      "<script>",
      "minister said",
      "<img",
    ]) {
      const response = await search(
        api,
        new URLSearchParams({ q, hitsPerPage: "100" }).toString(),
      );
      const body = searchResponseSchema.parse(json(response.text));

      for (const hit of body.hits) {
        const html = hit.highlight.html.replace(/<\/?mark>/g, "");
        expect(html, q).to.not.match(/<[a-z/!]/i);
        expect(hit.highlight.segments.map((s) => s.text).join(""), q).to.equal(
          hit.text,
        );
      }
      if (q === "script")
        expect(body.hits.map((h) => h.id)).to.include.members([
          "xss-0",
          "xss-2",
        ]);
    }
  });

  it("search when q has 512 multi-unit characters then answers 200, and at 513 characters 400 naming q", async () => {
    const emoji = "👍🏽";
    const at = await search(api, `q=${encodeURIComponent("😀".repeat(512))}`);
    const over = await search(api, `q=${encodeURIComponent("😀".repeat(513))}`);
    const graphemes = await search(
      api,
      `q=${encodeURIComponent(emoji.repeat(256))}`,
    );

    expect(at.status).to.equal(200);
    expect(graphemes.status).to.equal(200);
    expect(over.status).to.equal(400);
    expect(json(over.text).error.details.properties).to.have.property("q");
  });

  it("search when q is made of control characters, bidi marks or NUL then answers 200 JSON", async () => {
    for (const q of [
      "\u0000",
      "\u0001\u0002\u001f\u007f",
      "\u202eyorvaL\u202c",
      "\ufeffLavrov\u200b",
      "\r\n\t",
      "Lavrov\u0000Wang",
    ]) {
      const response = await search(api, new URLSearchParams({ q }).toString());

      expect(response.status, JSON.stringify(q)).to.equal(200);
      expect(
        searchResponseSchema.safeParse(json(response.text)).success,
      ).to.equal(true);
    }
  });

  it("search when a parameter is repeated a thousand times then answers 400 naming it, quickly", async () => {
    const speakers = Array(1_000).fill("speaker=a").join("&");
    const queries = Array(1_000).fill("q=a").join("&");

    const manySpeakers = await search(api, speakers);
    const manyQueries = await search(api, queries);

    expect(manySpeakers.status).to.equal(400);
    expect(json(manySpeakers.text).error.details.properties).to.have.property(
      "speaker",
    );
    expect(manyQueries.status).to.equal(400);
    expect(json(manyQueries.text).error.details.properties).to.have.property(
      "q",
    );
  });

  it("search when a parameter is repeated ten thousand times then the request is refused (431, 400 or 413) and the server keeps serving", async () => {
    const get = await sendOverTcp(
      api.url,
      `GET /v1/search?${Array(10_000).fill("speaker=a").join("&")} HTTP/1.1\r\nHost: x\r\n\r\n`,
    );
    const post = await fetchRaw(`${api.url}/v1/search`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ speaker: Array(10_000).fill("a") }),
    });

    // Node 24 may reset the connection right after (or instead of) its 431.
    expect(get).to.match(/^(HTTP\/1\.1 (400|414|431) |$)/);
    expect(post.status).to.equal(413);
    expect(json(post.text).error.code).to.equal("payload_too_large");
    expect((await search(api, "q=lavrov")).status).to.equal(200);
  });

  it("release and sentence ids when the path is not valid percent-encoding then answer 400 invalid_request", async () => {
    for (const path of [
      "/v1/releases/%E0%A4%A",
      "/v1/sentences/%ZZ",
      "/v1/releases/%C0%AF",
      "/v1/sentences/a%",
    ]) {
      const response = await fetchRaw(`${api.url}${path}`);

      expect(response.status, path).to.equal(400);
      expect(json(response.text).error.code, path).to.equal("invalid_request");
    }
  });
});
