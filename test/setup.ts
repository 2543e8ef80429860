import nock from "nock";

// No test may reach the network, except servers the tests start on loopback and,
// when the engine contract runs against a real Meilisearch, that server.
nock.disableNetConnect();
nock.enableNetConnect(/^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/);
const realMeilisearch = process.env["MEILI_URL"];
if (realMeilisearch !== undefined && URL.canParse(realMeilisearch)) {
  nock.enableNetConnect(new URL(realMeilisearch).host);
}

/** Mocha root hooks: every test starts with no pending interceptors. */
export const mochaHooks = {
  afterEach(): void {
    nock.cleanAll();
  },
};
