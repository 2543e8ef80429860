import { expect } from "chai";
import {
  taskFailedError,
  taskTimeoutError,
  translateMeilisearchError,
  type TaskSummary,
} from "../../../src/engines/meilisearch/translate-error.js";
import { AppError } from "../../../src/errors/app-error.js";
import { errorLike, recorded } from "./recorded.js";

// Shaped like the client's errors (only meilisearch-engine.ts imports the client;
// the nock tests exercise the real ones).
function apiError(status: number, body?: Record<string, any>): Error {
  const err = new Error(body?.["message"] ?? `${String(status)}: Error`, {
    cause: body,
  });
  err.name = "MeilisearchApiError";
  return Object.assign(err, { response: { status } });
}

function requestError(cause: unknown): Error {
  const err = new Error("Request to http://meili:7700/health has failed", {
    cause,
  });
  err.name = "MeilisearchRequestError";
  return err;
}

describe("translateMeilisearchError", () => {
  it("translateMeilisearchError when the key is refused then says so as engine_unavailable", () => {
    for (const status of [401, 403]) {
      const original = apiError(status, recorded.error("invalid_api_key"));

      const err = translateMeilisearchError(original, "search index releases");

      expect(err.code).to.equal("engine_unavailable");
      expect(err.message)
        .to.contain("refused the API key")
        .and.contain("invalid_api_key");
      expect(err.cause).to.equal(original);
    }
  });

  it("translateMeilisearchError when Meilisearch fails or is overloaded then gives engine_unavailable", () => {
    for (const status of [500, 502, 503, 429, 408]) {
      expect(translateMeilisearchError(apiError(status), "x").code).to.equal(
        "engine_unavailable",
      );
    }
  });

  it("translateMeilisearchError when Meilisearch rejects the request then gives internal with its code", () => {
    const original = apiError(
      400,
      errorLike("invalid_search_filter", "Attribute `x` is not filterable."),
    );

    const err = translateMeilisearchError(original, "search index releases");

    expect(err.code).to.equal("internal");
    expect(err.message)
      .to.contain("400 invalid_search_filter")
      .and.contain("not filterable");
  });

  it("translateMeilisearchError when the index does not exist then gives not_found whether Meilisearch answered 400 or 404", () => {
    // A multi-search answers 400, GET /indexes/{uid}/stats 404, both index_not_found.
    for (const status of [400, 404]) {
      const original = apiError(
        status,
        recorded.error("index_not_found", status),
      );

      expect(
        translateMeilisearchError(original, "search index x").code,
      ).to.equal("not_found");
    }
  });

  it("translateMeilisearchError when the request timed out then gives engine_timeout", () => {
    const timeout = new Error("request timed out after 50ms");
    timeout.name = "MeilisearchRequestTimeOutError";

    const err = translateMeilisearchError(
      requestError(timeout),
      "search index releases",
    );

    expect(err.code).to.equal("engine_timeout");
    expect(err.message).to.contain("50ms");
  });

  it("translateMeilisearchError when the connection is refused then names the network code", () => {
    const fetchError = new TypeError("fetch failed", {
      cause: Object.assign(new Error("connect"), { code: "ECONNREFUSED" }),
    });

    const err = translateMeilisearchError(
      requestError(fetchError),
      "check health",
    );

    expect(err.code).to.equal("engine_unavailable");
    expect(err.message).to.contain("ECONNREFUSED");
  });

  it("translateMeilisearchError when a body is not JSON then gives engine_unavailable", () => {
    expect(
      translateMeilisearchError(new SyntaxError("Unexpected token <"), "x")
        .code,
    ).to.equal("engine_unavailable");
  });

  it("translateMeilisearchError when the error is already an AppError or unknown then keeps or wraps it", () => {
    const appError = new AppError("invalid_request", "bad bound");

    expect(translateMeilisearchError(appError, "x")).to.equal(appError);
    expect(translateMeilisearchError("boom", "x").code).to.equal("internal");
  });
});

describe("task errors", () => {
  // A real failed task: creating an index that already exists.
  const failed = recorded.task("failed", "indexCreation") as TaskSummary;

  it("taskFailedError when a task failed then names it and carries Meilisearch's message and code", () => {
    const err = taskFailedError(
      failed,
      "create index test_contract_mx2qzbb6_1__13",
    );

    expect(err.code).to.equal("internal");
    expect(err.message)
      .to.contain("task 197")
      .and.contain("indexCreation on test_contract_mx2qzbb6_1__13")
      .and.contain("Index `test_contract_mx2qzbb6_1__13` already exists.")
      .and.contain("[index_already_exists]");
    expect(err.cause).to.equal(failed.error);
  });

  it("taskTimeoutError when a task is still processing then reports a timeout, not a failure", () => {
    const processing = recorded.task("processing", "indexSwap") as TaskSummary;

    const err = taskTimeoutError(processing, 30, "swap indexes");

    expect(err.code).to.equal("engine_timeout");
    expect(err.message)
      .to.contain("task 292")
      .and.contain("indexSwap on no index")
      .and.contain("still processing")
      .and.contain("30 ms");
  });
});
