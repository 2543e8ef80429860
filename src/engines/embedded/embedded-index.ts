import type { IndexSettings } from "../../../config/index-settings.js";
import type { SentenceDocument } from "../../search/sentence-document.js";
import { tokenizeWords } from "./text-match.js";
import { addBit, type Bitset } from "./bitset.js";
import { isHardGap } from "./hard-separators.js";
import { TermDictionary } from "./term-dictionary.js";
import {
  growBits,
  growFloat64,
  growInt32,
  MultiValueColumn,
  SingleValueColumn,
  ValueDictionary,
} from "./value-columns.js";

/** Forward-index marker between two searchable attributes. */
export const ATTRIBUTE_BREAK = 0xffffffff;
/** Forward-index marker between two values of one array attribute. */
export const VALUE_BREAK = 0xfffffffe;
/** Forward-index marker for a hard separator between two words (see hard-separators.ts). */
export const HARD_BREAK = 0xfffffffd;

export type SingleValueAttribute =
  "speaker" | "releaseId" | "location" | "category" | "releaseHash";

const SINGLE_VALUE_ATTRIBUTES: readonly SingleValueAttribute[] = [
  "speaker",
  "releaseId",
  "location",
  "category",
  "releaseHash",
];

/**
 * The in-memory data of one index: documents by ordinal, an inverted index
 * (term → ordinals), a forward index (ordinal → term ids, in text order, with
 * attribute, value and hard-separator markers, for phrases and ranking), and typed columns for filters, facets and sorts.
 *
 * @remarks
 * Ordinals are never reused: a replaced or deleted document leaves a hole,
 * its postings are removed, and {@link EmbeddedIndex.needsCompaction} tells the
 * engine when to rebuild. Every write bumps `generation`, which invalidates caches.
 */
export class EmbeddedIndex {
  readonly dictionary = new TermDictionary();
  readonly docs: (SentenceDocument | undefined)[] = [];
  /**
   * The forward index of every document, packed one after the other: ordinal
   * `o` holds `forwardTokens[forwardStart[o] .. forwardEnd[o])` (empty once deleted).
   * One buffer instead of a typed array per document saves ~150 bytes each.
   */
  forwardTokens = new Uint32Array(1 << 16);
  forwardStart = new Int32Array(1024);
  forwardEnd = new Int32Array(1024);
  private forwardLength = 0;
  readonly columns: Record<SingleValueAttribute, SingleValueColumn> = {
    speaker: new SingleValueColumn(),
    releaseId: new SingleValueColumn(),
    location: new SingleValueColumn(),
    category: new SingleValueColumn(),
    releaseHash: new SingleValueColumn(),
  };
  readonly mentions = new MultiValueColumn();
  timestamps = new Float64Array(1024);
  positions = new Int32Array(1024);
  live: Bitset = new Uint32Array(32);
  liveCount = 0;
  generation = 0;
  private readonly ordinalsById = new Map<string, number>();
  /** Other strings repeated across documents (titles, roles, dates), stored once. */
  private readonly strings = new ValueDictionary();

  constructor(readonly settings: IndexSettings) {}

  /** Ordinals in use so far (live or not): the size of every bitset. */
  get ordinalCount(): number {
    return this.docs.length;
  }

  ordinalOf(id: string): number | undefined {
    return this.ordinalsById.get(id);
  }

  /** Adds documents, replacing those with the same id (the last one of a batch wins). */
  upsert(docs: readonly SentenceDocument[]): void {
    const replaced: number[] = [];
    for (const doc of docs) {
      const old = this.ordinalsById.get(doc.id);
      if (old !== undefined) {
        replaced.push(old);
        this.forget(old);
      }
      this.insert(doc);
    }
    this.dropPostings(replaced);
    this.generation++;
  }

  /** Deletes the documents at these ordinals. */
  delete(ordinals: readonly number[]): void {
    const live = ordinals.filter((ordinal) => this.docs[ordinal] !== undefined);
    for (const ordinal of live) this.forget(ordinal);
    this.dropPostings(live);
    this.generation++;
  }

  /** The live documents, in ordinal order. */
  liveDocuments(): SentenceDocument[] {
    return this.docs.filter((doc) => doc !== undefined);
  }

  /** True when holes outnumber live documents: time to rebuild. */
  needsCompaction(): boolean {
    const holes = this.docs.length - this.liveCount;
    return holes > Math.max(1024, this.liveCount);
  }

