import fc from "fast-check";
import nock from "nock";

// No test may reach the network, except servers the tests start on loopback and,
// when the engine contract runs against a real Meilisearch, that server. One
// matcher: a second enableNetConnect call replaces the first instead of adding to it.
const LOOPBACK = /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/;
const realMeilisearch = process.env["MEILI_URL"];
const meilisearchHosts = new Set<string>();
if (realMeilisearch !== undefined && URL.canParse(realMeilisearch)) {
  const url = new URL(realMeilisearch);
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  meilisearchHosts.add(url.host).add(`${url.hostname}:${port}`);
}
nock.disableNetConnect();
nock.enableNetConnect(
  (host: string) => LOOPBACK.test(host) || meilisearchHosts.has(host),
);

// Property tests replay the same cases on every run (CI must not flake on a new
// random case); FC_SEED=random (as in test:soak) or FC_SEED=<n> explores others.
const fcSeed = process.env["FC_SEED"];
if (fcSeed !== "random") {
  fc.configureGlobal({
    seed: fcSeed === undefined ? 20_261_128 : Number(fcSeed),
  });
}

/** Mocha root hooks: every test starts with no pending interceptors. */
export const mochaHooks = {
  afterEach(): void {
    nock.cleanAll();
  },
};
