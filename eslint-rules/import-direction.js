// @ts-check
import path from "node:path";

/** The HTTP API: nothing below it imports these (the CLI may start src/control-server.ts). */
const HTTP_EDGE = [
  "src/http/",
  "src/routes/",
  "src/api/",
  "src/web/",
  "src/client/",
  "src/app.ts",
  "src/main.ts",
];

/** The indexing pipeline's stages, below the reindex jobs and the CLI. */
const PIPELINE = [
  "indexer/input/",
  "indexer/parse/",
  "indexer/names/",
  "indexer/speakers/",
  "indexer/mentions/",
  "indexer/documents/",
];

/**
 * The one dependency direction (README "Layout"): the CLI and HTTP edges on top,
 * then reindex jobs, then the indexing pipeline, then the engine port, then the
 * engines. Each zone lists importers (path prefixes from the repository root),
 * the targets they must not import, and the exceptions.
 */
export const LAYERS = [
  {
    importers: ["src/"],
    forbidden: ["indexer/"],
    allowed: ["indexer/port.ts"],
    because: "src/ reaches the indexer only through indexer/port.ts",
  },
  {
    importers: ["indexer/"],
    forbidden: HTTP_EDGE,
    because:
      "the indexer sits beside the HTTP edge, not on it (the CLI may start src/control-server.ts)",
  },
  {
    importers: [...PIPELINE, "indexer/jobs/"],
    forbidden: [
      "src/engines/",
      "src/control-server.ts",
      "src/search/search-service.ts",
    ],
    because:
      "jobs and the pipeline use the engine port (src/search/search-engine.ts); only the edges pick an engine",
  },
  {
    importers: PIPELINE,
    forbidden: [
      "indexer/jobs/",
      "indexer/cli/",
      "indexer/main.ts",
      "indexer/port.ts",
    ],
    because: "the pipeline knows nothing of the jobs or the CLI that run it",
  },
  {
    importers: ["indexer/jobs/"],
    forbidden: ["indexer/cli/", "indexer/main.ts", "indexer/port.ts"],
    because: "jobs sit below the CLI",
  },
  {
    importers: ["src/search/", "src/engines/", "src/errors/"],
    forbidden: [...HTTP_EDGE, "src/control-server.ts", "src/instantsearch/"],
    because:
      "the search service, the engine port and the engines speak domain types; the HTTP edge maps them",
  },
  {
    importers: ["src/instantsearch/"],
    forbidden: ["src/engines/", "src/routes/", "src/web/"],
    because:
      "the InstantSearch edge, like the other routes, reaches the engines only through the search service",
  },
  {
    importers: ["src/search/"],
    forbidden: ["src/engines/"],
    because: "the service talks to the engine port, never to an engine",
  },
  {
    importers: ["src/engines/embedded/"],
    forbidden: ["src/engines/meilisearch/"],
    because: "each adapter stands alone; create-engine.ts picks one",
  },
  {
    importers: ["src/engines/meilisearch/"],
    forbidden: ["src/engines/embedded/"],
    because: "each adapter stands alone; create-engine.ts picks one",
  },
  {
    importers: ["src/web/", "src/client/", "src/instantsearch/example/"],
    forbidden: [
      "src/instantsearch/",
      "src/http/",
      "src/routes/",
      "src/engines/",
      "src/search/search-service.ts",
      "src/app.ts",
      "src/main.ts",
    ],
    allowed: ["src/instantsearch/example/"],
    because:
      "browser code knows the API's schemas and the client, no server code",
  },
  {
    importers: ["config/"],
    forbidden: ["src/", "indexer/"],
    because: "configuration sits below everything",
  },
];

/** @param {string} file @param {readonly string[]} prefixes */
const matches = (file, prefixes) => prefixes.some((p) => file.startsWith(p));

/** @type {import("eslint").Rule.RuleModule} */
export const importDirection = {
  meta: {
    type: "problem",
    docs: { description: "Enforce the one dependency direction of the layout" },
    schema: [{ type: "array" }],
    messages: {
      wrongDirection: "{{importer}} must not import {{target}}: {{because}}.",
    },
  },
  create(context) {
    /** @type {typeof LAYERS} */
    const layers = context.options[0] ?? LAYERS;
    const root = context.cwd;
    const importer = path
      .relative(root, context.filename)
      .split(path.sep)
      .join("/");
    const zones = layers.filter((z) => matches(importer, z.importers));
    if (zones.length === 0) return {};

    /** @param {import("estree").Node | null | undefined} source */
    function check(source) {
      if (source?.type !== "Literal" || typeof source.value !== "string")
        return;
      const specifier = source.value;
      if (!specifier.startsWith(".")) return;
      const target = path
        .relative(root, path.resolve(path.dirname(context.filename), specifier))
        .split(path.sep)
        .join("/")
        .replace(/\.js$/, ".ts");
      for (const zone of zones) {
        if (!matches(target, zone.forbidden)) continue;
        if (zone.allowed !== undefined && matches(target, zone.allowed))
          continue;
        context.report({
          node: source,
          messageId: "wrongDirection",
          data: { importer, target, because: zone.because },
        });
        return;
      }
    }

    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export default { rules: { "import-direction": importDirection } };
