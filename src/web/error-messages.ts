import { SearchApiError } from "../client/search-client.js";

/** What the page tells the user about a failed request. */
export interface UserMessage {
  readonly title: string;
  readonly detail: string;
  /** Set when retrying earlier is pointless (429). */
  readonly retryAfterSeconds?: number;
}

const FALLBACK_RETRY_SECONDS = 30;

function retryAfter(error: SearchApiError): number {
  const fromDetails =
    typeof error.details === "object" && error.details !== null
      ? (error.details as { retryAfterSeconds?: unknown }).retryAfterSeconds
      : undefined;
  const seconds = error.retryAfterSeconds ?? fromDetails;
  return typeof seconds === "number" && Number.isFinite(seconds) && seconds > 0
    ? Math.ceil(seconds)
    : FALLBACK_RETRY_SECONDS;
}

function fieldsInError(error: SearchApiError): string[] {
  const properties =
    typeof error.details === "object" && error.details !== null
      ? (error.details as { properties?: unknown }).properties
      : undefined;
  return typeof properties === "object" && properties !== null
    ? Object.keys(properties)
    : [];
}

/**
 * Turns an error from the search client (or fetch) into words for the page.
 *
 * @param error - what the request rejected with
 */
export function describeError(error: unknown): UserMessage {
  if (!(error instanceof SearchApiError)) {
    return {
      title: "Cannot reach the search service",
      detail: "Check your connection, then try again.",
    };
  }
  switch (error.code) {
    case "engine_unavailable":
      return {
        title: "Search is temporarily unavailable",
        detail:
          "The search engine is not answering right now. Your search is kept; please try again in a moment.",
      };
    case "rate_limited": {
      const seconds = retryAfter(error);
      return {
        title: "Too many searches in a short time",
        detail: `Please wait ${seconds} ${seconds === 1 ? "second" : "seconds"} before searching again.`,
        retryAfterSeconds: seconds,
      };
    }
    case "invalid_request":
      return fieldsInError(error).includes("from")
        ? {
            title: "Check the dates",
            detail: "The “From” date is after the “To” date.",
          }
        : { title: "This search cannot be run", detail: error.message };
    case "not_found":
      return {
        title: "Not found",
        detail: "This release is not in the index (any more).",
      };
    default:
      return {
        title: "Something went wrong",
        detail: "The search service had a problem. Please try again.",
      };
  }
}
