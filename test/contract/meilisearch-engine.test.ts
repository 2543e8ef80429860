import { loadConfig } from "../../config/config.js";
import { createMeilisearchEngine } from "../../src/engines/meilisearch/meilisearch-engine.js";
import { runSearchEngineContract } from "./search-engine-contract.js";

/**
 * The shared engine contract on a real Meilisearch, when MEILI_URL and
 * MEILI_ADMIN_KEY are set. MEILI_CONTRACT=off skips it explicitly (for a job whose
 * environment names a Meilisearch that the tests must not use). An unreachable
 * server fails the suite at once with one clear message instead of 59 timeouts.
 */
const meilisearch = loadConfig().meilisearch;
const switchedOff = process.env["MEILI_CONTRACT"] === "off";
const REACHABLE_WITHIN_MS = 3_000;

if (meilisearch === undefined || switchedOff) {
  describe("Meilisearch engine contract", () => {
    it.skip(
      switchedOff
        ? "MEILI_CONTRACT=off: the Meilisearch engine contract is skipped"
        : "MEILI_URL is not set: the Meilisearch engine contract is skipped",
    );
  });
} else {
  const run = Date.now().toString(36);
  let engines = 0;

  describe("Meilisearch engine contract", () => {
    // A failing root hook skips every test below it: one failure, not 59 timeouts.
    before(async function () {
      const engine = createMeilisearchEngine({
        url: meilisearch.url,
        apiKey: meilisearch.adminKey ?? "",
        requestTimeoutMs: REACHABLE_WITHIN_MS,
        taskTimeoutMs: REACHABLE_WITHIN_MS,
        batchMaxDocuments: 1,
        batchMaxBytes: 1024,
      });
      try {
        await engine.health();
      } catch (err) {
        throw new Error(
          `Meilisearch at ${meilisearch.url} does not answer /health within ${String(REACHABLE_WITHIN_MS)} ms ` +
            `(${err instanceof Error ? err.message : String(err)}); start it, or set MEILI_CONTRACT=off to skip this suite`,
          { cause: err },
        );
      }
    });

    // Every engine gets its own index prefix; cleanup deletes whatever it created.
    runSearchEngineContract("meilisearch", () => {
      engines += 1;
      const prefix = `test_contract_${run}_${String(engines)}_`;
      const engine = createMeilisearchEngine({
        url: meilisearch.url,
        apiKey: meilisearch.adminKey ?? "",
        requestTimeoutMs: meilisearch.requestTimeoutMs,
        taskTimeoutMs: meilisearch.taskTimeoutMs,
        batchMaxDocuments: meilisearch.batchMaxDocuments,
        batchMaxBytes: meilisearch.batchMaxBytes,
        taskPollIntervalMs: 10,
      });
      return Promise.resolve({
        engine,
        prefix,
        async cleanup() {
          for (const name of await engine.listIndexes!(prefix)) {
            await engine.deleteIndex(name);
          }
        },
      });
    });
  });
}
