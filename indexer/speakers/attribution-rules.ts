import type { AttributionContext, Speaker } from "./attribution-context.js";
import type { ParsedParagraph } from "../parse/parse-release.js";
import { findReportedSubject } from "./reported-speech.js";
import { MESSAGE_NOUNS } from "./resolve-subject.js";
import { attributeReadoutSentences, findActor } from "./readout-sentences.js";
import { splitNormalizedSentences } from "../parse/split-sentences.js";

/** One sentence and whoever says it (null: the publisher's narration). */
export interface AttributedSentence {
  readonly text: string;
  readonly speaker: Speaker | null;
}

/** A body paragraph's sentences. A paragraph that held only a speaker label has none. */
export type AttributedParagraph = readonly AttributedSentence[];

/** What the walk over a release's paragraphs remembers. */
export interface WalkState {
  /** The speaker whose turn it is in a transcript; undefined outside a transcript. */
  turn: Speaker | undefined;
  /** The last speaker of reported speech, for "He said …". */
  reported: Speaker | undefined;
  /** True once any speaker label was seen. */
  labelSeen: boolean;
  /** Whose quotation the next paragraphs may be, after "Vladimir Putin said:". */
  quoted: Speaker | undefined;
  /** Where a message's quotation stands after "The message reads:": whether it opened, and closed. */
  message: "expected" | "open" | "closed" | "after" | undefined;
  /** The author of the message last quoted, while a quotation may resume ("after"). */
  author: Speaker | undefined;
  /** The speaker of the previous paragraph's last sentence (null: narration). */
  last: Speaker | null;
}

export type TextParagraph = Extract<
  ParsedParagraph,
  { kind: "text" | "aside" }
>;

/** A rule looks at one paragraph; the first rule that returns sentences decides them. */
export interface AttributionRule {
  readonly name: string;
  apply(
    paragraph: TextParagraph,
    index: number,
    context: AttributionContext,
    state: WalkState,
  ): AttributedParagraph | undefined;
}

const NARRATION_MARKER =
  /^(?:The following questions? (?:was|were|is|are) |After the (?:regular )?press conference|(?:This|The) question was raised|A journalist (?:asked|posed))/i;
