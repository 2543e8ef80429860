import { expect } from "chai";
import type { Page } from "playwright-core";
import { request } from "../api/api-harness.js";
import { browserMissingReason, pageSuite } from "./browser-harness.js";

const skipReason = browserMissingReason();

/** The number in the stats widget ("22 results found in 1ms"). */
async function statsCount(page: Page): Promise<number> {
  const text = await page.locator(".ais-Stats-text").innerText();
  return Number(/([\d,]+) results?/.exec(text)?.[1]?.replace(/,/g, "") ?? NaN);
}

/** The count the refinement list shows beside a speaker. */
async function speakerCount(page: Page, name: string): Promise<number> {
  const item = page.locator(".ais-RefinementList-item", {
    has: page.locator(".ais-RefinementList-labelText", { hasText: name }),
  });
  return Number(await item.locator(".ais-RefinementList-count").innerText());
}

describe(`InstantSearch example page in Chromium${skipReason === null ? "" : ` (skipped: ${skipReason})`}`, function () {
  const suite = pageSuite(skipReason);

  async function visit(urlPath: string): Promise<Page> {
    const page = await suite.visit(urlPath);
    await page.locator(".ais-Hits-item").first().waitFor();
    return page;
  }

  async function typeQuery(page: Page, q: string): Promise<void> {
    await page.locator("#searchbox input").fill(q);
    await page.waitForURL((url) => url.search.includes(encodeURIComponent(q)));
  }

  it("search box when a misspelt query is typed then highlights the corrected word", async () => {
    const page = await visit("/examples/instantsearch");

    await typeQuery(page, "multilaterlism");
    await page.locator(".ais-Stats-text", { hasText: /^1 result/ }).waitFor();

    expect(
      await page.locator("#hits .ais-Highlight-highlighted").allTextContents(),
    ).to.deep.equal(["multilateralism", "multilateralism"]);
    expect(await page.locator("#hits .hit-speaker").innerText()).to.equal(
      "Wang Yi",
    );
  });

  it("speaker refinement list when two speakers are ticked then ORs them with /v1/search's counts", async () => {
    const page = await visit("/examples/instantsearch");
    const speakers = ["Wang Yi", "Sergey Lavrov"];

    for (const name of speakers) {
      await page
        .locator(".ais-RefinementList-label", { hasText: name })
        .locator("input")
        .check();
    }
    const expected = await request(
      `${suite.api().url}/v1/search?speaker=Wang%20Yi&speaker=Sergey%20Lavrov&hitsPerPage=100`,
    );
    await page
      .locator(".ais-Stats-text", {
        hasText: new RegExp(`^${expected.body.totalHits} results`),
      })
      .waitFor();

    expect(await statsCount(page)).to.equal(expected.body.totalHits);
    for (const name of speakers)
      expect(await speakerCount(page, name)).to.equal(
        expected.body.facets.speaker[name],
      );
    const shown = await page.locator("#hits .hit-speaker").allTextContents();
    expect(shown).to.have.length(10);
    expect(speakers).to.include.members([...new Set(shown)]);
    expect(
      await page
        .locator(".ais-CurrentRefinements-categoryLabel")
        .allTextContents(),
    ).to.have.members(speakers);
  });

  it("speaker search box when a misspelt name is typed then offers the speaker", async () => {
    const page = await visit("/examples/instantsearch");

    await page.locator("#speakers input[type=search]").fill("lavrof");

    await page
      .locator(".ais-RefinementList-labelText", { hasText: "Sergey Lavrov" })
      .waitFor();
    expect(
      await page.locator(".ais-RefinementList-labelText").allTextContents(),
    ).to.deep.equal(["Sergey Lavrov"]);
  });

  it("hits when a document holds markup then show it as text, never run it and never double-escape it", async () => {
    const page = await visit("/examples/instantsearch");

    await typeQuery(page, "payload");
    await page.locator(".ais-Stats-text", { hasText: /^3 results/ }).waitFor();

    const texts = await page.locator("#hits .hit-text").allInnerTexts();
    expect(texts).to.include(
      `Payload opening <script>window.__xss = "text"</script> ends here.`,
    );
    expect(texts).to.include(
      `Payload middle <img src=x onerror="window.__xss='img'"> and &lt;b&gt; stays literal.`,
    );
    expect(await page.locator("#hits .hit-speaker").allInnerTexts()).to.include(
      `<img src=x onerror="window.__xss='speaker'">`,
    );
    expect(await page.locator("#hits img, #hits script").count()).to.equal(0);
    expect(
      await page.locator("#hits .ais-Highlight-highlighted").allTextContents(),
    ).to.deep.equal(["Payload", "Payload", "payload"]);
    expect(await page.evaluate(() => "__xss" in window)).to.equal(false);
  });

  it("URL state when a shared URL is opened then restores the query and the refinements", async () => {
    const page = await visit(
      `/examples/instantsearch?${new URLSearchParams({
        "releases[query]": "cooperation",
        "releases[refinementList][speaker][0]": "Sergey Lavrov",
      }).toString()}`,
    );
    const expected = await request(
      `${suite.api().url}/v1/search?q=cooperation&speaker=Sergey%20Lavrov`,
    );

    await page
      .locator(".ais-Stats-text", {
        hasText: new RegExp(`^${expected.body.totalHits} results?`),
      })
      .waitFor();
    expect(await page.locator("#searchbox input").inputValue()).to.equal(
      "cooperation",
    );
    expect(
      await page
        .locator(".ais-RefinementList-label", { hasText: "Sergey Lavrov" })
        .locator("input")
        .isChecked(),
    ).to.equal(true);
    const shown = await page.locator("#hits .hit-speaker").allTextContents();
    expect(new Set(shown)).to.deep.equal(new Set(["Sergey Lavrov"]));
  });

  it("date filter when a start date is chosen then keeps the hits from that date on, as /v1/search does", async () => {
    const page = await visit("/examples/instantsearch");
    const expected = await request(
      `${suite.api().url}/v1/search?from=2021-01-01`,
    );

    await page.locator("#dates input[name=date-from]").fill("2021-01-01");
    await page.locator("#dates input[name=date-from]").dispatchEvent("change");

    await page
      .locator(".ais-Stats-text", {
        hasText: new RegExp(`^${expected.body.totalHits} results`),
      })
      .waitFor();
    expect(await page.locator("#current").innerText()).to.contain(
      ">= 2021-01-01",
    );
    expect(
      await page.locator("#dates input[name=date-to]").getAttribute("max"),
    ).to.equal("2021-07-15");
    expect(await statsCount(page)).to.equal(expected.body.totalHits);
  });
});
