import type { AttributionContext, Speaker } from "./attribution-context.js";
import { findReportedSubject, isSpeechAct } from "./reported-speech.js";
import { MESSAGE_PHRASE, resolveSubject } from "./resolve-subject.js";

/** Up to five words before the sentence's first verb-like word: "Mr Putin described", "The head of state also discussed". */
const LEADING_SUBJECT =
  /^(?=\p{Lu})((?:[\p{L}’'.-]+\s+){0,4}?[\p{L}’'.-]+)\s+(?:also\s+|then\s+)?(?:\p{Ll}+ed|met|gave|told|spoke|sent|held|made|took|had|paid|wrote|said)\b/u;
const PRONOUN_SUBJECT = /^(?:He|She|They|It)$/;
/** "Mr Putin and Mr Miller discussed …": two people act together; neither speaks. */
const JOINT_SUBJECT = /\sand\s|^Both\b/;
/** "Veterans", "The sides", "Both leaders", "The two presidents": a plural subject. */
const GROUP_SUBJECT =
  /^(?:(?:[Tt]he|Both|All|Many|Some)\s+)?(?:[\p{L}-]+\s+)?\p{Ll}+[^s\s]s$|^\p{Lu}\p{Ll}+(?:ers|ants|ents|ists|ans|ives|ors)$|^(?:They|Both|All)$/u;
/** "It was noted during the conversation that …": no subject, the paragraph's speaker goes on. */
const IMPERSONAL = /^It (?:was|is|has been)$/;
/** "The participants", "The two leaders": people acting together, nobody's words ("They" may be things: not here). */
const PEOPLE_GROUP =
  /^(?:(?:The|Both|All)\s+)?(?:(?:two|meeting|summit|talks|conference|session)\s+)?(?:[Pp]articipants|[Ss]ides|[Ll]eaders|[Pp]arties|[Pp]residents|heads of state|[Mm]inisters|[Dd]elegations|interlocutors|attendees)$/;
/** A topic its subject spoke on: "X also discussed Y", "X touched upon Y" (not "discussed Y with Z"). */
const TOPIC_VERB =
  /^[^,]*?\s(?:also\s+)?(?:discussed|touched (?:up)?on|dwelt on|focused on|spoke on)\s(?![^.]*\bwith\b)/;

const OPENS_QUOTE = /^[“"«]/;
const CLOSES_QUOTE = /[”"»]/;

/** What the rules see of one sentence of a readout paragraph. */
export interface ReadoutSentence {
  readonly text: string;
  /** Whose words the sentence reports ("The Governor said …"), resolved; undefined if none. */
  readonly reported: Speaker | undefined;
  /** The subject phrase of a reporting verb, resolved or not ("Veterans", "Mr Frank"). */
  readonly subject: string | undefined;
  /** The person the sentence opens with as its subject ("Mr Putin described …"). */
  readonly actor: Speaker | undefined;
  /** True when two people of the release open the sentence acting together ("Mr Kuchma and Mr Putin discussed …"). */
  readonly pair: boolean;
  /** True when people as a group open the sentence acting ("The participants also discussed …"). */
  readonly group: boolean;
  /** True when the reported speech is a speech act ("X invited Y to visit"): that sentence only. */
  readonly speechAct: boolean;
}

/** null: narration from here on; undefined: the rule does not apply. */
export type SpeakerChange = Speaker | null | undefined;

/** A rule for one sentence of a readout paragraph; the first that answers decides. */
export interface SentenceRule {
  readonly name: string;
  readonly apply: (
    sentence: ReadoutSentence,
    current: Speaker | null,
  ) => SpeakerChange;
  /** Whose the following sentences are when this rule decided; by default the same speaker. */
  readonly then?: (
    sentence: ReadoutSentence,
    current: Speaker | null,
  ) => Speaker | null;
}

/**
 * How a readout paragraph's speaker changes sentence by sentence, in the order tried.
 * Each is tested on its own in `test/unit/indexer/speakers/readout-sentences.test.ts`.
 */
export const SENTENCE_RULES: readonly SentenceRule[] = [
  {
    name: "a reporting verb with a person as subject ('The Governor said …', 'X supported …') makes that person the speaker; a speech act ('X invited Y to visit') for that sentence only",
    apply: (s) => s.reported,
    then: (s, current) => (s.speechAct ? current : (s.reported ?? null)),
  },
  {
    name: "a reporting verb with a group as subject ('Veterans told him that …', 'The sides noted …') is narration; an impersonal passive ('It was noted that …') is not a group",
    apply: (s) =>
      s.subject !== undefined &&
      !IMPERSONAL.test(s.subject) &&
      GROUP_SUBJECT.test(s.subject)
        ? null
        : undefined,
  },
  {
    name: "two people acting together ('Mr Kuchma and Mr Putin also discussed …') end the speaker's words",
    apply: (s) => (s.pair ? null : undefined),
  },
  {
    name: "people as a group acting ('The participants also discussed …', 'The two leaders agreed …') end the speaker's words",
    apply: (s) => (s.group ? null : undefined),
  },
  {
    name: "another person acting ('Mr Chretien congratulated … Mr Putin described the plans …') ends the speaker's words",
    apply: (s, current) =>
      s.actor !== undefined && s.actor.name !== current?.name
        ? null
        : undefined,
  },
];

/**
 * Attributes the sentences of a readout paragraph: a sentence keeps the speaker of the one
 * before it unless a {@link SENTENCE_RULES} rule changes it; a topic sentence ("The head of
 * state also discussed capital flight.") is its subject's when that person's words follow.
 *
 * @param lastReported - the speaker "He" refers to when the paragraph has named nobody yet
 */
export function attributeReadoutSentences(
  sentences: readonly string[],
  context: AttributionContext,
  lastReported: Speaker | undefined,
): { text: string; speaker: Speaker | null }[] {
  let speaker: Speaker | null = null;
  // Who spoke last in this paragraph; before anyone did, the person the sentence before
  // named ("President Putin called attention to … He instructed …"), then the last speaker before the paragraph.
  let reference: Speaker | undefined;
  let previous: string | undefined;
  // Actors are looked up only where a rule needs one: most narration never does.
  const pronounReference = {
    get reported(): Speaker | undefined {
      return (
        reference ??
        (previous === undefined ? undefined : findActor(previous, context)) ??
        lastReported
      );
    },
  };
  const read = sentences.map((text) => {
    const subject = findReportedSubject(text);
    // "President Putin gave instructions … He said …": "He" is the person the paragraph just named.
    const reported =
      subject === undefined
        ? undefined
        : resolveSubject(subject, context, pronounReference);
    // Who acts in the sentence matters only while someone is speaking and nobody is reported.
    const leading =
      speaker !== null && reported === undefined
        ? LEADING_SUBJECT.exec(text)?.[1]
        : undefined;
    const sentence = {
      text,
      subject,
      reported,
      actor: actorOf(leading, context),
      pair: isPair(leading, context),
      group: PEOPLE_GROUP.test(leading ?? ""),
      speechAct: reported !== undefined && isSpeechAct(text),
    };
    let said = speaker;
    for (const rule of SENTENCE_RULES) {
      const change = rule.apply(sentence, speaker);
      if (change !== undefined) {
        said = change;
        speaker =
          rule.then === undefined ? change : rule.then(sentence, speaker);
        break;
      }
    }
    if (reported !== undefined) reference = reported;
    previous = text;
    return { sentence, speaker: said };
  });
  const result = read.map(({ sentence, speaker: said }, i) => {
    const next = read[i + 1]?.speaker;
    if (said !== null || next == null || !TOPIC_VERB.test(sentence.text))
      return { text: sentence.text, speaker: said };
    const actor = findActor(sentence.text, context);
    return {
      text: sentence.text,
      speaker: actor?.name === next.name ? actor : null,
    };
  });
  fillOpenedQuotations(result);
  return result;
}

/**
 * "“We denounce this crime. This attack shows …,” emphasised the President.": the sentences
 * of a quotation that an attribution closes are the speaker's from its opening mark.
 */
function fillOpenedQuotations(
  sentences: { text: string; speaker: Speaker | null }[],
): void {
  sentences.forEach((closing, i) => {
    const speaker = closing.speaker;
    if (
      speaker === null ||
      OPENS_QUOTE.test(closing.text) ||
      !CLOSES_QUOTE.test(closing.text) ||
      sentences[i - 1]?.speaker !== null
    )
      return;
    for (let j = i - 1; j >= 0; j--) {
      const s = sentences[j];
      if (s === undefined || s.speaker !== null) return;
      const opens = OPENS_QUOTE.test(s.text);
      if (CLOSES_QUOTE.test(opens ? s.text.slice(1) : s.text)) return;
      if (opens) {
        for (let k = j; k < i; k++) {
          const open = sentences[k];
          if (open !== undefined) open.speaker = speaker;
        }
        return;
      }
    }
  });
}

/** The person a sentence opens with, as its subject; not a pronoun, a pair or a message. */
export function findActor(
  sentence: string,
  context: AttributionContext,
): Speaker | undefined {
  return actorOf(LEADING_SUBJECT.exec(sentence)?.[1], context);
}

/** The person a leading subject names; not a pronoun, a pair or a message. */
function actorOf(
  subject: string | undefined,
  context: AttributionContext,
): Speaker | undefined {
  if (
    subject === undefined ||
    PRONOUN_SUBJECT.test(subject) ||
    JOINT_SUBJECT.test(subject) ||
    MESSAGE_PHRASE.test(subject)
  )
    return undefined;
  return resolveSubject(subject, context, { reported: undefined });
}

/** True when a leading subject is two people of the release ("Mr Kuchma and Mr Putin discussed …"). */
function isPair(
  subject: string | undefined,
  context: AttributionContext,
): boolean {
  const halves = subject?.split(" and ");
  if (halves?.length !== 2) return false;
  const none = { reported: undefined };
  const [first, second] = halves.map((h) => resolveSubject(h, context, none));
  return (
    first !== undefined && second !== undefined && first.name !== second.name
  );
}
