import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { CORPUS_DIR, ROOT, table } from "./bench-report.js";
import {
  GOLD_SPLITS,
  readGoldSet,
  type GoldSplit,
} from "./speaker-gold/gold-set.js";
import {
  ratios,
  scoreGoldSet,
  summarise,
  topConfusions,
  type SummaryRow,
} from "./speaker-gold/score-gold.js";

/**
 * Scores the indexer against the hand-labelled speaker gold set (issue 10): per split and
 * format, speaker accuracy (per gold sentence), sentence-count accuracy (per block),
 * location accuracy (per release), mention precision and recall (per block), and the most
 * frequent speaker confusions.
 *
 * Usage: `npm run score:speakers [-- --split dev] [--gold DIR] [--problems] [--misses] [--mentions]`. Prints
 * markdown; `--misses` and `--mentions` list every wrong sentence and block (use it on dev only: the holdout is not for tuning).
 */
export const GOLD_DIR = path.join(ROOT, "test", "fixtures", "speaker-gold");
const CONFUSIONS = 20;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      split: { type: "string", multiple: true },
      gold: { type: "string", default: GOLD_DIR },
      problems: { type: "boolean", default: false },
      misses: { type: "boolean", default: false },
      mentions: { type: "boolean", default: false },
    },
  });
  const splits = (values.split ?? [...GOLD_SPLITS]).map(toSplit);
  if (!existsSync(CORPUS_DIR)) {
    process.stdout.write(`Skipped: no corpus at ${CORPUS_DIR}.\n`);
    return;
  }
  const scores = await scoreGoldSet(
    readGoldSet(values.gold, splits),
    CORPUS_DIR,
  );
  const rows = summarise(scores);
  const lines = ["## Speaker gold set", "", formatRows(rows), ""];
  for (const row of rows.filter(
    (r) => r.format === "all" && r.split !== "all",
  )) {
    lines.push(
      `### Most frequent speaker confusions, ${row.split} (gold → got)`,
      "",
    );
    lines.push(
      table(
        ["count", "gold → got"],
        topConfusions(row.tally, CONFUSIONS).map((c) => [
          String(c.count),
          c.confusion,
        ]),
      ),
      "",
    );
    if (row.tally.locationErrors.length > 0)
      lines.push(
        `Locations wrong (${row.split}):`,
        "",
        ...row.tally.locationErrors.map((e) => `- ${e}`),
        "",
      );
    if (values.misses && row.tally.misses.length > 0)
      lines.push(
        `Wrong speakers (${row.split}):`,
        "",
        ...row.tally.misses.map((m) => `- ${m}`),
        "",
      );
    if (values.mentions && row.tally.mentionMisses.length > 0)
      lines.push(
        `Mentions that differ (${row.split}):`,
        "",
        ...row.tally.mentionMisses.map((m) => `- ${m}`),
        "",
      );
    if (values.problems && row.tally.problems.length > 0)
      lines.push(
        `Alignment problems (${row.split}):`,
        "",
        ...row.tally.problems.map((p) => `- ${p}`),
        "",
      );
  }
  process.stdout.write(`${lines.join("\n")}\n`);
}

function toSplit(value: string): GoldSplit {
  const split = GOLD_SPLITS.find((s) => s === value);
  if (split === undefined)
    throw new Error(`--split must be one of ${GOLD_SPLITS.join(", ")}`);
  return split;
}

function formatRows(rows: readonly SummaryRow[]): string {
  const pct = (n: number): string => n.toFixed(1);
  return table(
    [
      "split",
      "format",
      "releases",
      "sentences",
      "speaker %",
      "sentence count % (blocks)",
      "location %",
      "mention P %",
      "mention R %",
    ],
    rows.map(({ split, format, tally }) => {
      const r = ratios(tally);
      return [
        split,
        format,
        String(tally.releases),
        String(tally.sentences),
        pct(r.speakers),
        `${pct(r.counts)} (${tally.blocks})`,
        pct(r.locations),
        pct(r.mentionPrecision),
        pct(r.mentionRecall),
      ];
    }),
  );
}

await main();
