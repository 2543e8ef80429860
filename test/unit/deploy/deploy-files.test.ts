import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "chai";
import { parse } from "yaml";
import { envSchema, loadConfig } from "../../../config/config.js";

const root = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../..",
);
const configVariables = new Set(Object.keys(envSchema.shape));
/** Variables for docker-compose itself or for the Meilisearch container, not for our config. */
const COMPOSE_ONLY = new Set([
  "MEILI_MASTER_KEY",
  "API_PORT",
  "RELEASES_HOST_DIR",
]);

interface ComposeService {
  image?: string;
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}

async function compose(): Promise<{
  services: Record<string, ComposeService>;
}> {
  return parse(
    await readFile(path.join(root, "docker-compose.yml"), "utf8"),
  ) as {
    services: Record<string, ComposeService>;
  };
}

describe("deployment files", () => {
  it("docker-compose when it sets variables for api and indexer then config reads every one of them", async () => {
    const { services } = await compose();

    for (const name of ["api", "indexer"]) {
      const unknown = Object.keys(services[name]?.environment ?? {}).filter(
        (v) => !configVariables.has(v),
      );
      expect(unknown, `${name} sets variables no config reads`).to.deep.equal(
        [],
      );
    }
  });

  it("docker-compose when read then pins Meilisearch, checks its health and keeps the admin key off the API", async () => {
    const { services } = await compose();
    const meili = services["meilisearch"];
    const api = services["api"];

    expect(meili?.image).to.match(/^getmeili\/meilisearch:v\d+\.\d+/);
    expect(meili?.healthcheck?.test.join(" ")).to.contain("/health");
    expect(api?.environment).to.not.have.property("MEILI_ADMIN_KEY");
    expect(api?.environment).to.have.property("MEILI_SEARCH_KEY");
    expect(services["indexer"]?.environment).to.not.have.property(
      "MEILI_SEARCH_KEY",
    );
    expect(api?.depends_on?.["meilisearch"]?.condition).to.equal(
      "service_healthy",
    );
  });

  it("docker-compose environment when resolved with sample values then loads as a valid config", async () => {
    const { services } = await compose();
    const env = Object.fromEntries(
      Object.entries(services["api"]?.environment ?? {}).map(([k, v]) => [
        k,
        v.replace(/\$\{[A-Z_]+:?[-?]?([^}]*)\}/g, (_m, fallback: string) =>
          fallback.startsWith("set ")
            ? "a-sample-key-of-32-characters!!"
            : fallback,
        ),
      ]),
    );

    expect(() => loadConfig(env)).to.not.throw();
  });

  it(".env.example when read then documents every variable the config reads, and nothing else", async () => {
    const text = await readFile(path.join(root, ".env.example"), "utf8");
    const documented = new Set(
      [...text.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1] ?? ""),
    );

    expect(
      [...configVariables].filter((v) => !documented.has(v)),
    ).to.deep.equal([]);
    expect(
      [...documented].filter(
        (v) => !configVariables.has(v) && !COMPOSE_ONLY.has(v),
      ),
    ).to.deep.equal([]);
  });
});
