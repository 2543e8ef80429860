import { createEmbeddedEngine } from "../../src/engines/embedded/embedded-engine.js";
import { runSearchEngineContract } from "./search-engine-contract.js";

runSearchEngineContract("embedded", () => {
  const engine = createEmbeddedEngine();
  return Promise.resolve({
    engine,
    prefix: `test_contract_${Math.random().toString(36).slice(2, 10)}`,
    cleanup: () => engine.close(),
  });
});
