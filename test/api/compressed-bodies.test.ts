import { brotliCompressSync, deflateSync, gzipSync } from "node:zlib";
import { expect } from "chai";
import { httpRaw } from "../robustness/raw-http.js";
import { seedDocuments, startTestApi, type TestApi } from "./api-harness.js";

const BODY = '{"q":"lavrov"}';

describe("compressed request bodies", () => {
  let api: TestApi;
  const logs: object[] = [];

  before(async () => {
    api = await startTestApi({ documents: await seedDocuments(), logs });
  });
  after(async () => api.close());

  const post = (encoding: string, body: Buffer | string) =>
    httpRaw(`${api.url}/v1/search`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "content-encoding": encoding,
      },
      body,
    });

  it("search POST when the body is valid gzip, deflate or br then answers 200", async () => {
    for (const [encoding, body] of [
      ["gzip", gzipSync(BODY)],
      ["deflate", deflateSync(BODY)],
      ["br", brotliCompressSync(BODY)],
    ] as const) {
      expect((await post(encoding, body)).status, encoding).to.equal(200);
    }
  });

  it("search POST when the body does not match its Content-Encoding then answers 400 invalid_request and logs no error", async () => {
    logs.length = 0;
    for (const [encoding, body] of [
      ["gzip", BODY],
      ["deflate", BODY],
      ["br", BODY],
      ["gzip", gzipSync(BODY).subarray(0, 12)],
      ["GZIP", Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff, 1, 2])],
    ] as const) {
      const response = await post(encoding, body);

      expect(response.status, encoding).to.equal(400);
      expect(JSON.parse(response.text).error, encoding).to.deep.equal({
        code: "invalid_request",
        message: "The request body does not match its Content-Encoding",
      });
    }
    expect(
      logs.filter((l) => (l as { level: number }).level >= 50),
    ).to.deep.equal([]);
    expect(JSON.stringify(logs)).to.not.contain("stack");
  });

  it("search POST when the Content-Encoding is unknown then answers 415 unsupported_media_type", async () => {
    const response = await post("x-snappy", BODY);

    expect(response.status).to.equal(415);
    expect(JSON.parse(response.text).error.code).to.equal(
      "unsupported_media_type",
    );
  });
});
