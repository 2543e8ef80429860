import { setTimeout as delay } from "node:timers/promises";
import { expect } from "chai";
import nock from "nock";
import { INDEX_SETTINGS } from "../../config/index-settings.js";
import {
  reindex,
  removeTempIndexes,
  type IndexTarget,
  type LoadedInput,
} from "../../indexer/jobs/index-releases.js";
import { loadReleases } from "../../indexer/documents/load-releases.js";
import { AppError } from "../../src/errors/app-error.js";
import type { SearchEngine } from "../../src/search/search-engine.js";
import {
  SEED_FILE,
  seedDocuments,
  startTestApi,
  type TestApi,
} from "../api/api-harness.js";
import {
  appErrorOf,
  makeEngine,
  MEILI_URL,
} from "../unit/meilisearch/nock-harness.js";
import { errorLike } from "../unit/meilisearch/recorded.js";
import { fakeMeilisearch, type MeiliFault } from "./fake-meilisearch.js";
import { fetchRaw } from "./raw-http.js";

const LIVE = "releases";
const LIVE_COUNT = 1_234;
const REQUEST_TIMEOUT_MS = 300;
const SLOW_MS = 500;

function targetOf(engine: SearchEngine): IndexTarget {
  return {
    engine,
    indexName: LIVE,
    settings: INDEX_SETTINGS,
    log: () => undefined,
  };
}

const temps = (indexes: Map<string, number>) =>
  [...indexes.keys()].filter((name) => name.includes("__tmp_"));

const FAULTS: MeiliFault[] = [
  ...(["create", "settings", "import", "swap"] as const).map((step) => ({
    step,
    kind: "failed" as const,
  })),
  ...(["list", "stats", "create", "import", "swap"] as const).map((step) => ({
    step,
    kind: "5xx" as const,
  })),
  ...(["stats", "import", "swap"] as const).map((step) => ({
    step,
    kind: "slow" as const,
  })),
];

const EXPECTED_MESSAGE: Record<MeiliFault["kind"], RegExp> = {
  failed: /injected \w+ failure/,
  "5xx": /503/,
  slow: /time|within/i,
};

describe("Meilisearch faults during a full reindex (nock)", () => {
  let input: LoadedInput;
  /** Documents of the seed: what a full reindex leaves in the live index. */
  let seedSize: number;

  before(async () => {
    input = await loadReleases([SEED_FILE]);
    seedSize = input.releases.reduce((n, r) => n + r.documents.length, 0);
  });

  it("removeTempIndexes when a killed rebuild left temp indexes then deletes exactly those and leaves the live index", async () => {
    const fake = fakeMeilisearch({
      [LIVE]: LIVE_COUNT,
      [`${LIVE}__tmp_a1`]: 7,
      [`${LIVE}__tmp_b2`]: 3,
      other: 5,
    });

    const removed = await removeTempIndexes(targetOf(makeEngine()));

    expect(removed).to.deep.equal([`${LIVE}__tmp_a1`, `${LIVE}__tmp_b2`]);
    expect(Object.fromEntries(fake.indexes)).to.deep.equal({
      [LIVE]: LIVE_COUNT,
      other: 5,
    });
    expect(fake.writes).to.deep.equal([
      `DELETE /indexes/${LIVE}__tmp_a1`,
      `DELETE /indexes/${LIVE}__tmp_b2`,
    ]);
  });

  it("a full reindex when leftovers exist and nothing fails then swaps the new index in and leaves no temp index", async () => {
    const fake = fakeMeilisearch({
      [LIVE]: LIVE_COUNT,
      [`${LIVE}__tmp_old`]: 9,
    });

    const summary = await reindex(targetOf(makeEngine()), input, {
      full: true,
    });

    expect(summary.documents).to.equal(seedSize);
    expect(fake.indexes.get(LIVE)).to.equal(seedSize);
    expect(temps(fake.indexes)).to.deep.equal([]);
    expect(
      fake.writes.filter(
        (w) =>
          w.includes(`/indexes/${LIVE}/`) || w.endsWith(`/indexes/${LIVE}`),
      ),
    ).to.deep.equal([]);
  });

  for (const fault of FAULTS) {
    it(`a full reindex when the ${fault.step} step ${fault.kind === "failed" ? "ends in a failed task" : fault.kind === "5xx" ? "answers 503" : "is slower than the request timeout"} then fails with a clear error and the live index keeps complete data`, async () => {
      const fake = fakeMeilisearch({ [LIVE]: LIVE_COUNT }, fault, SLOW_MS);
      const target = targetOf(
        makeEngine({ requestTimeoutMs: REQUEST_TIMEOUT_MS }),
      );

      const err = await appErrorOf(reindex(target, input, { full: true }));
      if (fault.kind === "slow") await delay(SLOW_MS + 100);

      expect(err).to.be.instanceOf(AppError);
      expect(err.message).to.match(EXPECTED_MESSAGE[fault.kind]);
      // A swap that Meilisearch applied but answered too late is reported as a
      // timeout: the live index then holds the complete new data.
      expect(fake.indexes.get(LIVE)).to.be.oneOf(
        fault.step === "swap" && fault.kind === "slow"
          ? [LIVE_COUNT, seedSize]
          : [LIVE_COUNT],
      );
      expect(temps(fake.indexes), "temp indexes left").to.deep.equal([]);
      expect(
        fake.writes.filter(
          (w) =>
            w.startsWith(`POST /indexes/${LIVE}/`) ||
            w === `DELETE /indexes/${LIVE}`,
        ),
      ).to.deep.equal([]);
    });
  }
});

