import { expect } from "chai";
import { errorResponseSchema } from "../../src/api/response-schemas.js";
import { fetchRaw, sendOverTcp } from "./raw-http.js";
import { SAMPLES_DIR } from "./robustness-harness.js";
import { spawnApi, type SpawnedProcess } from "./spawned-process.js";

interface Case {
  readonly name: string;
  readonly request: string;
  readonly status: number;
  readonly code: string;
  /** What the message must say, when it can say what was wrong. */
  readonly message?: RegExp;
}

const CASES: readonly Case[] = [
  {
    name: "headers over 16 KiB",
    request: `GET /v1/search?q=x HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(17 * 1024)}\r\n\r\n`,
    status: 431,
    code: "headers_too_large",
  },
  {
    name: "a malformed request line",
    request: "GET /v1/search?q=x HTTP/1.1 extra\r\nHost: x\r\n\r\n",
    status: 400,
    code: "invalid_request",
  },
  {
    name: "no method",
    request: "\u0001\u0002 / HTTP/1.1\r\nHost: x\r\n\r\n",
    status: 400,
    code: "invalid_request",
  },
  {
    name: "a bad chunk",
    request:
      'POST /v1/search HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{"q":"x"}\r\n0\r\n\r\n',
    status: 400,
    code: "invalid_request",
    message: /chunked/,
  },
  {
    name: "both Transfer-Encoding and Content-Length",
    request:
      'POST /v1/search HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 9\r\nTransfer-Encoding: chunked\r\n\r\n9\r\n{"q":"x"}\r\n0\r\n\r\n',
    status: 400,
    code: "invalid_request",
    message: /Transfer-Encoding.*Content-Length/,
  },
  {
    name: "headers slower than HEADERS_TIMEOUT_MS",
    request: "GET /v1/search?q=x HTTP/1.1\r\nHost: x\r\nX-Slow: y\r\n",
    status: 408,
    code: "request_timeout",
  },
];

/** Status, headers (lower-cased) and body of a raw HTTP/1.1 reply. */
function parseReply(reply: string) {
  const [head = "", body = ""] = reply.split("\r\n\r\n", 2);
  const [statusLine = "", ...lines] = head.split("\r\n");
  const headers = new Map(
    lines.map((l) => {
      const at = l.indexOf(":");
      return [l.slice(0, at).toLowerCase(), l.slice(at + 1).trim()] as const;
    }),
  );
  return { status: Number(statusLine.split(" ")[1]), headers, body };
}

describe("errors Node answers before Express, on the real process", function () {
  this.timeout(60_000);
  let api: SpawnedProcess & { url: string };

  before(async () => {
    api = await spawnApi({
      RELEASES_DIR: SAMPLES_DIR,
      WATCH_RELEASES: "false",
      HEADERS_TIMEOUT_MS: "1000",
      REQUEST_TIMEOUT_MS: "2000",
    });
  });
  after(async () => {
    api.child.kill("SIGTERM");
    await api.exited;
  });

  for (const { name, request, status, code, message } of CASES) {
    it(`a request with ${name} when sent over a raw socket then answers ${status} in the JSON error shape and closes`, async () => {
      const reply = parseReply(await sendOverTcp(api.url, request, 10_000));

      expect(reply.status, reply.body).to.equal(status);
      expect(reply.headers.get("content-type")).to.match(/^application\/json/);
      expect(reply.headers.get("connection")).to.equal("close");
      expect(Number(reply.headers.get("content-length"))).to.equal(
        Buffer.byteLength(reply.body),
      );
      const body = errorResponseSchema.parse(JSON.parse(reply.body));
      expect(body.error.code).to.equal(code);
      if (message !== undefined) expect(body.error.message).to.match(message);
      expect((await fetchRaw(`${api.url}/healthz`)).status).to.equal(200);
    });
  }
});
