import path from "node:path";
import express, { Router } from "express";
import { PROJECT_ROOT } from "../../config/config.js";
import { escapeHtml } from "../search/render-highlight.js";

/**
 * The page, with the index uid in a data attribute (escaped): the page has no
 * inline script, so it passes the same Content-Security-Policy as `/`.
 */
function renderPage(indexName: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Release search with InstantSearch</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="/examples/instantsearch/styles.css" />
    <script type="module" src="/examples/instantsearch/main.js"></script>
  </head>
  <body>
    <header>
      <h1>Release search with InstantSearch</h1>
      <p>instantsearch.js and instant-meilisearch against <code>/v1/instantsearch</code>.</p>
    </header>
    <main id="app" data-index="${escapeHtml(indexName)}">
      <aside>
        <div id="clear"></div>
        <h2>Speaker</h2>
        <div id="speakers"></div>
        <h2>Date</h2>
        <div id="dates"></div>
      </aside>
      <section aria-label="Results">
        <div id="searchbox"></div>
        <div id="stats"></div>
        <div id="current"></div>
        <div id="hits"></div>
        <div id="pagination"></div>
      </section>
    </main>
  </body>
</html>
`;
}

/** `/examples/instantsearch`: the page and its bundle (built by `npm run build`). */
export function exampleRoutes(indexName: string): Router {
  const router = Router();
  const page = renderPage(indexName);
  router.get("/examples/instantsearch", (_req, res) => {
    res.setHeader("Cache-Control", "no-cache");
    res.type("html").send(page);
  });
  router.use(
    "/examples/instantsearch",
    express.static(path.join(PROJECT_ROOT, "dist/examples/instantsearch"), {
      index: false,
      redirect: false,
      setHeaders: (res) => res.setHeader("Cache-Control", "no-cache"),
    }),
  );
  return router;
}
