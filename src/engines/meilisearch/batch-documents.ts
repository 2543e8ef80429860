/** One request body of a document import: a JSON array, already serialised. */
export interface DocumentBatch {
  /** The JSON array sent as the request body. */
  readonly payload: string;
  /** Number of documents in it. */
  readonly count: number;
  /** UTF-8 size of `payload` in bytes. */
  readonly bytes: number;
}

/**
 * Splits documents into import batches bounded by count and by serialised size.
 *
 * @remarks
 * Each document is serialised once, and the batch body is built from those
 * strings, so the byte bound is the exact request size. A single document larger
 * than `maxBytes` travels alone (Meilisearch's own limit is 100 MB by default).
 *
 * @param docs - the documents, in order
 * @param maxCount - most documents per batch (at least 1)
 * @param maxBytes - most bytes per batch body
 * @returns batches in input order; none for no documents
 */
export function batchDocuments(
  docs: readonly object[],
  maxCount: number,
  maxBytes: number,
): DocumentBatch[] {
  const batches: DocumentBatch[] = [];
  let parts: string[] = [];
  let bytes = 2; // "[" and "]"
  const flush = () => {
    if (parts.length === 0) return;
    batches.push({
      payload: `[${parts.join(",")}]`,
      count: parts.length,
      bytes,
    });
    parts = [];
    bytes = 2;
  };
  for (const doc of docs) {
    const json = JSON.stringify(doc);
    const size = Buffer.byteLength(json, "utf8");
    const separator = parts.length > 0 ? 1 : 0;
    if (
      parts.length >= Math.max(1, maxCount) ||
      (parts.length > 0 && bytes + separator + size > maxBytes)
    ) {
      flush();
    }
    bytes += (parts.length > 0 ? 1 : 0) + size;
    parts.push(json);
  }
  flush();
  return batches;
}
