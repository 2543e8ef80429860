import { expect } from "chai";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { createMeilisearchEngine } from "../../../src/engines/meilisearch/meilisearch-engine.js";
import { recorded } from "./recorded.js";

/**
 * A loopback server that answers multi-searches the way Meilisearch does: gzip
 * when the request accepts it, plain JSON otherwise. It records what it saw.
 */
async function startCompressingServer(): Promise<{
  url: string;
  connections: () => number;
  requests: IncomingHttpHeaders[];
  compressedAnswers: () => number;
  close: () => Promise<void>;
}> {
  let connections = 0;
  let compressed = 0;
  const requests: IncomingHttpHeaders[] = [];
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      requests.push(req.headers);
      // A recorded multi-search answer with its first result only (one query).
      const { response } = recorded.searches.hostileSpeakerFilter;
      const body = JSON.stringify({ results: [response.results[0]] });
      if (/\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
        compressed += 1;
        res.writeHead(200, {
          "content-type": "application/json",
          "content-encoding": "gzip",
        });
        res.end(gzipSync(body));
        return;
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end(body);
    });
  });
  server.on("connection", () => {
    connections += 1;
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}`,
    connections: () => connections,
    requests,
    compressedAnswers: () => compressed,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const SEARCHES = 20;

describe("Meilisearch engine HTTP connections (loopback server)", () => {
  it("search when called 20 times then asks for uncompressed answers and reuses kept-alive connections instead of opening one per search", async () => {
    const server = await startCompressingServer();
    try {
      const engine = createMeilisearchEngine({
        url: server.url,
        apiKey: "search-key-0123456789",
        requestTimeoutMs: 2_000,
        taskTimeoutMs: 2_000,
        batchMaxDocuments: 1_000,
        batchMaxBytes: 1_000_000,
      });

      for (let i = 0; i < SEARCHES; i += 1) {
        await engine.search("releases", { q: "x", page: 1, hitsPerPage: 20 });
      }

      expect(server.requests).to.have.length(SEARCHES);
      for (const headers of server.requests) {
        expect(headers["accept-encoding"]).to.equal("identity");
        expect(headers.connection ?? "keep-alive").to.equal("keep-alive");
      }
      expect(server.compressedAnswers()).to.equal(0);
      // fetch may open a second socket while the first is being released.
      expect(server.connections()).to.be.at.most(2);
    } finally {
      await server.close();
    }
  });
});
