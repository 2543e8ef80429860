import type { AttributionContext, Speaker } from "./attribution-context.js";
import type { ParsedParagraph } from "./parse-release.js";
import { splitRoleAndName } from "./person-names.js";
import { findReportedSubject } from "./reported-speech.js";
import { splitSentences } from "./split-sentences.js";

export type { Speaker } from "./attribution-context.js";

/** One sentence and whoever says it (null: the publisher's narration). */
export interface AttributedSentence {
  readonly text: string;
  readonly speaker: Speaker | null;
}

/** A body paragraph's sentences. A paragraph that held only a speaker label has none. */
export type AttributedParagraph = readonly AttributedSentence[];

/** What the walk over a release's paragraphs remembers. */
interface WalkState {
  /** The speaker whose turn it is in a transcript; undefined outside a transcript. */
  turn: Speaker | undefined;
  /** The last speaker of reported speech, for "He said …". */
  reported: Speaker | undefined;
  /** True once any speaker label was seen. */
  labelSeen: boolean;
}

type TextParagraph = Extract<ParsedParagraph, { kind: "text" | "aside" }>;

/** A rule looks at one paragraph; the first rule that returns sentences decides them. */
interface AttributionRule {
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
const QUOTE_INTRO =
  /\b(?:message|telegram|letter|greetings?|address|congratulations|condolences|statement|appeal|article)\b[^:]*\b(?:reads?|said|says|stated|states|noted)\b|\b(?:said|noted|stated|wrote)\b[^:]*\bin (?:his|her|the) (?:message|telegram|letter|address|article|greetings?)\b/i;
const PRINCIPAL_PHRASE =
  /^(?:the\s+)?(?:Russian\s+)?(?:President(?: of Russia| of the Russian Federation)?|head of state|Head of State|Russian leader)$/i;
const PRONOUN = /^(?:He|She)$/;
const THE_TITLE = /^the\s+(\p{L}+)$/iu;
const HONORIFIC = /^(?:Mr|Ms|Mrs|Dr|Mr\.|Ms\.|Mrs\.|Dr\.)$/;

/**
 * The attribution rules, in the order they are tried. Each is tested on its own in
 * `test/unit/indexer/attribute-speakers.test.ts`.
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
    name: "before any label, a press conference's paragraphs are the spokesperson's announcements",
    apply: (p, _i, context, state) =>
      context.spokesperson === undefined || state.labelSeen
        ? undefined
        : spokenBy(p.text, context.spokesperson),
  },
  {
    name: "'The message reads:' hands the following paragraphs to the message's author",
    apply: (p, _i, context, state) => {
      if (!p.text.endsWith(":") || !QUOTE_INTRO.test(p.text)) return undefined;
      const sentences = reportedSpeech(p.text, context, state);
      state.turn =
        sentences[sentences.length - 1]?.speaker ?? context.leadSubject;
      return sentences;
    },
  },
  {
    name: "in a readout, 'X said …' makes X the speaker for the rest of the paragraph; other text is narration",
    apply: (p, _i, context, state) => reportedSpeech(p.text, context, state),
  },
];

/**
 * Attributes every sentence of a release to its speaker, following the rules of API.md
 * ("Speakers"), as `ATTRIBUTION_RULES` spells them out.
 *
 * @returns one entry per text paragraph (kind "text" or "aside"), in order
 */
export function attributeSpeakers(
  paragraphs: readonly ParsedParagraph[],
  context: AttributionContext,
): AttributedParagraph[] {
  const state: WalkState = {
    turn: undefined,
    reported: undefined,
    labelSeen: false,
  };
  const result: AttributedParagraph[] = [];
  paragraphs.forEach((paragraph, index) => {
    if (paragraph.kind === "separator") state.turn = undefined;
    if (paragraph.kind !== "text" && paragraph.kind !== "aside") return;
    for (const rule of ATTRIBUTION_RULES) {
      const sentences = rule.apply(paragraph, index, context, state);
      if (sentences !== undefined) {
        result.push(sentences);
        return;
      }
    }
  });
  return result;
}

function narrate(text: string): AttributedParagraph {
  return splitSentences(text).map((s) => ({ text: s, speaker: null }));
}

function spokenBy(text: string, speaker: Speaker): AttributedParagraph {
  return splitSentences(text).map((s) => ({ text: s, speaker }));
}

function reportedSpeech(
  text: string,
  context: AttributionContext,
  state: WalkState,
): AttributedParagraph {
  let speaker: Speaker | null = null;
  return splitSentences(text).map((sentence) => {
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

/** Who "Wang Yi", "Lavrov", "The President", "He" or "the minister" is in this release. */
export function resolveSubject(
  subject: string,
  context: AttributionContext,
  state: { readonly reported: Speaker | undefined },
): Speaker | undefined {
  if (PRONOUN.test(subject)) return state.reported;
  if (PRINCIPAL_PHRASE.test(subject)) return context.principal;
  const title = THE_TITLE.exec(subject)?.[1]?.toLowerCase();
  if (title !== undefined) return findByTitle(title, context);
  const words = subject.split(" ").filter((w) => !HONORIFIC.test(w));
  const split = splitRoleAndName(words);
  if (split === undefined) return undefined;
  // "Mr Putin and Mr Berlusconi expressed …" is joint narration, nobody's words.
  const joint = split.role
    ?.split(" ")
    .some((w) => context.people.resolve(w) !== undefined);
  if (joint === true) return undefined;
  const person = context.people.resolve(split.name);
  return person === undefined
    ? undefined
    : { name: person.name, role: person.role };
}

function findByTitle(
  title: string,
  context: AttributionContext,
): Speaker | undefined {
  const matches = context.people
    .all()
    .filter((p) => p.role?.toLowerCase().split(" ").pop() === title);
  const only = matches.length === 1 ? matches[0] : undefined;
  return only === undefined ? undefined : { name: only.name, role: only.role };
}
