import { loadConfig } from "../../config/config.js";
import { createMeilisearchEngine } from "../../src/engines/meilisearch/meilisearch-engine.js";
import { runSearchEngineContract } from "./search-engine-contract.js";

const meilisearch = loadConfig().meilisearch;

if (meilisearch === undefined) {
  describe("Meilisearch engine contract", () => {
    it.skip("MEILI_URL is not set: the Meilisearch engine contract is skipped");
  });
} else {
  const run = Date.now().toString(36);
  let engines = 0;

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
}
