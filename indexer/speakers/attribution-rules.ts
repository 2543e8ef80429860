import type { AttributionContext, Speaker } from "./attribution-context.js";
import type { ParsedParagraph } from "../parse/parse-release.js";
import { findReportedSubject } from "./reported-speech.js";
import { MESSAGE_PHRASE, resolveSubject } from "./resolve-subject.js";
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
const OPENING_QUOTE = /^[“"«‘]/;
const QUOTE_INTRO =
  /\b(?:message|telegram|letter|greetings?|address|congratulations|condolences|statement|appeal|article)\b[^:]*\b(?:reads?|said|says|stated|states|noted)\b|\b(?:said|noted|stated|wrote)\b[^:]*\bin (?:his|her|the) (?:message|telegram|letter|address|article|greetings?)\b/i;

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
      return spokenBy(label.rest, label.speaker);
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
    name: "'The message reads:' hands the following paragraphs to the message's author",
    apply: (p, _i, context, state) => {
      if (!p.text.endsWith(":") || !QUOTE_INTRO.test(p.text)) return undefined;
      if (MESSAGE_PHRASE.test(findReportedSubject(p.text) ?? "")) {
        state.turn = context.leadSubject;
        return narrate(p.text);
      }
      const sentences = reportedSpeech(p.text, context, state);
      state.turn =
        sentences[sentences.length - 1]?.speaker ?? context.leadSubject;
      return sentences;
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
  let speaker: Speaker | null = null;
  return splitNormalizedSentences(text).map((sentence) => {
    const subject = findReportedSubject(sentence);
    const reported =
      subject === undefined
        ? undefined
        : resolveSubject(subject, context, state);
    if (reported !== undefined) {
      speaker = reported;
      state.reported = reported;
    }
    return { text: sentence, speaker };
  });
}
