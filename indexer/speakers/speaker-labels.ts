import { CONNECTORS, LABEL_SENTENCE_WORDS } from "../names/lexicon.js";
import { splitRoleAndName } from "../names/person-names.js";

/** A paragraph that opens with "Something:" — maybe a speaker label, maybe ordinary text. */
export interface LabelCandidate {
  /** The label without its colon and without "(retranslated)"-style notes. */
  readonly label: string;
  /** The paragraph after the label. */
  readonly rest: string;
}

/** What a label says about who speaks, judged from its wording alone. */
export type LabelShape =
  | { readonly kind: "journalist" }
  | { readonly kind: "answer" }
  | { readonly kind: "participant" }
  | {
      readonly kind: "person";
      readonly role: string | null;
      readonly name: string;
      /** True when the role holds lower-case words beyond "of", "and", "the" … */
      readonly weak: boolean;
    };

const MAX_LABEL_LENGTH = 140;
const TRAILING_NOTE = /\s*\([^()]*\)\s*$/;

const JOURNALIST =
  /^(?:Q|Questions?|Follow[- ]up(?: question)?|Journalists?|Reporter|Correspondent|(?:The )?journalist (?:explains|clarifies|adds|asks|continues|clarified|added|explained|asked)|Question from .{1,60})$/i;
const ANSWER = /^(?:A|Answer)$/;
const PARTICIPANT =
  /^(?:Remarks?|Reply|Response|Comment|Participants?|Voices?|Voice from the audience|From the audience|Audience|Audience member)$/i;

const FORBIDDEN = /[\d;!?“”"«»…[\]]|,(?!\s\p{Lu})|\p{Ll}{2,}\.\s/u;
/** "VladimirPutin", "SergeyDonskoy": names whose space was lost. */
const SQUASHED = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})$/u;
const MAX_LABEL_WORDS = 16;

/** Splits "Zhao Lijian: text" into label and rest; undefined when the paragraph has no label shape. */
export function readLabelCandidate(
  paragraph: string,
): LabelCandidate | undefined {
  const colon = paragraph.indexOf(":");
  if (colon < 1 || colon > MAX_LABEL_LENGTH) return undefined;
  const after = paragraph.charCodeAt(colon + 1);
  if (!Number.isNaN(after) && after !== 0x20) return undefined;
  const label = paragraph.slice(0, colon).replace(TRAILING_NOTE, "").trim();
  if (label === "") return undefined;
  return { label, rest: paragraph.slice(colon + 1).trim() };
}

/**
 * Judges a label by its wording: a questioner ("Q", "Follow-up"), an answer ("A"), an
 * unnamed participant ("Remark"), a person ("Finance Minister Anton Siluanov"), or not a
 * label at all ("Our position is very clear", "Second, we should").
 */
export function readLabelShape(label: string): LabelShape | undefined {
  if (JOURNALIST.test(label)) return { kind: "journalist" };
  if (ANSWER.test(label)) return { kind: "answer" };
  if (PARTICIPANT.test(label)) return { kind: "participant" };
  if (FORBIDDEN.test(label)) return undefined;
  const words = label
    .replace(/,/g, "")
    .split(/\s+/)
    .flatMap((w) => SQUASHED.exec(w)?.slice(1) ?? [w]);
  if (words.length > MAX_LABEL_WORDS) return undefined;
  let weak = false;
  for (const word of words) {
    if (/^\p{Lu}/u.test(word)) continue;
    const lower = word.toLowerCase();
    if (LABEL_SENTENCE_WORDS.has(lower)) return undefined;
    if (!CONNECTORS.has(lower)) weak = true;
  }
  if (/^\p{Ll}/u.test(words[0] ?? "") && !weak) return undefined;
  const split = splitRoleAndName(words);
  if (split === undefined) return undefined;
  return { kind: "person", role: split.role, name: split.name, weak };
}
