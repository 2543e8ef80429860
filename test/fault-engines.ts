import type { SearchEngine } from "../src/search/search-engine.js";

const READS = new Set<PropertyKey>([
  "search",
  "searchFacetValues",
  "countDocuments",
]);

/**
 * The engine, with every read (search, facet values, counts) passed through
 * `read`: to fail, hang or slow down reads while writes still work. For fault
 * injection in tests; the production engines are used as they are.
 */
export function withReads(
  engine: SearchEngine,
  read: (work: () => Promise<unknown>) => Promise<unknown>,
): SearchEngine {
  return new Proxy(engine, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== "function") return value;
      const method = (value as (...args: unknown[]) => Promise<unknown>).bind(
        target,
      );
      return READS.has(key)
        ? (...args: unknown[]) => read(() => method(...args))
        : method;
    },
  });
}
