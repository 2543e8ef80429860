import { expect } from "chai";
import {
  taskFailedError,
  taskTimeoutError,
  translateMeilisearchError,
} from "../../../src/engines/meilisearch/translate-error.js";
import { AppError } from "../../../src/errors/app-error.js";
import { buildErrorBody } from "./builders.js";

// Shaped like the client's errors (only meilisearch-engine.ts imports the client;
// the nock tests exercise the real ones).
function apiError(
  status: number,
  body?: ReturnType<typeof buildErrorBody>,
): Error {
  const err = new Error(body?.message ?? `${String(status)}: Error`, {
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
      const original = apiError(
        status,
        buildErrorBody(
          "invalid_api_key",
          "The provided API key is invalid.",
          "auth",
        ),
      );

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
      buildErrorBody(
        "invalid_search_filter",
        "Attribute `x` is not filterable.",
      ),
    );

    const err = translateMeilisearchError(original, "search index releases");

    expect(err.code).to.equal("internal");
    expect(err.message)
      .to.contain("400 invalid_search_filter")
      .and.contain("not filterable");
  });

  it("translateMeilisearchError when the index does not exist then gives not_found", () => {
    const original = apiError(
      404,
      buildErrorBody(
        "index_not_found",
        "Inside `.queries[0]`: Index `x` not found.",
      ),
    );

    expect(translateMeilisearchError(original, "search index x").code).to.equal(
      "not_found",
    );
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
  const failed = {
    uid: 42,
    status: "failed",
    type: "documentAdditionOrUpdate",
    indexUid: "releases_tmp",
    error: buildErrorBody(
      "invalid_document_id",
      "Document identifier `a b` is invalid.",
    ),
  };

  it("taskFailedError when a task failed then names it and carries Meilisearch's message and code", () => {
    const err = taskFailedError(
      failed,
      "import documents into index releases_tmp",
    );

    expect(err.code).to.equal("internal");
    expect(err.message)
      .to.contain("task 42")
      .and.contain("releases_tmp")
      .and.contain("Document identifier `a b` is invalid.")
      .and.contain("invalid_document_id");
    expect(err.cause).to.equal(failed.error);
  });

  it("taskTimeoutError when a task is still enqueued then reports a timeout, not a failure", () => {
    const err = taskTimeoutError(
      { ...failed, status: "enqueued", error: null },
      30,
      "swap indexes",
    );

    expect(err.code).to.equal("engine_timeout");
    expect(err.message)
      .to.contain("task 42")
      .and.contain("still enqueued")
      .and.contain("30 ms");
  });
});
