import express, { type RequestHandler, Router } from "express";
import type { z } from "zod";
import type { SearchService } from "../search/search-service.js";
import { answerQuery } from "./answer-query.js";
import { searchSpeakerValues } from "./facet-search.js";
import { fromZodError, meilisearchError } from "./meilisearch-errors.js";
import { planQuery } from "./plan-query.js";
import {
  facetSearchBodySchema,
  multiSearchBodySchema,
  multiSearchQuerySchema,
} from "./request-schema.js";

/** Same bound as `/v1/search`'s body, times the most queries a multi-search may hold. */
const BODY_LIMIT = "64kb";

function parse<S extends z.ZodType>(schema: S, input: unknown, where: string) {
  const result = schema.safeParse(input);
  if (!result.success) throw fromZodError(result.error, where);
  return result.data;
}

const requireJson: RequestHandler = (req, _res, next) => {
  if (!req.is("application/json")) {
    next(
      meilisearchError(
        "unsupported_media_type",
        "invalid_content_type",
        "The Content-Type must be application/json",
      ),
    );
    return;
  }
  next();
};

/**
 * The part of Meilisearch's search API that `@meilisearch/instant-meilisearch`
 * uses: `POST /multi-search` and `POST /indexes/{uid}/facet-search`, on the one
 * index `indexName`. Errors take Meilisearch's shape (see meilisearch-errors.ts).
 */
export function instantsearchRoutes(
  service: SearchService,
  indexName: string,
): Router {
  const router = Router();
  const json = express.json({ limit: BODY_LIMIT, strict: true });
  const checkIndex = (uid: string) => {
    if (uid !== indexName)
      throw meilisearchError(
        "not_found",
        "index_not_found",
        `Index \`${uid}\` not found.`,
      );
  };

  router.post("/multi-search", requireJson, json, async (req, res) => {
    const { queries } = parse(multiSearchBodySchema, req.body, "");
    // Every query is checked before any reaches the engine.
    const planned = queries.map((raw, i) => {
      const where = `.queries[${i}]`;
      const query = parse(multiSearchQuerySchema, raw, where);
      checkIndex(query.indexUid);
      return { query, plan: planQuery(query, where) };
    });
    const results = await Promise.all(
      planned.map(async ({ query, plan }) =>
        answerQuery(
          query.indexUid,
          query.q ?? "",
          query.facets,
          plan,
          await Promise.all(plan.searches.map((s) => service.select(s))),
        ),
      ),
    );
    res.setHeader("Cache-Control", "no-store");
    res.json({ results });
  });

  router.post(
    "/indexes/:uid/facet-search",
    requireJson,
    json,
    async (req, res) => {
      checkIndex(String(req.params["uid"]));
      const body = parse(facetSearchBodySchema, req.body, "");
      res.setHeader("Cache-Control", "no-store");
      res.json(await searchSpeakerValues(service, body));
    },
  );

  router.use((req, _res, next) => {
    next(
      meilisearchError(
        "not_found",
        "not_found",
        `No route for ${req.method} ${req.baseUrl}${req.path}`,
      ),
    );
  });
  return router;
}
