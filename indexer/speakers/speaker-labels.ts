import {
  CLERICAL_TITLES,
  CONNECTORS,
  LABEL_SENTENCE_WORDS,
} from "../names/lexicon.js";
import { cappedMemo } from "../names/capped-memo.js";
import { GAZETTEER } from "../names/gazetteer.js";
import { isNameWord, splitRoleAndName } from "../names/person-names.js";

const TITLES: ReadonlySet<string> = new Set(GAZETTEER.personTitles);

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
      /** True for a title without a name ("Winner of the Prize for Young Scientists"): an unnamed participant. */
      readonly roleOnly?: boolean;
    };

/** Long enough for the longest title labels of the corpus (194 characters, "Co-chair of … Alexander Rumyantsev"). */
const MAX_LABEL_LENGTH = 220;
/** "(retranslated)", "(UEFA)", "(contractor in the bridge project)": notes inside a label. */
const NOTE = /\s*\([^()]*\)/g;

const JOURNALIST =
  /^(?:Q|Questions?|Follow[- ]up(?: question)?|Journalists?|Reporter|Correspondent|(?:The )?journalist (?:explains|clarifies|adds|asks|continues|clarified|added|explained|asked)|Question from .{1,60})$/i;
const ANSWER = /^(?:A|Answer)$/;
const PARTICIPANT =
  /^(?:Remarks?|Reply|Response|Comment|Participants?|Voices?|Voice from the audience|From the audience|Audience|Audience member)$/i;

const FORBIDDEN = /[;!?“”"«»…[\]]|,(?!\s\p{Lu})|\p{Ll}{2,}\.\s/u;
/** Digits belong to a label only inside a title: "Commander of the 58th Army Andrey Gurulyov". */
const DIGIT = /\d/;
/** "Valeriya Korableva, reporter at Channel One": a name, then a description after a comma. */
const NAME_THEN_DESCRIPTION =
  /^(\p{Lu}[\p{L}’'-]+(?:\s\p{Lu}[\p{L}’'.-]+){1,3}),\s+(\S.*)$/u;
/** "Verkhnyaya Salda, Sverdlovsk Region": a place and its region, not a person. */
const PLACE_DESCRIPTION =
  /\b(?:Region|Territory|Republic|District|Oblast|Krai)$/;
const SHOUTED_CONNECTOR = /^(?:OF|THE|AND|FOR|ON|IN|AT|TO)$/;
/** Words of a label in capitals that stay so: acronyms, not shouted names ("CEO", "UEFA", but "PUTIN"). */
const SHOUTED = /^\p{Lu}{3,}(?:-\p{Lu}+)*$/u;
/** "VladimirPutin", "SergeyDonskoy": names whose space was lost. */
const SQUASHED = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})$/u;
/** Titles run to 25 words ("Plenipotentiary Presidential Envoy to the Volga District and Chairman of …"); sentence words still reject a sentence. */
const MAX_LABEL_WORDS = 32;
const PLACE_CONNECTORS: ReadonlySet<string> = new Set(["of", "for", "in"]);

/** Splits "Zhao Lijian: text" into label and rest; undefined when the paragraph has no label shape. */
export function readLabelCandidate(
  paragraph: string,
): LabelCandidate | undefined {
  const colon = paragraph.indexOf(":");
  if (colon < 1 || colon > MAX_LABEL_LENGTH) return undefined;
  const after = paragraph.charCodeAt(colon + 1);
  if (!Number.isNaN(after) && after !== 0x20) return undefined;
  const label = paragraph.slice(0, colon).replace(NOTE, "").trim();
  if (label === "") return undefined;
  return { label, rest: paragraph.slice(colon + 1).trim() };
}

/**
 * Judges a label by its wording: a questioner ("Q", "Follow-up"), an answer ("A"), an
 * unnamed participant ("Remark"), a person ("Finance Minister Anton Siluanov"), or not a
 * label at all ("Our position is very clear", "Second, we should").
 */
export function readLabelShape(raw: string): LabelShape | undefined {
  return labelShapes(raw);
}

// Transcripts repeat their labels ("Vladimir Putin:" on every turn): judge each once.
const labelShapes = cappedMemo(judgeLabel, 50_000);

