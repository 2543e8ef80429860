import express, { Router } from "express";
import { AppError } from "../errors/app-error.js";
import {
  parseSearchBody,
  parseSearchQuery,
} from "../http/parse-search-query.js";
import { sendCacheable } from "../http/send-cacheable.js";
import { parseWith } from "../http/validate.js";
import { idParamSchema, speakersParamsSchema } from "../api/request-schemas.js";
import {
  toReleaseResponse,
  toSearchRequest,
  toSearchResponse,
  toSentenceResponse,
  toSpeakersResponse,
} from "../api/search-mapping.js";
import { SEARCH_BODY_LIMIT_BYTES } from "../contract/api-contract.js";
import type { SearchService } from "../search/search-service.js";

export function searchRoutes(service: SearchService): Router {
  const router = Router();
  const json = express.json({
    // Search bodies are small; anything bigger is a mistake or abuse.
    limit: SEARCH_BODY_LIMIT_BYTES,
    strict: true,
  });

  router.get("/search", async (req, res) => {
    const request = toSearchRequest(parseSearchQuery(req.query));
    sendCacheable(req, res, toSearchResponse(await service.search(request)));
  });

  router.post(
    "/search",
    (req, _res, next) => {
      const hasBody =
        req.get("transfer-encoding") !== undefined ||
        Number(req.get("content-length") ?? 0) > 0;
      if (hasBody && !req.is("application/json")) {
        next(
          new AppError(
            "unsupported_media_type",
            "The request body must be JSON (Content-Type: application/json)",
          ),
        );
        return;
      }
      next();
    },
    json,
    async (req, res) => {
      res.setHeader("Cache-Control", "no-store");
      const request = toSearchRequest(parseSearchBody(req.body));
      res.json(toSearchResponse(await service.search(request)));
    },
  );

  router.get("/speakers", async (req, res) => {
    const { q } = parseWith(
      speakersParamsSchema,
      req.query,
      "query parameters",
    );
    sendCacheable(req, res, toSpeakersResponse(await service.speakers(q)));
  });

  router.get("/releases/:id", async (req, res) => {
    const id = parseWith(idParamSchema, req.params["id"], "id");
    sendCacheable(req, res, toReleaseResponse(await service.release(id)));
  });

  router.get("/sentences/:id", async (req, res) => {
    const id = parseWith(idParamSchema, req.params["id"], "id");
    sendCacheable(req, res, toSentenceResponse(await service.sentence(id)));
  });

  return router;
}
