import { z } from "zod";
import lexiconData from "../../config/lexicon.json" with { type: "json" };

const lexiconSchema = z.object({
  connectors: z.array(z.string()),
  nameParticles: z.array(z.string()),
  notNames: z.array(z.string()),
  labelSentenceWords: z.array(z.string()),
  subjectVerbs: z.array(z.string()),
  reportingVerbs: z.array(z.string().min(1)),
  clericalTitles: z.array(z.string().min(1)),
  speechActVerbs: z.array(z.string().min(1)),
  contentVerbs: z.array(z.string().min(1)),
  titlePhrases: z.record(z.string(), z.string().min(1)),
});

const lexicon = lexiconSchema.parse(lexiconData);

/** Lower-case words that may sit inside a title or a name ("Minister of Industry and Trade"). */
export const CONNECTORS: ReadonlySet<string> = new Set(lexicon.connectors);

/** Lower-case parts of names ("Van der Bellen", "bin Salman"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  lexicon.nameParticles,
);

/** Capitalised words that start sentences or phrases but are never part of a name. */
export const NOT_NAMES: ReadonlySet<string> = new Set(lexicon.notNames);

/** Lower-case words that make "Something:" a sentence rather than a name with a title. */
export const LABEL_SENTENCE_WORDS: ReadonlySet<string> = new Set(
  lexicon.labelSentenceWords,
);

/** Verbs after which a bare "First Last" at the start of a sentence is a person. */
export const SUBJECT_VERBS: ReadonlySet<string> = new Set(lexicon.subjectVerbs);

/** Verbs of reported speech, as a regex alternation ("said|noted|pointed out|…"). */
export const REPORTING_VERBS_PATTERN = toAlternation(lexicon.reportingVerbs);

/** Titles that stay part of a one-word name ("Metropolitan Korniliy", "Patriarch Kirill"). */
export const CLERICAL_TITLES: ReadonlySet<string> = new Set(
  lexicon.clericalTitles,
);

/** Verbs of a speech act that is its subject's words in that sentence only ("invited", "wished"), as an alternation. */
export const SPEECH_ACT_VERBS_PATTERN = toAlternation(lexicon.speechActVerbs);

/** Reporting verbs that report speech only with a content clause ("informed … that"), as an alternation. */
export const CONTENT_VERBS_PATTERN = toAlternation(lexicon.contentVerbs);

/** Title-only references ("head of the region") → the role word they stand for ("governor"). */
export const TITLE_PHRASES: ReadonlyMap<string, string> = new Map(
  Object.entries(lexicon.titlePhrases),
);

function toAlternation(words: readonly string[]): string {
  return words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
}
