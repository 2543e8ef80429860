import path from "node:path";
import { expect } from "chai";
import type { Browser, Page } from "playwright-core";
import {
  seedDocuments,
  startTestApi,
  type TestApi,
} from "../api/api-harness.js";
import {
  browserMissingReason,
  launchBrowser,
  openWatchedPage,
  SCREENSHOT_DIR,
  unreachableEngine,
  type WatchedPage,
} from "./browser-harness.js";

const skipReason = browserMissingReason();

/** Chromium logs every failed response; these tests cause some on purpose. */
function unexpected(problems: readonly string[], status: number): string[] {
  return problems.filter(
    (p) =>
      !p.startsWith(
        `console: Failed to load resource: the server responded with a status of ${status}`,
      ),
  );
}

describe(`demo page error states in Chromium${skipReason === null ? "" : ` (skipped: ${skipReason})`}`, function () {
  let browser: Browser | undefined;
  const apis: TestApi[] = [];
  const watched: WatchedPage[] = [];

  before(async function () {
    if (skipReason !== null) this.skip();
    browser = await launchBrowser();
  });

  after(async () => {
    await Promise.all(watched.map((w) => w.close()));
    await browser?.close();
    await Promise.all(apis.map((a) => a.close()));
  });

  async function visit(api: TestApi, urlPath: string): Promise<WatchedPage> {
    const opened = await openWatchedPage(browser!);
    watched.push(opened);
    await opened.page.goto(`${api.url}${urlPath}`);
    return opened;
  }

  async function noticeText(page: Page): Promise<string> {
    await page.locator("#notice.is-error").waitFor();
    return page.locator("#notice").innerText();
  }

  it("page when the engine is unavailable (503) then says so and offers a retry", async () => {
    const api = await startTestApi({
      documents: await seedDocuments(),
      wrapEngine: unreachableEngine,
    });
    apis.push(api);
    const { page, problems } = await visit(api, "/?q=treaty");

    const text = await noticeText(page);

    expect(text).to.contain("Search is temporarily unavailable");
    expect(text).to.not.contain("10.0.0.7");
    expect(await page.locator("#notice").getAttribute("role")).to.equal(
      "alert",
    );
    expect(
      await page.getByRole("button", { name: "Try again" }).isEnabled(),
    ).to.equal(true);
    expect(await page.locator("#results .hit").count()).to.equal(0);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, "demo-503.png") });
    expect(unexpected(problems, 503)).to.deep.equal([]);
  });

  it("page when rate-limited (429) then says how many seconds to wait before retrying", async () => {
    const api = await startTestApi({
      documents: await seedDocuments(),
      env: { RATE_LIMIT_MAX: "1", RATE_LIMIT_WINDOW_MS: "45000" },
    });
    apis.push(api);
    const { page, problems } = await visit(api, "/");
    await page.locator("#speaker-list .facet-item").first().waitFor();

    await page.locator("#q").fill("treaty");
    const text = await noticeText(page);

    expect(text).to.match(/Too many searches in a short time/);
    const seconds = Number(/wait (\d+) seconds/.exec(text)?.[1]);
    expect(seconds).to.be.within(40, 45);
    const retry = page.getByRole("button", { name: /Try again in \d+ s/ });
    expect(await retry.isDisabled()).to.equal(true);
    expect(unexpected(problems, 429)).to.deep.equal([]);
  });
});
