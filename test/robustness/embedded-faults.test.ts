import { setTimeout as delay } from "node:timers/promises";
import { expect } from "chai";
import { AppError } from "../../src/errors/app-error.js";
import type { SearchEngine } from "../../src/search/search-engine.js";
import {
  seedDocuments,
  startTestApi,
  type TestApi,
} from "../api/api-harness.js";
import { fetchRaw } from "./raw-http.js";

const ENGINE_TIMEOUT_MS = 200;
/** Generous bound for "answered, not hung": the engine timeout plus a noisy machine. */
const ANSWER_BOUND_MS = ENGINE_TIMEOUT_MS + 3_000;

type Fault =
  "none" | "hang" | "reject" | "slow" | "late-reject" | "every-other";

/** The engine's reads, failing as `fault()` says at the time of each call. */
function withFault(engine: SearchEngine, fault: () => Fault): SearchEngine {
  let calls = 0;
  const read = async <T>(work: () => Promise<T>): Promise<T> => {
    calls += 1;
    switch (fault()) {
      case "hang":
        return new Promise<never>(() => undefined);
      case "reject":
        throw new AppError("engine_unavailable", "injected outage");
      case "slow":
        await delay(ENGINE_TIMEOUT_MS * 3);
        return work();
      case "late-reject":
        await delay(ENGINE_TIMEOUT_MS * 2);
        throw new Error("injected late failure");
      case "every-other":
        if (calls % 2 === 0)
          throw new AppError("engine_unavailable", "injected flapping");
        return work();
      case "none":
        return work();
    }
  };
  return {
    ...engine,
    kind: engine.kind,
    health: () => read(() => engine.health()),
    ensureIndex: (name, settings) => engine.ensureIndex(name, settings),
    upsert: (index, docs) => engine.upsert(index, docs),
    deleteReleases: (index, ids, options) =>
      engine.deleteReleases(index, ids, options),
    deleteIndex: (name) => engine.deleteIndex(name),
    search: (index, query) => read(() => engine.search(index, query)),
    searchFacetValues: (index, query) =>
      read(() => engine.searchFacetValues(index, query)),
    countDocuments: (index) => read(() => engine.countDocuments(index)),
  };
}

/** Bodies without the timing field, to compare answers before and after a fault. */
const stable = (text: string) =>
  JSON.stringify(
    JSON.parse(text, (key, value: unknown) =>
      key === "processingTimeMs" ? undefined : value,
    ),
  );

describe("embedded engine faults through the API", function () {
  this.timeout(60_000);
  let api: TestApi;
  let fault: Fault = "none";
  let paths: string[];
  const baseline = new Map<string, string>();

  before(async () => {
    const docs = await seedDocuments();
    api = await startTestApi({
      documents: docs,
      env: {
        ENGINE_TIMEOUT_MS: String(ENGINE_TIMEOUT_MS),
        RATE_LIMIT_MAX: "1000000",
      },
      wrapEngine: (engine) => withFault(engine, () => fault),
    });
    paths = [
      "/v1/search?q=lavrov",
      "/v1/search?q=&speaker=Wang+Yi&facets=speaker,mentions",
      "/v1/speakers?q=lav",
      `/v1/releases/${docs[0]?.releaseId ?? ""}`,
      `/v1/sentences/${docs[3]?.id ?? ""}`,
    ];
    for (const path of paths)
      baseline.set(path, stable((await fetchRaw(`${api.url}${path}`)).text));
  });
  after(async () => api.close());
  afterEach(() => {
    fault = "none";
  });

  for (const injected of ["hang", "reject", "slow", "late-reject"] as const) {
    it(`every read endpoint when the engine faults (${injected}) then a burst is answered 503 engine_unavailable within the timeout, and afterwards the same data`, async () => {
      fault = injected;

      const started = Date.now();
      const during = await Promise.all(
        paths.flatMap((path) =>
          Array.from({ length: 4 }, () =>
            fetchRaw(`${api.url}${path}`, {}, 10_000),
          ),
        ),
      );
      const elapsed = Date.now() - started;
      const readiness = await fetchRaw(`${api.url}/readyz`);
      fault = "none";
      await delay(ENGINE_TIMEOUT_MS * 3);
      const after = await Promise.all(
        paths.map(async (path) =>
          stable((await fetchRaw(`${api.url}${path}`)).text),
        ),
      );

      expect(during.map((r) => r.status)).to.deep.equal(during.map(() => 503));
      for (const response of during)
        expect(JSON.parse(response.text).error.code).to.equal(
          "engine_unavailable",
        );
      expect(elapsed).to.be.below(ANSWER_BOUND_MS);
      expect(readiness.status).to.equal(503);
      expect(after).to.deep.equal(paths.map((path) => baseline.get(path)));
      expect((await fetchRaw(`${api.url}/readyz`)).status).to.equal(200);
    });
  }

  it("a burst when the engine flaps (every other call fails) then each answer is either the right data or 503, never another error", async () => {
    fault = "every-other";

    const responses = await Promise.all(
      paths.flatMap((path) =>
        Array.from({ length: 10 }, async () => ({
          path,
          response: await fetchRaw(`${api.url}${path}`),
        })),
      ),
    );

    expect(
      responses
        .map((r) => r.response.status)
        .filter((s) => s !== 200 && s !== 503),
    ).to.deep.equal([]);
    expect(responses.some((r) => r.response.status === 503)).to.equal(true);
    for (const { path, response } of responses.filter(
      (r) => r.response.status === 200,
    ))
      expect(stable(response.text), path).to.equal(baseline.get(path));
  });
});
