import { mkdtemp, readFile, rm, unlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect } from "chai";
import { loadReleases } from "../../indexer/documents/load-releases.js";
import {
  startIndexing,
  type Indexing,
} from "../../indexer/jobs/start-indexing.js";
import {
  SEED_FILE,
  seedDocuments,
  startTestApi,
  type TestApi,
  localReindexer,
} from "../api/api-harness.js";
import { fetchRaw } from "./raw-http.js";
import { makeReleasesDir, scaled, waitUntil } from "./robustness-harness.js";
import { whileSearching } from "./search-load.js";

const TOKEN = "robustness-admin-token-0123456789";

/** Queries with hits before and after every change the tests make. */
const QUERIES = [
  "q=lavrov",
  "q=putin&sort=date:desc",
  "q=multilaterlism",
  "q=cooperation&speaker=Vladimir+Putin",
  "q=&facets=speaker,mentions",
  "q=sco&hitsPerPage=5&page=1",
  "q=prezident",
];

async function totals(url: string, queries: readonly string[]) {
  const counts: Record<string, number> = {};
  for (const qs of queries) {
    const response = await fetchRaw(`${url}/v1/search?${qs}`);
    counts[qs] = (JSON.parse(response.text) as { totalHits: number }).totalHits;
  }
  return counts;
}

describe("reindex under load", function () {
  this.timeout(120_000);
  let work: string;
  let releasesDir: string;

  beforeEach(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), "robustness-load-"));
    releasesDir = path.join(work, "releases");
    await makeReleasesDir(releasesDir, scaled(0, 3));
  });
  afterEach(async () => rm(work, { recursive: true, force: true }));

  it("searches when full reindexes run through the admin endpoint then never fail or come back empty", async () => {
    const input = await loadReleases([releasesDir]);
    const api: TestApi = await startTestApi({
      documents: input.releases.flatMap((r) => [...r.documents]),
      env: { ADMIN_TOKEN: TOKEN, RATE_LIMIT_MAX: "1000000" },
      reindexer: localReindexer([releasesDir]),
    });
    try {
      const before = await totals(api.url, QUERIES);
      const jobs: string[] = [];
      const report = await whileSearching(api.url, QUERIES, async () => {
        for (let run = 0; run < scaled(2, 20); run += 1) {
          const started = await fetchRaw(`${api.url}/v1/admin/reindex`, {
            method: "POST",
            headers: { authorization: `Bearer ${TOKEN}` },
          });
          const { jobId } = JSON.parse(started.text) as { jobId: string };
          jobs.push(jobId);
          await waitUntil(`job ${jobId}`, async () => {
            const job = await fetchRaw(`${api.url}/v1/admin/reindex/${jobId}`, {
              headers: { authorization: `Bearer ${TOKEN}` },
            });
            return ["succeeded", "failed"].includes(
              (JSON.parse(job.text) as { status: string }).status,
            );
          });
        }
      });
      const after = await totals(api.url, QUERIES);
      const statuses = await Promise.all(
        jobs.map(async (id) => {
          const job = await fetchRaw(`${api.url}/v1/admin/reindex/${id}`, {
            headers: { authorization: `Bearer ${TOKEN}` },
          });
          return (JSON.parse(job.text) as { status: string }).status;
        }),
      );

      expect(
        Object.values(before).every((n) => n > 0),
        JSON.stringify(before),
      ).to.equal(true);
      expect(statuses).to.deep.equal(jobs.map(() => "succeeded"));
      expect(report.requests).to.be.greaterThan(jobs.length);
      expect(report.failures).to.deep.equal([]);
      expect(after).to.deep.equal(before);
    } finally {
      await api.close();
    }
  });

  it("searches when watch mode applies changed, added and removed files then never fail or come back empty", async () => {
    let indexing: Indexing | undefined;
    let batches = 0;
    const api: TestApi = await startTestApi({
      env: {
        RELEASES_DIR: releasesDir,
        DATA_DIR: work,
        WATCH_DEBOUNCE_MS: "50",
        RATE_LIMIT_MAX: "1000000",
      },
      reindexer: (engine, config) => {
        indexing = startIndexing({
          config,
          engine,
          log: () => undefined,
          watch: true,
          onWatchBatch: () => (batches += 1),
        });
        return indexing.runner;
      },
    });
    try {
      await indexing?.initial;
      await indexing?.watcher?.ready;
      const seed = (await seedDocuments())[0]?.releaseId ?? "";
      const seedQuery = `release=${seed}&q=`;
      const queries = [...QUERIES, seedQuery];
      const before = await totals(api.url, queries);
      const rounds = scaled(3, 15);
      const report = await whileSearching(api.url, queries, async () => {
        const seedFile = path.join(releasesDir, path.basename(SEED_FILE));
        const seedText = await readFile(seedFile, "utf8");
        const watchFile = (round: number) =>
          path.join(
            releasesDir,
            `2030-01-0${(round % 9) + 1}-watch-${round}.txt`,
          );
        for (let round = 1; round <= rounds; round += 1) {
          await writeFile(
            seedFile,
            `${seedText.trimEnd()}\n\nWang Yi added remark number ${round} on the watch test.\n`,
          );
          await writeFile(
            watchFile(round),
            `Watch Test Release ${round}\n\nSergey Lavrov said the watch test ${round} went well.\n`,
          );
          if (round > 1) await unlink(watchFile(round - 1));
          const target = batches + 1;
          await waitUntil(`watch batch ${round}`, () =>
            Promise.resolve(batches >= target),
          );
        }
        await waitUntil("the last remark is searchable", async () => {
          const response = await fetchRaw(
            `${api.url}/v1/search?q=${encodeURIComponent(`remark number ${rounds}`)}&release=${seed}`,
          );
          return (
            (JSON.parse(response.text) as { totalHits: number }).totalHits > 0
          );
        });
      });
      const after = await totals(api.url, queries);

      expect(
        Object.values(before).every((n) => n > 0),
        JSON.stringify(before),
      ).to.equal(true);
      expect(report.failures).to.deep.equal([]);
      expect(after[seedQuery]).to.equal((before[seedQuery] ?? 0) + 1);
      expect(report.requests).to.be.greaterThan(rounds);
    } finally {
      await indexing?.close();
      await api.close();
    }
  });
});
