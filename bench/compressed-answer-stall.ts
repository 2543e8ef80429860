import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createGzip } from "node:zlib";
import { UNCOMPRESSED_ANSWERS } from "../src/engines/meilisearch/meilisearch-engine.js";
import { distribution, table } from "./bench-report.js";

/**
 * The stall of issue 9 without a Meilisearch: a loopback server that answers the
 * way Meilisearch 1.47 did when the request accepted gzip (a compressed, chunked
 * body written in two pieces on a socket with Nagle's algorithm on) and with a
 * plain body otherwise. `fetch` with its default headers, as the official client
 * sent them, against the adapter's headers; the server's own time is the limit.
 */
const CALLS = 40;

export async function measureCompressedAnswerStall(): Promise<string> {
  const body = JSON.stringify({
    results: [
      {
        hits: Array.from({ length: 20 }, (_, id) => ({
          id,
          text: "x".repeat(200),
        })),
      },
    ],
  });
  const serverMs: number[] = [];
  const server = createServer({ noDelay: false }, (req, res) => {
    const started = performance.now();
    req.resume();
    req.on("end", () => {
      if (/\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
        res.writeHead(200, {
          "content-type": "application/json",
          "content-encoding": "gzip",
        });
        const gzip = createGzip();
        gzip.pipe(res);
        gzip.write(body.slice(0, 100));
        setImmediate(() => gzip.end(body.slice(100)));
      } else {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(body);
      }
      serverMs.push(performance.now() - started);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}/multi-search`;
  const timeCalls = async (
    headers: Record<string, string>,
  ): Promise<number[]> => {
    const times: number[] = [];
    for (let i = 0; i < CALLS; i++) {
      const started = performance.now();
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: "{}",
      });
      await response.text();
      times.push(performance.now() - started);
    }
    return times;
  };
  const defaults = distribution(await timeCalls({}));
  serverMs.length = 0;
  const identity = distribution(await timeCalls(UNCOMPRESSED_ANSWERS));
  const own = distribution(serverMs);
  server.closeAllConnections();
  server.close();
  return [
    "### Compressed answers over loopback (no Meilisearch needed)",
    "",
    `A loopback server answering like Meilisearch 1.47: gzip, chunked, written in two pieces with Nagle's algorithm on, when the request accepts gzip; plain JSON otherwise. ${String(CALLS)} sequential calls each, Node ${process.version} \`fetch\`.`,
    "",
    table(
      ["request headers", "p50 ms", "p95 ms"],
      [
        [
          "fetch's defaults (accept-encoding: gzip, deflate), as before",
          defaults.p50,
          defaults.p95,
        ],
        [
          "the adapter's (accept-encoding: identity)",
          identity.p50,
          identity.p95,
        ],
        ["the server's own time (the limit)", own.p50, own.p95],
      ],
    ),
    "",
  ].join("\n");
}