  private insert(input: SentenceDocument): void {
    const ordinal = this.docs.length;
    const doc = this.internedCopy(ordinal, input);
    this.docs.push(doc);
    this.indexTerms(ordinal, doc);
    this.ordinalsById.set(doc.id, ordinal);
    this.timestamps = growFloat64(this.timestamps, ordinal + 1);
    this.timestamps[ordinal] = doc.timestamp;
    this.positions = growInt32(this.positions, ordinal + 1);
    this.positions[ordinal] = doc.position;
    this.live = growBits(this.live, ordinal + 1);
    addBit(this.live, ordinal);
    this.liveCount++;
  }

  /**
   * A frozen copy sharing one string instance per distinct facet value.
   *
   * @remarks Written field by field: a spread (`{ ...doc, speaker }`) or a frozen
   * `Array#map` result gets a hidden class of its own in V8, ~400 bytes per document.
   */
  private internedCopy(
    ordinal: number,
    doc: SentenceDocument,
  ): SentenceDocument {
    const c = this.columns;
    return Object.freeze({
      id: doc.id,
      text: doc.text,
      speaker: c.speaker.set(ordinal, doc.speaker),
      speakerRole:
        doc.speakerRole === null
          ? null
          : this.strings.canonical(doc.speakerRole),
      releaseId: c.releaseId.set(ordinal, doc.releaseId),
      releaseTitle: this.strings.canonical(doc.releaseTitle),
      category: c.category.set(ordinal, doc.category),
      date: this.strings.canonical(doc.date),
      timestamp: doc.timestamp,
      location: c.location.set(ordinal, doc.location),
      paragraph: doc.paragraph,
      sentence: doc.sentence,
      position: doc.position,
      mentions: this.mentions.set(ordinal, doc.mentions) as string[],
      releaseHash: c.releaseHash.set(ordinal, doc.releaseHash),
    });
  }

  private indexTerms(ordinal: number, doc: SentenceDocument): void {
    const start = this.forwardLength;
    this.settings.searchableAttributes.forEach((attribute, index) => {
      if (index > 0) this.pushToken(ATTRIBUTE_BREAK);
      const value = (doc as unknown as Record<string, unknown>)[attribute];
      const texts = Array.isArray(value) ? value : [value];
      texts.forEach((text, valueIndex) => {
        if (typeof text !== "string") return;
        if (valueIndex > 0) this.pushToken(VALUE_BREAK);
        let previousEnd = -1;
        for (const { start, end, norm: word } of tokenizeWords(text)) {
          if (previousEnd >= 0 && isHardGap(text.slice(previousEnd, start)))
            this.pushToken(HARD_BREAK);
          previousEnd = end;
          const entry = this.dictionary.getOrCreate(word);
          if (entry.postings[entry.postings.length - 1] !== ordinal) {
            entry.postings.push(ordinal);
          }
          this.pushToken(entry.id);
        }
      });
    });
    this.forwardStart = growInt32(this.forwardStart, ordinal + 1);
    this.forwardEnd = growInt32(this.forwardEnd, ordinal + 1);
    this.forwardStart[ordinal] = start;
    this.forwardEnd[ordinal] = this.forwardLength;
  }

  private pushToken(token: number): void {
    if (this.forwardLength === this.forwardTokens.length) {
      const grown = new Uint32Array(this.forwardTokens.length * 2);
      grown.set(this.forwardTokens);
      this.forwardTokens = grown;
    }
    this.forwardTokens[this.forwardLength++] = token;
  }

  /** Removes a document from everything but the postings (see dropPostings). */
  private forget(ordinal: number): void {
    const doc = this.docs[ordinal];
    if (doc === undefined) return;
    this.docs[ordinal] = undefined;
    if (this.ordinalsById.get(doc.id) === ordinal)
      this.ordinalsById.delete(doc.id);
    for (const attribute of SINGLE_VALUE_ATTRIBUTES) {
      this.columns[attribute].clear(ordinal);
    }
    this.mentions.clear(ordinal);
    const word = ordinal >>> 5;
    this.live[word] = (this.live[word] ?? 0) & ~(1 << (ordinal & 31));
    this.liveCount--;
  }

  /** Drops dead ordinals from the postings of the terms these documents held. */
  private dropPostings(ordinals: readonly number[]): void {
    if (ordinals.length === 0) return;
    const terms = new Set<number>();
    for (const ordinal of ordinals) {
      const end = this.forwardEnd[ordinal] ?? 0;
      for (let i = this.forwardStart[ordinal] ?? 0; i < end; i++) {
        const id = this.forwardTokens[i] ?? HARD_BREAK;
        if (id < HARD_BREAK) terms.add(id);
      }
      this.forwardEnd[ordinal] = this.forwardStart[ordinal] ?? 0;
    }
    for (const id of terms) {
      const entry = this.dictionary.byId(id);
      entry.postings = entry.postings.filter(
        (ordinal) => this.docs[ordinal] !== undefined,
      );
    }
  }
}
