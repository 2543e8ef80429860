import { expect } from "chai";
import { fetchRaw } from "./raw-http.js";
import { scaled } from "./robustness-harness.js";
import { HEAVY_SEARCH, spawnApiToShutDown } from "./spawned-process.js";

interface Outcome {
  readonly status?: number;
  readonly validJson?: boolean;
  readonly error?: string;
  readonly answeredAt: number;
}

async function attempt(url: string): Promise<Outcome> {
  try {
    const response = await fetchRaw(url, {}, 15_000);
    let validJson = true;
    try {
      JSON.parse(response.text);
    } catch {
      validJson = false;
    }
    return { status: response.status, validJson, answeredAt: Date.now() };
  } catch (err) {
    const cause = (err as { cause?: { code?: string; message?: string } })
      .cause;
    return {
      error: cause?.code ?? cause?.message ?? String(err),
      answeredAt: Date.now(),
    };
  }
}

describe("shutdown of the real process under load", function () {
  this.timeout(60_000);

  it("SIGTERM when a burst of requests is in flight then every answered request is a complete 200 and the process exits 0", async () => {
    const api = await spawnApiToShutDown();
    try {
      const burst = Array.from({ length: scaled(60, 480) }, () =>
        attempt(`${api.url}${HEAVY_SEARCH}`),
      );
      const first = await Promise.race(burst);

      const signalledAt = Date.now();
      api.child.kill("SIGTERM");
      const late = Array.from({ length: 10 }, () =>
        attempt(`${api.url}${HEAVY_SEARCH}`),
      );
      const outcomes = await Promise.all([...burst, ...late]);
      const exit = await api.exited;

      const answered = outcomes.filter((o) => o.status !== undefined);
      const refused = outcomes.filter((o) => o.error !== undefined);
      expect(first.status).to.equal(200);
      expect(answered.map((o) => o.status)).to.deep.equal(
        answered.map(() => 200),
      );
      expect(answered.every((o) => o.validJson)).to.equal(true);
      expect(
        answered.filter((o) => o.answeredAt > signalledAt).length,
        "requests drained after SIGTERM",
      ).to.be.greaterThan(0);
      expect(refused.map((o) => o.error)).to.satisfy((errors: string[]) =>
        errors.every((e) =>
          /ECONNREFUSED|ECONNRESET|other side closed|socket/i.test(e),
        ),
      );
      expect(exit).to.deep.equal({ code: 0, signal: null });
      expect(api.output())
        .to.match(/shutting down: draining in-flight requests/)
        .and.match(/"msg":"stopped"/);
    } finally {
      if (api.child.exitCode === null) api.child.kill("SIGKILL");
    }
  });
});
