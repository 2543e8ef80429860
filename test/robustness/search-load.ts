import { fetchRaw } from "./raw-http.js";

export interface LoadReport {
  readonly requests: number;
  /** One line per failed or empty response. */
  readonly failures: readonly string[];
}

/**
 * Runs `clients` concurrent loops of searches over `queries` (query strings of
 * /v1/search that have hits) until `done()` says stop. A response counts as a
 * failure unless it is 200 with at least one hit.
 */
export async function searchUnderLoad(
  baseUrl: string,
  queries: readonly string[],
  done: () => boolean,
  clients = 4,
): Promise<LoadReport> {
  let requests = 0;
  const failures: string[] = [];
  const client = async (offset: number) => {
    for (let i = offset; !done(); i += 1) {
      const qs = queries[i % queries.length] ?? "";
      requests += 1;
      try {
        const response = await fetchRaw(`${baseUrl}/v1/search?${qs}`);
        const hits =
          response.status === 200
            ? (JSON.parse(response.text) as { hits: unknown[] }).hits.length
            : 0;
        if (hits === 0)
          failures.push(
            `${qs} → ${response.status} ${response.text.slice(0, 200)}`,
          );
      } catch (err) {
        failures.push(`${qs} → ${String(err)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, i) => client(i)));
  return { requests, failures };
}

/**
 * Runs `work` while `clients` loops search (see `searchUnderLoad`); the load
 * stops when the work ends, whether it succeeded or threw.
 */
export async function whileSearching(
  baseUrl: string,
  queries: readonly string[],
  work: () => Promise<void>,
  clients = 4,
): Promise<LoadReport> {
  let finished = false;
  const load = searchUnderLoad(baseUrl, queries, () => finished, clients);
  try {
    await work();
  } finally {
    finished = true;
  }
  return load;
}
