import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/** The formats the gold set labels (see /work/gold-format.md and issue 10). */
export const GOLD_FORMATS = [
  "mfa-readout",
  "mfa-remarks",
  "mfa-conference-old",
  "mfa-conference-new",
  "kremlin-readout",
  "kremlin-transcript",
  "kremlin-interview",
  "kremlin-phone",
  "kremlin-message",
] as const;

export const GOLD_SPLITS = ["dev", "holdout"] as const;
export type GoldSplit = (typeof GOLD_SPLITS)[number];

const goldSentenceSchema = z.object({
  start: z.string().min(1),
  speaker: z.string().min(1).nullable(),
});

const goldParagraphSchema = z.object({
  block: z.number().int().min(0),
  sentences: z.array(goldSentenceSchema),
  mentions: z.array(z.string().min(1)),
});

const goldReleaseSchema = z.object({
  file: z.string().min(1),
  format: z.enum(GOLD_FORMATS),
  location: z.string().min(1).nullable(),
  venue: z.string().min(1).nullable().optional(),
  notes: z.string().optional(),
  paragraphs: z.array(goldParagraphSchema),
});

export type GoldRelease = z.infer<typeof goldReleaseSchema>;
export type GoldParagraph = z.infer<typeof goldParagraphSchema>;

/** A gold file and the split it belongs to. */
export interface GoldEntry {
  readonly split: GoldSplit;
  /** The gold file's name, for messages. */
  readonly name: string;
  readonly gold: GoldRelease;
}

/**
 * Reads every `<split>/*.json` under `goldDir`, validated.
 *
 * @param splits - the splits to read (the holdout is only read to score it, never to tune rules)
 * @throws when a file does not parse or does not match the gold format
 */
export function readGoldSet(
  goldDir: string,
  splits: readonly GoldSplit[] = GOLD_SPLITS,
): GoldEntry[] {
  const entries: GoldEntry[] = [];
  for (const split of splits) {
    const dir = path.join(goldDir, split);
    let names: string[];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith(".json"));
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      const raw: unknown = JSON.parse(
        readFileSync(path.join(dir, name), "utf8"),
      );
      const parsed = goldReleaseSchema.safeParse(raw);
      if (!parsed.success)
        throw new Error(`${split}/${name}: ${parsed.error.message}`);
      entries.push({ split, name, gold: parsed.data });
    }
  }
  return entries;
}