const OPENING_QUOTE = /^[“"«‘”]/;
/** A paragraph that ends its quotation: “…”. or “….” (the Kremlin also closes with a stray “). */
const CLOSING_QUOTE = /[”"“»]\s*[.!?…]?$/;
const MESSAGE_WORD = new RegExp(`\\b(?:${MESSAGE_NOUNS})\\b`, "i");
const QUOTE_INTRO =
  /\b(?:message|telegram|letter|greetings?|address|congratulations|condolences|statement|appeal|article)\b[^:]*\b(?:reads?|said|says|stated|states|noted)\b|\b(?:said|noted|stated|wrote)\b[^:]*\bin (?:his|her|the) (?:message|telegram|letter|address|article|greetings?)\b|^In (?:his|her|the) [^,:]*\b(?:message|telegram|letter|address|article|greetings?)\b[^:]*\b(?:said|says|wrote|writes|stated|noted)\b/i;

/**
 * The attribution rules, in the order they are tried. Each is tested on its own in
 * `test/unit/indexer/speakers/attribute-speakers.test.ts`.
 */
export const ATTRIBUTION_RULES: readonly AttributionRule[] = [
  {
    name: "an aside in parentheses is narration and keeps the current turn",
    apply: (p) => (p.kind === "aside" ? narrate(p.text) : undefined),
  },
  {
    name: "a note such as 'The following question was raised after the press conference:' is narration and ends the turn",
    apply: (p, _i, _c, state) => {
      if (!NARRATION_MARKER.test(p.text)) return undefined;
      state.turn = undefined;
      return narrate(p.text);
    },
  },
  {
    name: "a speaker label ('Zhao Lijian:', 'Q:', 'Reuters:', 'Remark:') starts that speaker's turn",
    apply: (_p, index, context, state) => {
      const label = context.labels.get(index);
      if (label === undefined) return undefined;
      state.turn = label.speaker;
      state.labelSeen = true;
      state.message = undefined;
      return spokenBy(label.rest, label.speaker);
    },
  },
  {
    name: "a publisher's pull-quote repeating a turn's words is that turn's speaker's, and the current turn goes on",
    apply: (p, index, context) => {
      const speaker = context.pullQuotes.get(index);
      return speaker === undefined ? undefined : spokenBy(p.text, speaker);
    },
  },
  {
    name: "after a quoted message, a quotation that follows the author's own reported words ('Mr Putin also stressed that …') is the message again",
    apply: (p, _i, _c, state) => {
      if (state.message !== "after") return undefined;
      state.message = undefined;
      const author = state.author;
      if (
        author === undefined ||
        state.last?.name !== author.name ||
        !OPENING_QUOTE.test(p.text)
      )
        return undefined;
      state.turn = author;
      state.message = CLOSING_QUOTE.test(p.text) ? "closed" : "open";
      return spokenBy(p.text, author);
    },
  },
  {
    name: "a message quoted after 'The message reads:' ends at its closing quotation mark; a paragraph after it that opens no new quotation is the publisher's again",
    apply: (p, _i, context, state) => {
      const phase = state.message;
      if (phase === undefined) return undefined;
      const opens = OPENING_QUOTE.test(p.text);
      if (state.turn === undefined || (phase === "expected" && !opens)) {
        // An unquoted message has no end mark: its author's turn runs on.
        state.message = undefined;
        return undefined;
      }
      if (phase === "closed" && !opens && p.text.endsWith(":")) {
        // "President Putin also addressed warm words to …:": the author introduces more of the message.
        const author = findActor(p.text, context);
        if (author !== undefined && author.name === state.turn.name) {
          state.message = "expected";
          return narrate(p.text);
        }
      }
      if (phase === "closed" && !opens) {
        // The later rules read it: a new introduction ("The message to X said:"), or narration.
        state.message = "after";
        state.author = state.turn;
        state.turn = undefined;
        return undefined;
      }
      state.message = CLOSING_QUOTE.test(p.text) ? "closed" : "open";
      return spokenBy(p.text, state.turn);
    },
  },
  {
    name: "an unlabelled paragraph continues the current turn",
    apply: (p, _i, _c, state) =>
      state.turn === undefined ? undefined : spokenBy(p.text, state.turn),
  },
  {
    name: "outside any turn (the opening, after a separator), a press conference's paragraphs are the spokesperson's announcements",
    apply: (p, _i, context) =>
      context.spokesperson === undefined
        ? undefined
        : spokenBy(p.text, context.spokesperson),
  },
  {
    name: "'The message reads:' and 'The President said in his message:' are the publisher's and hand the following paragraphs to the message's author",
    apply: (p, _i, context, state) => {
      if (!p.text.endsWith(":") || !QUOTE_INTRO.test(p.text)) return undefined;
      state.message = "expected";
      // "Mr Putin’s message to US President George Bush said": the message is its author's, not its addressee's.
      if (MESSAGE_WORD.test(findReportedSubject(p.text) ?? "")) {
        // No author named anywhere ("Earlier, the Russian President sent a message …"): the release's principal.
        state.turn = context.leadSubject ?? context.principal;
        return narrate(p.text);
      }
      const sentences = reportedSpeech(p.text, context, state);
      const intro = sentences.length - 1;
      state.turn =
        sentences[intro]?.speaker ?? context.leadSubject ?? context.principal;
      return sentences.map((s, i) =>
        i === intro ? { ...s, speaker: null } : s,
      );
    },
  },
  {
    name: "a release authored by someone ('Article by Vladimir Putin …') is theirs until a label",
    apply: (p, _i, context, state) =>
      context.author === undefined || state.labelSeen
        ? undefined
        : spokenBy(p.text, context.author),
  },
  {
    name: "a quotation (“…) right after 'X said:' is X's",
    apply: (p, _i, _c, state) => {
      if (state.quoted === undefined) return undefined;
      if (OPENING_QUOTE.test(p.text)) return spokenBy(p.text, state.quoted);
      state.quoted = undefined;
      return undefined;
    },
  },
  {
    name: "in a readout, 'X said …' makes X the speaker for the rest of the paragraph; other text is narration",
    apply: (p, _i, context, state) => {
      const sentences = reportedSpeech(p.text, context, state);
      if (p.text.endsWith(":")) {
        state.quoted = sentences[sentences.length - 1]?.speaker ?? undefined;
      }
      return sentences;
    },
  },
];

function narrate(text: string): AttributedParagraph {
  return splitNormalizedSentences(text).map((s) => ({
    text: s,
    speaker: null,
  }));
}

function spokenBy(text: string, speaker: Speaker): AttributedParagraph {
  return splitNormalizedSentences(text).map((s) => ({ text: s, speaker }));
}

function reportedSpeech(
  text: string,
  context: AttributionContext,
  state: WalkState,
): AttributedParagraph {
  const sentences = attributeReadoutSentences(
    splitNormalizedSentences(text),
    context,
    state.reported,
  );
  for (const s of sentences) if (s.speaker !== null) state.reported = s.speaker;
  return sentences;
}
