import { INDEX_SETTINGS } from "../../config/index-settings.js";
import type {
  SearchEngine,
  SearchQuery,
  SearchResult,
} from "../../src/search/search-engine.js";
import type { SentenceDocument } from "../../src/search/sentence-document.js";
import { buildQuery } from "../builders.js";
import { describeExpressionContract } from "./expression-contract.js";
import { describeFacetContract } from "./facets-contract.js";
import { describeFilterContract } from "./filters-contract.js";
import { describeHighlightContract } from "./highlight-contract.js";
import { describeInstantsearchContract } from "./instantsearch-contract.js";
import { describeLifecycleContract } from "./lifecycle-contract.js";
import { describeMatchingContract } from "./matching-contract.js";
import { describeSortContract } from "./sort-contract.js";

export interface EngineUnderTest {
  readonly engine: SearchEngine;
  /** unique per run, e.g. `test_contract_<random>` */
  readonly prefix: string;
  cleanup(): Promise<void>;
}

/** What every part of the suite uses: the engine, and fresh indexes deleted afterwards. */
export interface ContractContext {
  engine(): SearchEngine;
  /** A new unique index name (not created). */
  newIndexName(): string;
  /** Creates an index with the project's settings holding `docs`; returns its name. */
  createIndex(docs: readonly SentenceDocument[]): Promise<string>;
  /** Searches `index` with `q` and the given options (page 1, 20 hits by default). */
  search(
    index: string,
    q: string,
    options?: Partial<SearchQuery>,
  ): Promise<SearchResult>;
}

/** The ids of a result's hits, sorted (for assertions independent of ranking). */
export function idsOf(result: SearchResult): string[] {
  return result.hits.map((hit) => hit.id).sort();
}

/** The ids of a result's hits, in the engine's order. */
export function orderedIdsOf(result: SearchResult): string[] {
  return result.hits.map((hit) => hit.id);
}

/**
 * The behaviour every `SearchEngine` must have, whichever engine it is: typo
 * rules, prefix and all-words matching, synonyms, filters (hostile values
 * included), disjunctive facets, sorts, pagination, highlight segments, index
 * lifecycle and swaps (what the reindex jobs rely on). Written for a real Meilisearch too: one index per group,
 * named from the run's prefix, deleted afterwards; no timing assumptions.
 */
export function runSearchEngineContract(
  label: string,
  makeEngine: () => Promise<EngineUnderTest>,
): void {
  describe(`SearchEngine contract: ${label}`, function () {
    let underTest: EngineUnderTest | undefined;
    let counter = 0;
    const created: string[] = [];

    const context: ContractContext = {
      engine() {
        if (underTest === undefined) throw new Error("engine not started");
        return underTest.engine;
      },
      newIndexName() {
        if (underTest === undefined) throw new Error("engine not started");
        counter++;
        const name = `${underTest.prefix}_${counter}`;
        created.push(name);
        return name;
      },
      async createIndex(docs) {
        const name = context.newIndexName();
        await context.engine().ensureIndex(name, INDEX_SETTINGS);
        await context.engine().upsert(name, docs);
        return name;
      },
      search(index, q, options = {}) {
        return context.engine().search(index, buildQuery({ q, ...options }));
      },
    };

    before(async function () {
      underTest = await makeEngine();
    });

    after(async function () {
      if (underTest === undefined) return;
      for (const name of created) await underTest.engine.deleteIndex(name);
      await underTest.cleanup();
    });

    describeMatchingContract(context);
    describeFilterContract(context);
    describeExpressionContract(context);
    describeFacetContract(context);
    describeSortContract(context);
    describeHighlightContract(context);
    describeInstantsearchContract(context);
    describeLifecycleContract(context);
  });
}
