import path from "node:path";
import { expect } from "chai";
import type { Page } from "playwright-core";
import {
  browserMissingReason,
  hostileRelease,
  pageSuite,
  SCREENSHOT_DIR,
} from "./browser-harness.js";

const skipReason = browserMissingReason();

/** The hit texts on screen, in order. */
async function hitTexts(page: Page): Promise<string[]> {
  return page.locator("#results .hit-text").allTextContents();
}

/** The count beside a speaker's checkbox, as a screen reader hears it. */
async function speakerCount(page: Page, name: string): Promise<string | null> {
  return page
    .locator(".facet-label", { hasText: name })
    .locator(".facet-count")
    .textContent();
}

describe(`demo page in Chromium${skipReason === null ? "" : ` (skipped: ${skipReason})`}`, function () {
  const { visit, seed } = pageSuite(skipReason);

  it("search box when a misspelt query is typed then shows hits with the corrected words marked", async () => {
    const page = await visit("/");
    const entriesBefore = await page.evaluate(() => history.length);

    await page.locator("#q").pressSequentially("multilaterlism", { delay: 15 });
    await page.locator("#result-count", { hasText: "matches" }).waitFor();

    expect(await page.locator("#result-count").innerText()).to.equal(
      "1 sentence matches “multilaterlism”",
    );
    expect(await page.locator("#results mark").allTextContents()).to.deep.equal(
      ["multilateralism", "multilateralism"],
    );
    expect(await page.locator("#results .speaker-name").innerText()).to.contain(
      "Wang Yi",
    );
    expect(await page.locator("#results .release-meta").innerText()).to.equal(
      "15 July 2021 · Tashkent",
    );
    expect(new URL(page.url()).searchParams.get("q")).to.equal(
      "multilaterlism",
    );
    // One history entry for the whole burst of keystrokes.
    expect(await page.evaluate(() => history.length)).to.equal(
      entriesBefore + 1,
    );
    expect(
      await page.locator("#result-count").getAttribute("aria-live"),
    ).to.equal("polite");
  });

  it("speaker facet when a speaker is checked then narrows the hits and keeps the other speakers' counts", async () => {
    const page = await visit("/?q=russia");
    await page.locator("#result-count", { hasText: "9 sentences" }).waitFor();
    expect(await speakerCount(page, "Wang Yi")).to.equal("3 sentences");

    await page.getByRole("checkbox", { name: /Sergey Lavrov/ }).check();
    await page.locator("#result-count", { hasText: "5 sentences" }).waitFor();

    const speakers = await page
      .locator("#results .hit-speaker .speaker-name")
      .allTextContents();
    expect(speakers).to.have.length(5);
    expect(new Set(speakers)).to.deep.equal(new Set(["Sergey Lavrov"]));
    expect(await speakerCount(page, "Wang Yi")).to.equal("3 sentences");
    expect(await speakerCount(page, "Sergey Lavrov")).to.equal("5 sentences");
    expect(await page.locator("#filters-active").innerText()).to.equal(
      "(1 on)",
    );

    await page.getByRole("checkbox", { name: /Wang Yi/ }).check();
    await page.locator("#result-count", { hasText: "8 sentences" }).waitFor();
    expect(new URL(page.url()).searchParams.getAll("speaker")).to.deep.equal([
      "Sergey Lavrov",
      "Wang Yi",
    ]);
    await page.screenshot({
      path: path.join(SCREENSHOT_DIR, "demo-desktop.png"),
    });
  });

  it("speaker filter box when part of a name is typed then finds speakers beyond the current hits", async () => {
    const page = await visit("/?q=multilaterlism");
    await page.locator("#result-count", { hasText: "1 sentence" }).waitFor();
    expect(
      await page.locator("#speaker-list .facet-name").allTextContents(),
    ).to.deep.equal(["Wang Yi"]);

    await page.locator("#speaker-filter").fill("lav");
    await page
      .locator("#speaker-list .facet-name", { hasText: "Sergey Lavrov" })
      .waitFor();

    expect(
      await page.locator("#speaker-list .facet-name").allTextContents(),
    ).to.deep.equal(["Sergey Lavrov"]);
    await page.getByRole("checkbox", { name: /Sergey Lavrov/ }).check();
    await page.locator("#result-count", { hasText: "No sentences" }).waitFor();
    expect(new URL(page.url()).searchParams.get("speaker")).to.equal(
      "Sergey Lavrov",
    );

    await page.locator("#speaker-filter").fill("nobodyhere");
    await page
      .locator("#speaker-empty", { hasText: "No speaker matches" })
      .waitFor();
  });

  it("URL when the page is reloaded or Back is pressed then restores the query, speakers, dates and sort", async () => {
    const page = await visit("/");
    await page.locator("#q").fill("coordination");
    await page.locator("#result-count", { hasText: "6 sentences" }).waitFor();
    await page.getByRole("checkbox", { name: /Wang Yi/ }).check();
    await page.locator("#result-count", { hasText: "4 sentences" }).waitFor();
    await page.locator("#sort").selectOption("date:asc");
    await page.waitForURL(/sort=date%3Aasc/);

    await page.reload();
    await page.locator("#result-count", { hasText: "4 sentences" }).waitFor();

    expect(await page.locator("#q").inputValue()).to.equal("coordination");
    expect(
      await page.getByRole("checkbox", { name: /Wang Yi/ }).isChecked(),
    ).to.equal(true);
    expect(await page.locator("#sort").inputValue()).to.equal("date:asc");

    await page.goBack();
    await page.waitForURL((url) => !url.search.includes("sort="));
    expect(await page.locator("#sort").inputValue()).to.equal("relevance");
    await page.goBack();
    await page.locator("#result-count", { hasText: "6 sentences" }).waitFor();
    expect(
      await page.getByRole("checkbox", { name: /Wang Yi/ }).isChecked(),
    ).to.equal(false);
  });

  it("date range and sort when set then only hits in range come, oldest first", async () => {
    const page = await visit("/?q=payload+opening&sort=date:asc");
    await page.locator("#result-count", { hasText: "1 sentence" }).waitFor();

    await page.locator("#from").fill("2021-01-01");
    await page.locator("#result-count", { hasText: "No sentences" }).waitFor();
    expect(await page.locator("#notice").innerText()).to.contain(
      "Nothing found",
    );

    await page.locator("#q").fill("");
    // From 2021: the seed only; up to 2021: the seed and the 2020 release.
    await page
      .locator("#result-count", { hasText: `${seed().length} sentences` })
      .waitFor();
    await page.locator("#from").fill("");
    await page.locator("#to").fill("2021-12-31");
    const upTo2021 = seed().length + hostileRelease().length;
    await page
      .locator("#result-count", { hasText: `${upTo2021} sentences` })
      .waitFor();
    expect(
      await page.locator(".hit .release-meta").first().innerText(),
    ).to.contain("2 March 2020");
  });

  it("pager when Next is pressed then shows the second page and puts it in the URL", async () => {
    const page = await visit("/?to=2030-01-01");
    await page.locator("#pager-status", { hasText: "Page 1 of 2" }).waitFor();
    expect(await page.locator("#results .hit").count()).to.equal(20);

    await page.locator("#next-page").click();
    await page.locator("#pager-status", { hasText: "Page 2 of 2" }).waitFor();

    expect(await page.locator("#results .hit").count()).to.equal(2);
    expect(new URL(page.url()).searchParams.get("page")).to.equal("2");
    expect(await page.locator("#next-page").isDisabled()).to.equal(true);
  });

  it("hostile release when its sentences, context and whole text are shown then they read as text and run nothing", async () => {
    const page = await visit("/?q=payload");
    await page.locator("#result-count", { hasText: "3 sentences" }).waitFor();

    const texts = await hitTexts(page);
    expect(texts.join(" ")).to.contain(
      `<script>window.__xss = "text"</script>`,
    );
    expect(texts.join(" ")).to.contain(
      `<img src=x onerror="window.__xss='img'">`,
    );
    expect(texts.join(" ")).to.contain("&lt;b&gt; stays literal");
    expect(
      await page.locator(".hit-speaker .speaker-name").first().innerText(),
    ).to.contain("<img");
    expect(
      await page.locator("#speaker-list .facet-name").first().innerText(),
    ).to.contain("<img");

    await page.locator(".context-toggle").first().click();
    await page.locator(".context-paragraph").first().waitFor();
    await page.locator(".release-link").first().click();
    await page.locator(".release-title").waitFor();
    expect(await page.locator(".release-title").innerText()).to.contain(
      "<script>",
    );

    expect(
      await page
        .locator(
          "main img, main iframe, main svg:not(.search-icon), main script, main b",
        )
        .count(),
    ).to.equal(0);
    expect(
      await page.evaluate(() => (window as { __xss?: unknown }).__xss),
    ).to.equal(undefined);
  });

  it("result when Show context is pressed then shows the sentences around it and links to the whole release", async () => {
    const page = await visit("/?q=multilaterlism");
    await page.locator(".hit").first().waitFor();

    await page.getByRole("button", { name: "Show context" }).click();
    await page.locator(".context-paragraph").first().waitFor();

    const context = await page.locator(".context").innerText();
    expect(context).to.contain("UN Charter and the core role of the UN");
    expect(context).to.contain("maintain coordination and cooperation");
    expect(await page.locator(".context-hit mark").count()).to.equal(2);

    await page.getByRole("link", { name: "Read the whole release" }).click();
    await page.locator(".release-sentence.is-target").waitFor();
    expect(new URL(page.url()).searchParams.get("release")).to.match(
      /^2021-07-15-/,
    );
    expect(
      await page.locator(".release-sentence.is-target").innerText(),
    ).to.contain("pseudo multilateralism");
    expect(
      await page.evaluate(() =>
        document.activeElement?.classList.contains("is-target"),
      ),
    ).to.equal(true);

    await page.goBack();
    await page.locator("#results .hit").first().waitFor({ state: "visible" });
    expect(await page.locator("#release-view").isHidden()).to.equal(true);
  });

  it("copy button when pressed then puts the sentence and its source on the clipboard", async () => {
    const page = await visit("/?q=multilaterlism", {
      permissions: ["clipboard-read", "clipboard-write"],
    });
    await page.locator(".hit").first().waitFor();

    await page.getByRole("button", { name: "Copy with source" }).click();
    await page.getByRole("button", { name: "Copied" }).waitFor();

    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).to.match(
      /^“The two sides should jointly expose .+ true multilateralism\.”/,
    );
    expect(copied).to.contain(
      "— Wang Yi, State Councilor and Foreign Minister (Wang Yi Meets with Russian Foreign Minister Sergey Lavrov, 15 July 2021, Tashkent)",
    );
  });

  it("results when driven by the keyboard then arrows and j/k move between hits and Enter shows context", async () => {
    const page = await visit("/?q=russia");
    await page.locator("#result-count", { hasText: "9 sentences" }).waitFor();
    const focusedHit = () =>
      page.evaluate(() =>
        [...document.querySelectorAll("article.hit")].indexOf(
          document.activeElement as Element,
        ),
      );

    await page.locator("#q").focus();
    await page.keyboard.press("ArrowDown");
    expect(await focusedHit()).to.equal(0);
    await page.keyboard.press("j");
    await page.keyboard.press("ArrowDown");
    expect(await focusedHit()).to.equal(2);
    await page.keyboard.press("k");
    expect(await focusedHit()).to.equal(1);

    await page.keyboard.press("Enter");
    await page
      .locator(".hit")
      .nth(1)
      .locator(".context-paragraph")
      .first()
      .waitFor();
    expect(
      await page
        .locator(".hit")
        .nth(1)
        .locator(".context-toggle")
        .getAttribute("aria-expanded"),
    ).to.equal("true");

    await page.keyboard.press("Escape");
    expect(await page.evaluate(() => document.activeElement?.id)).to.equal("q");
  });

  it("page at 360 px wide then fits without horizontal scrolling and the filters fold above the results", async () => {
    const page = await visit("/?q=cooperation", { width: 360, height: 780 });
    await page.locator("#result-count", { hasText: "8 sentences" }).waitFor();

    const overflow = await page.evaluate(
      () =>
        document.documentElement.scrollWidth -
        document.documentElement.clientWidth,
    );
    expect(overflow).to.equal(0);
    expect(await page.locator("#filters-panel").isVisible()).to.equal(false);
    await page.screenshot({
      path: path.join(SCREENSHOT_DIR, "demo-360.png"),
    });

    await page.getByRole("button", { name: /Filters/ }).click();
    expect(await page.locator("#speaker-list").isVisible()).to.equal(true);
    const panel = await page.locator("#filters-panel").boundingBox();
    const results = await page.locator("#results").boundingBox();
    expect(panel!.y).to.be.lessThan(results!.y);
    await page.screenshot({
      path: path.join(SCREENSHOT_DIR, "demo-360-filters.png"),
    });
  });

  it("empty page when first opened then offers example queries that run a search", async () => {
    const page = await visit("/");
    await page.locator("#speaker-list .facet-item").first().waitFor();
    expect(await page.locator("#welcome").isVisible()).to.equal(true);
    await page.screenshot({
      path: path.join(SCREENSHOT_DIR, "demo-welcome.png"),
    });

    await page.getByRole("button", { name: "Security Council" }).click();
    await page
      .locator("#result-count", { hasText: "match “Security Council”" })
      .waitFor();
    expect(await page.locator("#welcome").isVisible()).to.equal(false);
  });
});