function judgeLabel(raw: string): LabelShape | undefined {
  if (JOURNALIST.test(raw)) return { kind: "journalist" };
  if (ANSWER.test(raw)) return { kind: "answer" };
  if (PARTICIPANT.test(raw)) return { kind: "participant" };
  const label = unshout(raw);
  const described = readNameThenDescription(label);
  if (described !== undefined) return described;
  if (FORBIDDEN.test(label)) return undefined;
  if (DIGIT.test(label) && !TITLES.has(label.split(" ", 1)[0] ?? ""))
    return undefined;
  // Commas stay on their words: a name never spans one ("Lipetsk, Yevgeny Zaitsev").
  const words = label
    .split(/\s+/)
    .flatMap((w) => SQUASHED.exec(w)?.slice(1) ?? [w]);
  if (words.length > MAX_LABEL_WORDS) return undefined;
  let weak = false;
  for (const word of words) {
    if (/^\p{Lu}/u.test(word)) continue;
    const lower = word.toLowerCase().replace(/,$/, "");
    if (LABEL_SENTENCE_WORDS.has(lower)) return undefined;
    if (!CONNECTORS.has(lower)) weak = true;
  }
  if (/^\p{Ll}/u.test(words[0] ?? "") && !weak) return undefined;
  // "Dmitry, Moscow": no full name after the comma; read the label as one phrase.
  const split = [words, words.map((w) => w.replace(/,$/, ""))]
    .map(splitRoleAndName)
    .find((s, i) => i === 1 || s?.name.includes(" "));
  if (split === undefined) return undefined;
  const placed = readNameBeforePlace(words, split.name);
  if (placed === "role only")
    return { kind: "person", ...split, weak, roleOnly: true };
  return { kind: "person", ...keepClericalTitle(placed ?? split), weak };
}

/**
 * A "name" right after "of" or "for" is a place or a field, not a person: "Crown Prince
 * Mohammed Al Nahyan of Abu Dhabi" names the person before it; "Winner of the Prize for
 * Young Scientists" names nobody.
 */
function readNameBeforePlace(
  words: readonly string[],
  name: string,
): { role: string | null; name: string } | "role only" | undefined {
  const at = words.length - name.split(" ").length;
  const connector = words[at - 1]?.toLowerCase();
  if (connector === undefined || !PLACE_CONNECTORS.has(connector))
    return undefined;
  const inner =
    connector === "of" ? splitRoleAndName(words.slice(0, at - 1)) : undefined;
  if (inner === undefined || !inner.name.includes(" ")) return "role only";
  const place = words.slice(at - 1).join(" ");
  return {
    role: inner.role === null ? place : `${inner.role} ${place}`,
    name: inner.name,
  };
}

/** "Metropolitan Korniliy": a one-word name keeps the clerical title it is known by. */
function keepClericalTitle(split: { role: string | null; name: string }): {
  role: string | null;
  name: string;
} {
  const roleWords = split.role?.split(" ") ?? [];
  const title = roleWords[roleWords.length - 1];
  if (split.name.includes(" ") || title === undefined) return split;
  if (!CLERICAL_TITLES.has(title)) return split;
  const rest = roleWords.slice(0, -1).join(" ");
  return { role: rest === "" ? null : rest, name: `${title} ${split.name}` };
}

/**
 * "Vladimir PUTIN", "Security Council Secretary NIKOLAI PATRUSHEV": names typed in capitals
 * get their usual case; short acronyms ("CEO", "UEFA", "FIFA") stay.
 */
export function unshout(label: string): string {
  if (!/\p{Lu}{3}/u.test(label)) return label;
  const words = label.split(" ");
  const shouted = words.map((w) => SHOUTED.test(w) && !KNOWN_ACRONYMS.has(w));
  // A shouted word is a name when it ends the label or sits in a run ("NIKOLAI PATRUSHEV"); alone inside, an acronym.
  const isName = (i: number): boolean =>
    shouted[i] === true &&
    (i === words.length - 1 ||
      shouted[i - 1] === true ||
      shouted[i + 1] === true ||
      SHOUTED_CONNECTOR.test(words[i + 1] ?? ""));
  return words
    .map((word, i) => {
      if (SHOUTED_CONNECTOR.test(word) && (isName(i - 1) || isName(i + 1)))
        return word.toLowerCase();
      return isName(i) ? titleCase(word) : word;
    })
    .join(" ");
}

const KNOWN_ACRONYMS: ReadonlySet<string> = new Set([
  "CEO",
  "FIFA",
  "UEFA",
  "OECD",
  "CSTO",
  "NATO",
  "TASS",
  "VGTRK",
  "CIS",
  "SCO",
  "BRICS",
  "APEC",
  "UN",
  "EU",
  "USA",
  "VEB",
  "RDIF",
  "ASI",
  "FSB",
  "MFA",
]);

function titleCase(word: string): string {
  return word
    .toLowerCase()
    .replace(
      /(^|[-’'])(\p{L})/gu,
      (_m, sep: string, c: string) => sep + c.toUpperCase(),
    );
}

/** "Sergei Agafonov, Editor in Chief of Ogonyok magazine": the name, and the description as role. */
function readNameThenDescription(label: string): LabelShape | undefined {
  const match = NAME_THEN_DESCRIPTION.exec(label);
  const name = match?.[1];
  const role = match?.[2];
  if (name === undefined || role === undefined) return undefined;
  if (!name.split(" ").every(isNameWord)) return undefined;
  if (/[;!?“”"«»…]/.test(role) || PLACE_DESCRIPTION.test(role))
    return undefined;
  const sentenceLike = role
    .split(/[\s,]+/)
    .some((w) => /^\p{Ll}/u.test(w) && LABEL_SENTENCE_WORDS.has(w));
  return sentenceLike ? undefined : { kind: "person", role, name, weak: false };
}