describe("Meilisearch faults through the API (nock)", () => {
  const apis: TestApi[] = [];
  after(async () => Promise.all(apis.map((api) => api.close())));

  async function apiOnMeilisearch(
    engineTimeoutMs: number,
    requestTimeoutMs: number,
  ): Promise<TestApi> {
    const api = await startTestApi({
      documents: await seedDocuments(),
      env: {
        ENGINE_TIMEOUT_MS: String(engineTimeoutMs),
        RATE_LIMIT_MAX: "100000",
      },
      wrapEngine: () => makeEngine({ requestTimeoutMs }),
    });
    apis.push(api);
    return api;
  }

  const refused = () =>
    Object.assign(new Error("connect ECONNREFUSED 10.0.0.7:7700"), {
      code: "ECONNREFUSED",
    });
  const FAILURES: Record<string, (scope: nock.Interceptor) => nock.Scope> = {
    "is down (connection refused)": (i) => i.replyWithError(refused()),
    "answers 503": (i) =>
      i.reply(503, errorLike("internal", "Service unavailable.", "internal")),
    "answers 500 with an HTML page": (i) => i.reply(500, "<html>oops</html>"),
    "is slower than ENGINE_TIMEOUT_MS": (i) => i.delay(1_500).reply(200, {}),
  };

  for (const [failure, reply] of Object.entries(FAILURES)) {
    it(`every read endpoint when Meilisearch ${failure} then answers 503 engine_unavailable within the timeout`, async function () {
      this.timeout(20_000);
      const api = await apiOnMeilisearch(400, 5_000);
      const host = nock(MEILI_URL).persist();
      reply(host.get(() => true));
      reply(host.post(() => true));

      for (const path of [
        "/v1/search?q=lavrov",
        "/v1/search?speaker=Wang+Yi",
        "/v1/speakers?q=lav",
        "/v1/releases/r-1",
        "/v1/sentences/s-1",
        "/readyz",
      ]) {
        const started = Date.now();
        const response = await fetchRaw(`${api.url}${path}`, {}, 10_000);
        const elapsed = Date.now() - started;

        expect(response.status, path).to.equal(503);
        if (path !== "/readyz") {
          expect(JSON.parse(response.text).error, path).to.deep.equal({
            code: "engine_unavailable",
            message: "The search engine is unavailable; try again shortly",
          });
        }
        expect(elapsed, `${path} took ${elapsed} ms`).to.be.below(5_000);
      }
    });
  }

  it("search when Meilisearch answers after the client's request timeout then answers 503, not a hang", async () => {
    const api = await apiOnMeilisearch(5_000, 300);
    nock(MEILI_URL)
      .persist()
      .post(() => true)
      .delay(1_500)
      .reply(200, {});

    const response = await fetchRaw(
      `${api.url}/v1/search?q=lavrov`,
      {},
      10_000,
    );

    expect(response.status).to.equal(503);
    expect(JSON.parse(response.text).error.code).to.equal("engine_unavailable");
  });
});
