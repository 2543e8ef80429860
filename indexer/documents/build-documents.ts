import { hash } from "node:crypto";
import {
  dateToTimestamp,
  type SentenceDocument,
} from "../../src/search/sentence-document.js";
import { attributeSpeakers } from "../speakers/attribute-speakers.js";
import { createAttributionContext } from "../speakers/attribution-context.js";
import { createMentionExtractor } from "../mentions/extract-mentions.js";
import type { ParsedRelease } from "../parse/parse-release.js";
import { createReleaseId, createSentenceId } from "./release-id.js";
import { createPeopleRegistry } from "../names/release-people.js";

const RELEASE_HASH_LENGTH = 16;

/**
 * Turns a parsed release into its sentence documents: speakers, mentions, positions, ids.
 *
 * @param release - the parsed release
 * @param releaseId - overrides the id derived from date and title (used to make ids unique)
 * @returns the documents in reading order; `paragraph` counts only paragraphs that have sentences
 */
export function buildDocuments(
  release: ParsedRelease,
  releaseId: string = createReleaseId(release.date, release.title),
): SentenceDocument[] {
  const people = createPeopleRegistry();
  const context = createAttributionContext(
    release.title,
    release.date,
    release.paragraphs,
    people,
  );
  const paragraphs = attributeSpeakers(release.paragraphs, context);
  const findMentions = createMentionExtractor(people.all());
  const timestamp = dateToTimestamp(release.date);

  const documents: SentenceDocument[] = [];
  let paragraphIndex = 0;
  for (const sentences of paragraphs) {
    if (sentences.length === 0) continue;
    sentences.forEach((sentence, sentenceIndex) => {
      const position = documents.length;
      documents.push({
        id: createSentenceId(releaseId, position),
        text: sentence.text,
        speaker: sentence.speaker?.name ?? null,
        speakerRole: sentence.speaker?.role ?? null,
        releaseId,
        releaseTitle: release.title,
        category: release.category,
        date: release.date,
        timestamp,
        location: release.location,
        paragraph: paragraphIndex,
        sentence: sentenceIndex,
        position,
        mentions: findMentions(sentence.text),
        releaseHash: "",
      });
    });
    paragraphIndex += 1;
  }
  return withReleaseHash(documents);
}

/**
 * Gives a release's documents another release id (ids follow), and rehashes them.
 *
 * @remarks Used when two inputs of one run produce the same release id.
 */
export function assignReleaseId(
  documents: readonly SentenceDocument[],
  releaseId: string,
): SentenceDocument[] {
  return withReleaseHash(
    documents.map((doc) => ({
      ...doc,
      id: createSentenceId(releaseId, doc.position),
      releaseId,
      releaseHash: "",
    })),
  );
}

/**
 * Sets `releaseHash` on every document: a hash of all the release's documents without it,
 * so any change of input, pipeline or gazetteer that changes a document changes the hash.
 *
 * @remarks Release-wide fields are hashed once, then each document's own fields joined
 * by control characters (which never occur in normalised text): the same content as the
 * documents' JSON at a fraction of the cost.
 */
function withReleaseHash(documents: SentenceDocument[]): SentenceDocument[] {
  const first = documents[0];
  if (first === undefined) return documents;
  const parts = [
    JSON.stringify([
      first.releaseId,
      first.releaseTitle,
      first.category,
      first.date,
      first.timestamp,
      first.location,
    ]),
  ];
  for (const doc of documents) {
    parts.push(
      `\u0000${doc.id}\u0001${doc.text}\u0001${doc.speaker ?? "\u0002"}\u0001${doc.speakerRole ?? "\u0002"}`,
      `\u0001${doc.paragraph}\u0001${doc.sentence}\u0001${doc.position}\u0001${doc.mentions.join("\u0003")}`,
    );
  }
  // One-shot hash: a Hash object per release costs more than hashing its text.
  const releaseHash = hash("sha256", parts.join("")).slice(
    0,
    RELEASE_HASH_LENGTH,
  );
  for (const doc of documents) doc.releaseHash = releaseHash;
  return documents;
}
