import { expect } from "chai";
import { existsSync } from "node:fs";
import path from "node:path";
import { readGoldSet } from "../../../bench/speaker-gold/gold-set.js";
import {
  ratios,
  scoreGoldSet,
  summarise,
} from "../../../bench/speaker-gold/score-gold.js";
import { REPO_ROOT, SHARED_DIR } from "../indexer/indexer-test-helpers.js";

const GOLD_DIR = path.join(REPO_ROOT, "test", "fixtures", "speaker-gold");
const CORPUS_DIR = path.join(SHARED_DIR, "corpus");

type Metric = keyof ReturnType<typeof ratios>;

/**
 * Floors in percent, per split and over both: the figures of BENCHMARKS.md ("Speaker gold
 * set") less a few tenths. Raise them when the indexer improves; never lower them
 * (issue 10): a drop is a regression to fix, not a floor to move. Re-based once on the
 * round-2 gold set (40 more short Kremlin items), which scores lower than round 1 on
 * locations, mentions and holdout speakers for every version of the rules; main's rules
 * before round 2 fail the dev speaker floor (96.1 %). Re-based again in round 3, whose
 * holdouts A, B and C joined dev once scored and read (each fresh set scores lower than the
 * dev set its rules were written on) and whose holdout D is the holdout now; the rules at the
 * start of round 3 (5ee4816) fail every speaker floor (dev 96.9, holdout 97.1, all 96.9 %).
 */
const FLOORS: Record<"dev" | "holdout" | "all", Record<Metric, number>> = {
  dev: {
    speakers: 99.3,
    counts: 99.4,
    locations: 94.5,
    mentionPrecision: 93.7,
    mentionRecall: 82.0,
  },
  holdout: {
    speakers: 98.3,
    counts: 99.3,
    locations: 90.0,
    mentionPrecision: 94.5,
    mentionRecall: 83.0,
  },
  all: {
    speakers: 99.0,
    counts: 99.4,
    locations: 93.5,
    mentionPrecision: 93.9,
    mentionRecall: 82.2,
  },
};

describe("speaker gold set scored by the indexer (skipped without ../shared/corpus)", function () {
  this.timeout(60_000);
  let rows: ReturnType<typeof summarise> = [];

  before(async function () {
    if (!existsSync(CORPUS_DIR)) {
      process.stderr.write(`  skipping: no corpus at ${CORPUS_DIR}\n`);
      this.skip();
    }
    rows = summarise(await scoreGoldSet(readGoldSet(GOLD_DIR), CORPUS_DIR));
  });

  for (const split of ["dev", "holdout", "all"] as const) {
    it(`scoreGoldSet when scoring the ${split} gold releases then every figure is at or above its floor`, () => {
      const row = rows.find((r) => r.split === split && r.format === "all");

      if (row === undefined) expect.fail(`no ${split} gold releases`);
      const figures = ratios(row.tally);
      for (const [metric, floor] of Object.entries(FLOORS[split]))
        expect(figures[metric as Metric], `${split} ${metric}`).to.be.at.least(
          floor,
        );
    });
  }
});
