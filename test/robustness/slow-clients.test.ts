import net from "node:net";
import { expect } from "chai";
import {
  seedDocuments,
  startTestApi,
  type TestApi,
} from "../api/api-harness.js";
import { fetchRaw } from "./raw-http.js";
import { scaled } from "./robustness-harness.js";

const HEADERS_TIMEOUT_MS = 1_000;
const REQUEST_TIMEOUT_MS = 2_000;
/** Generous: the configured timeout plus Node's check interval and a noisy machine. */
const CUT_OFF_BOUND_MS = 3_000;

interface Dribbled {
  /** What the server sent before it closed the connection. */
  readonly reply: string;
  readonly closedAfterMs: number;
}

/**
 * Opens a connection, sends `head` at once, then one more `drip` every 200 ms,
 * never finishing the request, until the server closes the connection (or
 * `giveUpMs` passes, which fails the test).
 */
function dribble(
  baseUrl: string,
  head: string,
  drip: string,
  giveUpMs: number,
): Promise<Dribbled> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = net.connect(Number(port), hostname, () =>
      socket.write(head),
    );
    let reply = "";
    const timer = setInterval(() => {
      if (!socket.destroyed) socket.write(drip);
    }, 200);
    const giveUp = setTimeout(() => {
      socket.destroy();
      reject(
        new Error(
          `the server kept a dribbling connection open for ${giveUpMs} ms`,
        ),
      );
    }, giveUpMs);
    socket.on("data", (chunk: Buffer) => (reply += chunk.toString("latin1")));
    socket.on("error", () => undefined);
    socket.on("close", () => {
      clearInterval(timer);
      clearTimeout(giveUp);
      resolve({ reply, closedAfterMs: Date.now() - started });
    });
  });
}

describe("slow clients (slowloris)", function () {
  this.timeout(60_000);
  let api: TestApi;

  before(async () => {
    api = await startTestApi({
      documents: await seedDocuments(),
      env: {
        HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
        REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
      },
    });
  });
  after(async () => api.close());

  it("a client when it sends its body a byte at a time then is cut off after REQUEST_TIMEOUT_MS", async () => {
    const head =
      "POST /v1/search HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n{";

    const { reply, closedAfterMs } = await dribble(api.url, head, " ", 20_000);

    expect(
      reply === "" || /^HTTP\/1\.1 (408|400) /.test(reply),
      reply,
    ).to.equal(true);
    expect(closedAfterMs).to.be.below(REQUEST_TIMEOUT_MS + CUT_OFF_BOUND_MS);
  });

  it("slow clients when many send their headers a line at a time then each is answered 408 and cut off after HEADERS_TIMEOUT_MS, while searches still answer 200", async () => {
    const slow = Array.from({ length: scaled(50, 480) }, () =>
      dribble(
        api.url,
        "GET /v1/search?q=lavrov HTTP/1.1\r\nHost: x\r\n",
        "X-Slow: y\r\n",
        20_000,
      ),
    );

    const statuses = [];
    for (let i = 0; i < 10; i += 1)
      statuses.push(
        (await fetchRaw(`${api.url}/v1/search?q=lavrov&page=${i + 1}`)).status,
      );
    const cut = await Promise.all(slow);

    expect(statuses).to.deep.equal(Array(10).fill(200));
    for (const { reply, closedAfterMs } of cut) {
      expect(reply).to.match(/^HTTP\/1\.1 408 /);
      expect(closedAfterMs).to.be.below(HEADERS_TIMEOUT_MS + CUT_OFF_BOUND_MS);
    }
  });
});
