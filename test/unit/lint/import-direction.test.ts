import path from "node:path";
import { expect } from "chai";
import { ESLint, Linter } from "eslint";
import tseslint from "typescript-eslint";
import layout, { LAYERS } from "../../../eslint-rules/import-direction.js";

const ROOT = path.resolve(import.meta.dirname, "../../..");

/** Lints one import line as if it were in `file`, with the layout rule only. */
function problems(file: string, code: string): string[] {
  const linter = new Linter({ cwd: ROOT });
  return linter
    .verify(
      code,
      [
        {
          files: ["**/*.ts"],
          languageOptions: { parser: tseslint.parser },
          plugins: { layout },
          rules: { "layout/import-direction": ["error", LAYERS] },
        },
      ],
      { filename: path.join(ROOT, file) },
    )
    .map((m) => m.message);
}

describe("import direction (eslint-rules/import-direction.js)", () => {
  const wrong: [string, string][] = [
    ["src/routes/admin-routes.ts", "../../indexer/jobs/reindex-runner.js"],
    ["src/main.ts", "../indexer/jobs/start-indexing.js"],
    ["indexer/cli/engine-commands.ts", "../../src/http/server.js"],
    ["indexer/jobs/reindex-runner.ts", "../../src/api/response-schemas.js"],
    ["indexer/jobs/start-indexing.ts", "../../src/engines/create-engine.js"],
    ["indexer/parse/parse-release.ts", "../jobs/index-releases.js"],
    ["indexer/speakers/attribution-rules.ts", "../cli/dry-run.js"],
    ["indexer/jobs/watch-releases.ts", "../cli/progress-reporter.js"],
    ["src/search/search-service.ts", "../api/request-schemas.js"],
    ["src/search/search-service.ts", "../engines/create-engine.js"],
    ["src/engines/embedded/ranking.ts", "../../http/metrics.js"],
    ["src/engines/embedded/ranking.ts", "../meilisearch/plan-search.js"],
    ["src/web/page-state.ts", "../search/search-service.js"],
    ["config/config.ts", "../src/errors/app-error.js"],
  ];
  for (const [file, target] of wrong) {
    it(`${file} when it imports ${target} then the rule fails`, () => {
      const found = problems(file, `import { x } from "${target}";\nx;\n`);
      expect(found).to.have.length(1);
      expect(found[0]).to.include("must not import");
    });
  }

  const right: [string, string][] = [
    ["src/main.ts", "../indexer/port.js"],
    ["src/routes/admin-routes.ts", "../../indexer/port.js"],
    ["indexer/cli/engine-commands.ts", "../../src/control-server.js"],
    ["indexer/cli/engine-commands.ts", "../../src/engines/create-engine.js"],
    ["indexer/jobs/index-releases.ts", "../../src/search/search-engine.js"],
    ["indexer/jobs/start-indexing.ts", "../documents/load-releases.js"],
    [
      "indexer/documents/build-documents.ts",
      "../speakers/attribute-speakers.js",
    ],
    ["src/search/search-service.ts", "./search-engine.js"],
    ["src/api/search-mapping.ts", "../search/search-types.js"],
    ["src/web/page-state.ts", "../contract/api-contract.js"],
  ];
  for (const [file, target] of right) {
    it(`${file} when it imports ${target} then the rule passes`, () => {
      expect(problems(file, `export { x } from "${target}";\n`)).to.deep.equal(
        [],
      );
    });
  }

  it("a dynamic import or re-export in the wrong direction then fails too", () => {
    expect(
      problems(
        "src/app.ts",
        `export * from "../indexer/jobs/reindexer.js";\nvoid import("../indexer/cli/dry-run.js");\n`,
      ),
    ).to.have.length(2);
  });

  it("eslint.config.js when resolved for src, indexer and config files then applies the rule with LAYERS", async () => {
    const eslint = new ESLint({ cwd: ROOT });
    for (const file of [
      "src/main.ts",
      "indexer/jobs/start-indexing.ts",
      "config/config.ts",
    ]) {
      const config = await eslint.calculateConfigForFile(file);
      expect(config.rules["layout/import-direction"], file).to.deep.equal([
        2,
        LAYERS,
      ]);
    }
  });
});
