import { expect } from "chai";
import { fetchRaw } from "./raw-http.js";
import { SAMPLES_DIR } from "./robustness-harness.js";
import { spawnApi } from "./spawned-process.js";

describe("metrics on their own port (METRICS_PORT)", function () {
  this.timeout(60_000);

  it("the real process when METRICS_PORT is set then serves /metrics only there, and stops both listeners on SIGTERM", async () => {
    const api = await spawnApi({
      RELEASES_DIR: SAMPLES_DIR,
      WATCH_RELEASES: "false",
      METRICS_PORT: "0",
    });
    try {
      const line = await api.waitForLine(/metrics listening/);
      const { url: metricsUrl } = JSON.parse(line) as { url: string };

      const onMetricsPort = await fetchRaw(`${metricsUrl}/metrics`);
      const onApiPort = await fetchRaw(`${api.url}/metrics`);
      const searchOnMetricsPort = await fetchRaw(`${metricsUrl}/v1/search`);

      expect(metricsUrl).to.not.equal(api.url);
      expect(onMetricsPort.status).to.equal(200);
      expect(onMetricsPort.text).to.match(/^# HELP /m);
      expect(onApiPort.status).to.equal(404);
      expect(JSON.parse(onApiPort.text).error.code).to.equal("not_found");
      expect(searchOnMetricsPort.status).to.equal(404);
      api.child.kill("SIGTERM");
      expect(await api.exited).to.deep.equal({ code: 0, signal: null });
    } finally {
      if (api.child.exitCode === null) api.child.kill("SIGKILL");
    }
  });
});
