import type { AttributionContext } from "./attribution-context.js";
import {
  ATTRIBUTION_RULES,
  type AttributedParagraph,
  type WalkState,
} from "./attribution-rules.js";
import type { ParsedParagraph } from "../parse/parse-release.js";

export type { Speaker } from "./attribution-context.js";
export type {
  AttributedParagraph,
  AttributedSentence,
} from "./attribution-rules.js";

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
    quoted: undefined,
    message: undefined,
    author: undefined,
    last: null,
  };
  const result: AttributedParagraph[] = [];
  paragraphs.forEach((paragraph, index) => {
    if (paragraph.kind === "separator") state.turn = undefined;
    if (paragraph.kind !== "text" && paragraph.kind !== "aside") return;
    for (const rule of ATTRIBUTION_RULES) {
      const sentences = rule.apply(paragraph, index, context, state);
      if (sentences !== undefined) {
        result.push(sentences);
        state.last = sentences[sentences.length - 1]?.speaker ?? null;
        return;
      }
    }
  });
  return result;
}
