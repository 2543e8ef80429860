import nock from "nock";

// No test may reach the network, except servers the tests start on loopback.
nock.disableNetConnect();
nock.enableNetConnect(/^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/);

/** Mocha root hooks: every test starts with no pending interceptors. */
export const mochaHooks = {
  afterEach(): void {
    nock.cleanAll();
  },
};
