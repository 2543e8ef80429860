import path from "node:path";
import { loadReleases } from "../indexer/documents/load-releases.js";
import type { SentenceDocument } from "../src/search/sentence-document.js";

/**
 * The seed release (samples/) and what tests expect of it, derived from the
 * indexer's output: only test/unit/indexer/documents/build-documents.test.ts
 * states its counts, so a change in attribution is made in one place.
 */
export const SEED_FILE = path.resolve(
  import.meta.dirname,
  "../samples/releases/2021-07-15-wang-yi-meets-lavrov.txt",
);

/** The seed release as the indexer turns it into documents. */
export async function seedDocuments(): Promise<SentenceDocument[]> {
  const { releases, errors } = await loadReleases([SEED_FILE]);
  if (errors.length > 0)
    throw new Error(
      `seed failed to load: ${errors.map((e) => e.message).join("; ")}`,
    );
  return releases.flatMap((r) => [...r.documents]);
}

/** Sentences per speaker, most first (ties by name), as `/v1/speakers` lists them. */
export function speakerCounts(
  docs: readonly SentenceDocument[],
): { name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const { speaker } of docs)
    if (speaker !== null) counts.set(speaker, (counts.get(speaker) ?? 0) + 1);
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1));
}

/** How many sentences `speaker` has (0 when none). */
export function countOf(
  docs: readonly SentenceDocument[],
  speaker: string,
): number {
  return docs.filter((d) => d.speaker === speaker).length;
}
