import { z } from "zod";
import lexiconData from "../../config/lexicon.json" with { type: "json" };

const lexiconSchema = z.object({
  connectors: z.array(z.string()),
  nameParticles: z.array(z.string()),
  notNames: z.array(z.string()),
  labelSentenceWords: z.array(z.string()),
  subjectVerbs: z.array(z.string()),
  reportingVerbs: z.array(z.string().min(1)),
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
export const REPORTING_VERBS_PATTERN = lexicon.reportingVerbs
  .map((verb) => verb.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
  .join("|");
