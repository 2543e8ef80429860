import { expect } from "chai";
import { ConfigError, loadConfig } from "../../../config/config.js";

describe("loadConfig", () => {
  it("loadConfig when the environment is empty then applies the documented defaults", () => {
    const config = loadConfig({});

    expect(config.server).to.include({ host: "127.0.0.1", port: 3000 });
    expect(config.meilisearch).to.equal(undefined);
    expect(config.indexing.indexName).to.equal("releases");
    expect(config.indexing.releasesDir).to.match(/samples[/\\]releases$/);
    expect(config.api.corsOrigins).to.deep.equal(["*"]);
    expect(config.api.adminToken).to.equal(undefined);
    expect(Object.isFrozen(config.api)).to.equal(true);
  });

  it("loadConfig when several variables are invalid then names every one in one ConfigError", () => {
    const load = () =>
      loadConfig({
        PORT: "http",
        MEILI_URL: "not a url",
        ADMIN_TOKEN: "short",
      });

    expect(load).to.throw(ConfigError);
    try {
      load();
    } catch (err) {
      const problems = (err as ConfigError).problems.join("\n");
      expect(problems).to.contain("PORT");
      expect(problems).to.contain("MEILI_URL");
      expect(problems).to.contain("ADMIN_TOKEN");
    }
  });

  it("loadConfig when METRICS_PORT and METRICS_TOKEN are set, empty or invalid then parses or names them", () => {
    const set = loadConfig({
      METRICS_PORT: "9100",
      METRICS_TOKEN: "metrics-token-0123456789",
    });

    expect(set.server.metricsPort).to.equal(9100);
    expect(set.api.metricsToken).to.equal("metrics-token-0123456789");
    expect(loadConfig({ METRICS_PORT: "" }).server.metricsPort).to.equal(
      undefined,
    );
    expect(() => loadConfig({ METRICS_PORT: "x" })).to.throw(/METRICS_PORT/);
    expect(() => loadConfig({ METRICS_TOKEN: "short" })).to.throw(
      /METRICS_TOKEN/,
    );
  });

  it("loadConfig when in production without CORS_ORIGINS then allows no origin", () => {
    expect(
      loadConfig({ NODE_ENV: "production" }).api.corsOrigins,
    ).to.deep.equal([]);
  });

  it("loadConfig when CORS_ORIGINS holds a path then rejects it", () => {
    expect(() =>
      loadConfig({ CORS_ORIGINS: "https://a.example/path" }),
    ).to.throw(/CORS_ORIGINS/);
  });

  it("loadConfig when a Meilisearch key is set without MEILI_URL then rejects it", () => {
    expect(() => loadConfig({ MEILI_SEARCH_KEY: "k" })).to.throw(/MEILI_URL/);
  });

  it("loadConfig when MEILI_URL is set then returns the Meilisearch section with keys", () => {
    const config = loadConfig({
      MEILI_URL: "http://localhost:7700",
      MEILI_SEARCH_KEY: "search",
    });

    expect(config.meilisearch).to.include({
      url: "http://localhost:7700",
      searchKey: "search",
    });
    expect(config.meilisearch?.taskTimeoutMs).to.be.greaterThan(5_000);
  });

  it("loadConfig when booleans are spelled as words then parses them", () => {
    expect(loadConfig({ WATCH_RELEASES: "false" }).indexing.watch).to.equal(
      false,
    );
    expect(() => loadConfig({ WATCH_RELEASES: "maybe" })).to.throw(
      /WATCH_RELEASES/,
    );
  });
});

describe("loadConfig REINDEX_SCHEDULE", () => {
  it("loadConfig when REINDEX_SCHEDULE is a valid cron expression then keeps it", () => {
    expect(
      loadConfig({ REINDEX_SCHEDULE: "0 3 * * *" }).indexing.schedule,
    ).to.equal("0 3 * * *");
  });

  it("loadConfig when REINDEX_SCHEDULE is not cron then names the variable", () => {
    expect(() => loadConfig({ REINDEX_SCHEDULE: "every night" })).to.throw(
      /REINDEX_SCHEDULE/,
    );
    expect(() => loadConfig({ REINDEX_SCHEDULE: "99 * * * *" })).to.throw(
      /REINDEX_SCHEDULE/,
    );
  });
});
