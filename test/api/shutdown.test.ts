import { setTimeout as delay } from "node:timers/promises";
import { expect } from "chai";
import type { SearchEngine } from "../../src/search/search-engine.js";
import { seedDocuments, startTestApi } from "./api-harness.js";

/** Every search takes `ms` longer, so requests are in flight when shutdown starts. */
function slow(engine: SearchEngine, ms: number): SearchEngine {
  return {
    kind: engine.kind,
    health: () => engine.health(),
    ensureIndex: (name, settings) => engine.ensureIndex(name, settings),
    upsert: (index, docs) => engine.upsert(index, docs),
    deleteReleases: (index, ids, options) =>
      engine.deleteReleases(index, ids, options),
    countDocuments: (index) => engine.countDocuments(index),
    deleteIndex: (name) => engine.deleteIndex(name),
    searchFacetValues: (index, query) => engine.searchFacetValues(index, query),
    search: async (index, query) => {
      await delay(ms);
      return engine.search(index, query);
    },
  };
}

describe("graceful shutdown", () => {
  it("shutdown when requests are in flight then completes them all and refuses new connections", async () => {
    const api = await startTestApi({
      documents: await seedDocuments(),
      wrapEngine: (e) => slow(e, 300),
    });
    const inFlight = Array.from({ length: 8 }, (_, i) =>
      fetch(`${api.url}/v1/search?q=lavrov&page=${i + 1}`),
    );
    await delay(100);

    const closing = api.running.close(5_000);
    const statuses = (await Promise.all(inFlight)).map((r) => r.status);
    await closing;

    expect(statuses).to.deep.equal(Array(8).fill(200));
    let refused = false;
    await fetch(`${api.url}/healthz`).catch(() => {
      refused = true;
    });
    expect(refused).to.equal(true);
    await api.engine.close?.();
  });
});
