import { AppError } from "../../errors/app-error.js";

/**
 * The body of the write probe: `POST /indexes/{index}/documents/delete` with a
 * filter that cannot parse. It never deletes anything (see {@link judgeWriteProbe}).
 */
export const WRITE_PROBE_BODY = {
  filter: "( release-search key probe, not a filter",
} as const;

/** What a probe request answered: a status, or none when it succeeded without one. */
export interface ProbeAnswer {
  readonly status: number;
  readonly code?: string | undefined;
}

/**
 * Judges the answer to `GET /keys?limit=1`.
 *
 * @remarks
 * 200 means the key may read every API key, the admin key included, so it can
 * write. 401/403 (`invalid_api_key`, or `missing_master_key` on an instance
 * without a master key) mean it cannot list keys. Anything else says nothing
 * about the key, and the probe cannot conclude.
 *
 * @returns whether the key may write, or undefined when this probe cannot tell
 */
export function judgeKeysProbe(answer: ProbeAnswer): boolean | undefined {
  if (answer.status === 200) return true;
  if (answer.status === 401 || answer.status === 403) return false;
  return undefined;
}

/**
 * Judges the answer to the write probe ({@link WRITE_PROBE_BODY}).
 *
 * @remarks
 * Why this request tells without writing, from Meilisearch's source (v1.x,
 * `routes/indexes/documents.rs` and `extractors/authentication`):
 * - Actix extracts a handler's arguments first. The `GuardedData` argument checks
 *   the key for `documents.delete` on that index (index patterns included), and a
 *   refusal is 401/403 before the handler runs.
 * - The body extractor accepts any JSON value as `filter`, so it cannot fail first
 *   (a malformed body or query string could: extractors run concurrently, and a
 *   400 from one of them may come back before the auth check finishes, whatever
 *   the key; that is why an invalid *body* is not used as the probe).
 * - The handler then parses the filter "to ensure it is well formed before
 *   enqueuing it" and answers 400 `invalid_document_filter`: nothing is enqueued.
 *
 * So 400 means the key passed the permission check: it may delete documents.
 * A 2xx would mean a version that enqueued the task anyway; the task then fails
 * on the same filter, and the key may write. 401/403 mean it may not.
 * Only `documents.delete` is probed, which the master key, the default admin key
 * and any `*` key hold; a custom key holding only, say, `documents.add` would pass.
 *
 * @returns whether the key may write, or undefined when this probe cannot tell
 */
export function judgeWriteProbe(answer: ProbeAnswer): boolean | undefined {
  if (answer.status === 400 || (answer.status >= 200 && answer.status < 300))
    return true;
  if (answer.status === 401 || answer.status === 403) return false;
  return undefined;
}

/** The error that stops the API from starting with a key that may write. */
export function writableKeyError(index: string, evidence: string): AppError {
  return new AppError(
    "invalid_request",
    `The Meilisearch key given to the API may write (${evidence}), so the API refuses to start. ` +
      `Give the API a key whose only action is "search" on index ${index} (MEILI_SEARCH_KEY), ` +
      "and keep the admin key for the indexer. If Meilisearch runs without a master key, set one.",
    { details: { index, evidence } },
  );
}

/** The three requests of the key check, each answering its HTTP status. */
export interface KeyProbeRequests {
  /** A search on the index with `limit: 0`; resolves when the key may search. */
  search(): Promise<void>;
  /** `GET /keys?limit=1`. */
  listKeys(): Promise<ProbeAnswer>;
  /** `POST /indexes/{index}/documents/delete` with {@link WRITE_PROBE_BODY}. */
  deleteProbe(): Promise<ProbeAnswer>;
}

/**
 * Runs the key check: the key must search, and neither probe may show that it
 * can write.
 *
 * @throws AppError `invalid_request` naming the evidence when the key may write;
 *   `internal` when an answer is not one the probes know
 */
export async function checkSearchOnlyKey(
  requests: KeyProbeRequests,
  index: string,
): Promise<void> {
  await requests.search();
  const keys = await requests.listKeys();
  const canReadKeys = judgeKeysProbe(keys);
  if (canReadKeys === true) {
    throw writableKeyError(
      index,
      "it may read the API keys: GET /keys answered 200",
    );
  }
  const write = await requests.deleteProbe();
  const canWrite = judgeWriteProbe(write);
  if (canWrite === true) {
    const answer = [String(write.status), write.code]
      .filter((part) => part !== undefined)
      .join(" ");
    throw writableKeyError(
      index,
      `it may delete documents: the write probe answered ${answer}`,
    );
  }
  if (canReadKeys === undefined || canWrite === undefined) {
    throw new AppError(
      "internal",
      `Cannot tell whether the Meilisearch key may write: GET /keys answered ${String(keys.status)}, the write probe ${String(write.status)}`,
      { details: { keys, write } },
    );
  }
}
