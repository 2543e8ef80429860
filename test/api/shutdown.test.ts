import { setTimeout as delay } from "node:timers/promises";
import { expect } from "chai";
import { withReads } from "../fault-engines.js";
import { seedDocuments, startTestApi } from "./api-harness.js";

describe("graceful shutdown", () => {
  it("shutdown when requests are in flight then completes them all and refuses new connections", async () => {
    const api = await startTestApi({
      documents: await seedDocuments(),
      // Every read takes 300 ms longer, so requests are in flight when shutdown starts.
      wrapEngine: (e) =>
        withReads(e, async (work) => {
          await delay(300);
          return work();
        }),
    });
    const inFlight = Array.from({ length: 8 }, (_, i) =>
      fetch(`${api.url}/v1/search?q=lavrov&page=${i + 1}`),
    );
    await delay(100);

    const closing = api.running.close(5_000);
    const statuses = (await Promise.all(inFlight)).map((r) => r.status);
    await closing;

    expect(statuses).to.deep.equal(Array(8).fill(200));
    let refused = false;
    await fetch(`${api.url}/healthz`).catch(() => {
      refused = true;
    });
    expect(refused).to.equal(true);
    await api.engine.close?.();
  });
});
