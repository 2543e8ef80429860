import { expect } from "chai";
import { INDEX_SETTINGS } from "../../../config/index-settings.js";
import { diffSettings } from "../../../indexer/jobs/settings-drift.js";
import {
  fromMeilisearchSettings,
  toMeilisearchSettings,
} from "../../../src/engines/meilisearch/index-settings-mapping.js";
import { AppError } from "../../../src/errors/app-error.js";
import { liveSettingsResponse } from "./builders.js";

describe("toMeilisearchSettings", () => {
  it("toMeilisearchSettings when given our settings then sends every setting except the primary key", () => {
    const body = toMeilisearchSettings(INDEX_SETTINGS);

    expect(body).not.to.have.property("primaryKey");
    expect(body.searchableAttributes).to.deep.equal([
      "text",
      "speaker",
      "mentions",
    ]);
    expect(body.filterableAttributes).to.include.members([
      "speaker",
      "releaseId",
      "timestamp",
      "speakerVariants",
    ]);
    expect(body.sortableAttributes).to.deep.equal([
      "timestamp",
      "releaseId",
      "position",
    ]);
    expect(body.typoTolerance).to.deep.equal({
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      disableOnNumbers: true,
    });
    expect(body.synonyms["UN"]).to.deep.equal(["United Nations"]);
    expect(body.faceting.maxValuesPerFacet).to.equal(
      INDEX_SETTINGS.faceting.maxValuesPerFacet,
    );
    expect(body.pagination).to.deep.equal({
      maxTotalHits: INDEX_SETTINGS.pagination.maxTotalHits,
    });
  });
});

describe("fromMeilisearchSettings", () => {
  it("fromMeilisearchSettings when the live index has our settings then reads no difference", () => {
    const live = fromMeilisearchSettings("id", liveSettingsResponse());

    expect(diffSettings(live, INDEX_SETTINGS)).to.deep.equal([]);
  });

  it("fromMeilisearchSettings when a filterable attribute is granular then shows it as JSON", () => {
    const granular = {
      attributePatterns: ["speaker"],
      features: { facetSearch: false },
    };
    const live = fromMeilisearchSettings("id", {
      ...liveSettingsResponse(),
      filterableAttributes: [granular],
    });

    expect(live.filterableAttributes).to.deep.equal([JSON.stringify(granular)]);
  });

  it("fromMeilisearchSettings when the answer is not a settings object then throws internal", () => {
    expect(() => fromMeilisearchSettings("id", { rankingRules: "words" }))
      .to.throw(AppError)
      .with.property("code", "internal");
  });
});
