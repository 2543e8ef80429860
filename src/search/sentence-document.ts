import { z } from "zod";
import { DOCUMENT_ID_PATTERN } from "../contract/api-contract.js";

/**
 * One sentence of a press release: what the indexer produces and the engines store.
 *
 * @remarks
 * The fields and their meanings are the contract in `API.md` ("Documents").
 * `releaseHash` is internal: a content hash of the whole release, which lets the
 * indexer skip releases that did not change. The API never returns it.
 */
export const sentenceDocumentSchema = z.object({
  id: z.string().regex(DOCUMENT_ID_PATTERN),
  text: z.string(),
  speaker: z.string().nullable(),
  speakerRole: z.string().nullable(),
  releaseId: z.string().regex(DOCUMENT_ID_PATTERN),
  releaseTitle: z.string(),
  category: z.string().nullable(),
  date: z.iso.date(),
  timestamp: z.int(),
  location: z.string().nullable(),
  paragraph: z.int().nonnegative(),
  sentence: z.int().nonnegative(),
  position: z.int().nonnegative(),
  mentions: z.array(z.string()),
  releaseHash: z.string(),
});

export type SentenceDocument = z.infer<typeof sentenceDocumentSchema>;

/** The document as the API shows it: every contract field, nothing internal. */
export type PublicDocument = Omit<SentenceDocument, "releaseHash">;

/** `YYYY-MM-DD` as Unix seconds at UTC midnight: the unit of `timestamp`. */
export function dateToTimestamp(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 1000;
}

/** Drops internal fields from a stored document. */
export function toPublicDocument(doc: SentenceDocument): PublicDocument {
  const { releaseHash: _internal, ...rest } = doc;
  return rest;
}
