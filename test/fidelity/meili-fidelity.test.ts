import { expect } from "chai";
import {
  type Agreement,
  type Aspect,
  FIDELITY_DIR,
  formatAgreement,
  hasFidelityData,
  replayAnswers,
  summarise,
} from "./meili-fidelity.js";

/**
 * Floors of agreement with Meilisearch's recorded answers, overall and per
 * class. Raise them when the embedded engine gets closer; never lower them.
 */
const FLOORS: Readonly<Record<string, Readonly<Record<Aspect, number>>>> = {
  all: { totalHits: 1, facets: 1, set: 1, order: 1 },
};

describe("embedded engine against Meilisearch's recorded answers (skipped without ../shared/meili-fidelity)", function () {
  this.timeout(120_000);
  let summary: Map<string, Agreement>;

  before(async function () {
    if (!hasFidelityData()) {
      process.stderr.write(
        `  skipping: no recorded answers at ${FIDELITY_DIR}\n`,
      );
      this.skip();
    }
    summary = summarise(await replayAnswers());
    process.stdout.write(`\n${formatAgreement(summary)}\n`);
  });

  for (const [name, floors] of Object.entries(FLOORS)) {
    it(`replaying every recorded search when grouped as "${name}" then agreement stays at or above its floors`, () => {
      const rates = summary.get(name)?.rates;
      expect(rates, `no queries of class ${name}`).to.not.equal(undefined);
      for (const [aspect, floor] of Object.entries(floors)) {
        expect(rates?.[aspect as Aspect], aspect).to.be.at.least(floor);
      }
    });
  }
});
