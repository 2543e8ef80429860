import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "chai";
import { chromium, type Browser, type Page } from "playwright-core";
import { AppError } from "../../src/errors/app-error.js";
import type { SearchEngine } from "../../src/search/search-engine.js";
import type { SentenceDocument } from "../../src/search/sentence-document.js";
import {
  seedDocuments,
  startTestApi,
  type TestApi,
} from "../api/api-harness.js";
import { buildDocument } from "../builders.js";
import { withReads } from "../fault-engines.js";

/** Debian's Chromium; `npx playwright install` cannot run on these machines. */
export const CHROMIUM_PATH = "/usr/bin/chromium";

export const SCREENSHOT_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../test-output",
);

/** Why the browser tests cannot run here, or null when they can. */
export function browserMissingReason(): string | null {
  return existsSync(CHROMIUM_PATH)
    ? null
    : `${CHROMIUM_PATH} is missing; install it with "apt-get install -y chromium" (.ci/run does)`;
}

/** One headless Chromium per test file. */
export async function launchBrowser(): Promise<Browser> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

export interface PageOptions {
  readonly width?: number;
  readonly height?: number;
  readonly permissions?: string[];
}

export interface WatchedPage {
  readonly page: Page;
  /** Console errors, uncaught exceptions and CSP violations, in order. */
  readonly problems: string[];
  close(): Promise<void>;
}

/**
 * A fresh context and page that records every console error, uncaught error
 * and Content-Security-Policy violation.
 */
export async function openWatchedPage(
  browser: Browser,
  options: PageOptions = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    colorScheme: "light",
    locale: "en-GB",
    permissions: options.permissions ?? [],
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  await page.exposeFunction("__reportCsp", (text: string) => {
    problems.push(`csp: ${text}`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as Record<string, (t: string) => void>)[
        "__reportCsp"
      ];
      report?.(`${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  return { page, problems, close: () => context.close() };
}

/** An engine whose reads fail as an unreachable Meilisearch would; writes pass through. */
export function unreachableEngine(engine: SearchEngine): SearchEngine {
  return withReads(engine, () =>
    Promise.reject(
      new AppError("engine_unavailable", "connect ECONNREFUSED 10.0.0.7:7700"),
    ),
  );
}

export const HOSTILE_RELEASE_ID = "2020-03-02-hostile-release";

/**
 * A release whose every text field tries to run script: the page must show
 * all of it as text.
 */
export function hostileRelease(): SentenceDocument[] {
  const release = {
    releaseId: HOSTILE_RELEASE_ID,
    releaseTitle: `<script>window.__xss = "title"</script>Hostile <img src=x onerror="window.__xss='title-img'">`,
    category: `<iframe src="javascript:window.__xss='category'"></iframe>`,
    date: "2020-03-02",
    location: `<svg onload="window.__xss='location'">`,
    releaseHash: "hostile-hash",
    mentions: [],
  };
  return [
    buildDocument({
      ...release,
      id: "hostile-0",
      text: `Payload opening <script>window.__xss = "text"</script> ends here.`,
      speaker: `<img src=x onerror="window.__xss='speaker'">`,
      speakerRole: `<b onmouseover="window.__xss='role'">Role</b>`,
      paragraph: 0,
      sentence: 0,
      position: 0,
    }),
    buildDocument({
      ...release,
      id: "hostile-1",
      text: `Payload middle <img src=x onerror="window.__xss='img'"> and &lt;b&gt; stays literal.`,
      speaker: null,
      speakerRole: null,
      paragraph: 0,
      sentence: 1,
      position: 1,
    }),
    buildDocument({
      ...release,
      id: "hostile-2",
      text: "A plain closing sentence about the payload.",
      speaker: null,
      speakerRole: null,
      paragraph: 1,
      sentence: 0,
      position: 2,
    }),
  ];
}

/**
 * Mocha hooks for a suite of pages on one API over the seed and the hostile
 * release: Chromium and the API start before the suite (skipped when
 * `skipReason` is set) and close after it; a test fails if the pages it
 * visited logged console errors, page errors or CSP violations.
 */
export function pageSuite(skipReason: string | null): {
  /** Opens a watched page at `urlPath` of the API. */
  visit: (urlPath: string, options?: PageOptions) => Promise<Page>;
  api: () => TestApi;
  /** The seed documents (without the hostile release). */
  seed: () => readonly SentenceDocument[];
} {
  let browser: Browser | undefined;
  let api: TestApi | undefined;
  let seed: SentenceDocument[] = [];
  let watched: WatchedPage[] = [];

  before(async function () {
    if (skipReason !== null) this.skip();
    seed = await seedDocuments();
    [browser, api] = await Promise.all([
      launchBrowser(),
      startTestApi({ documents: [...seed, ...hostileRelease()] }),
    ]);
  });

  after(async () => {
    await browser?.close();
    await api?.close();
  });

  afterEach(async () => {
    const problems = watched.flatMap((w) => w.problems);
    await Promise.all(watched.map((w) => w.close()));
    watched = [];
    expect(
      problems,
      "console errors, page errors or CSP violations",
    ).to.deep.equal([]);
  });

  return {
    visit: async (urlPath, options = {}) => {
      const opened = await openWatchedPage(browser!, options);
      watched.push(opened);
      await opened.page.goto(`${api!.url}${urlPath}`);
      return opened.page;
    },
    api: () => api!,
    seed: () => seed,
  };
}
