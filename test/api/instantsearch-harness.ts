import { expect } from "chai";
import { buildDocument } from "../builders.js";
import {
  HOSTILE_TEXT,
  request,
  seedDocuments,
  startTestApi,
  type TestApi,
} from "./api-harness.js";

/** The API over the seed releases plus one hostile sentence by Jane Roe. */
export async function startInstantSearchApi(): Promise<TestApi> {
  return startTestApi({
    documents: [
      ...(await seedDocuments()),
      buildDocument({
        id: "hostile-0",
        releaseId: "hostile",
        text: HOSTILE_TEXT,
        speaker: "Jane Roe",
        date: "2022-03-03",
      }),
    ],
  });
}

/** POSTs `{ queries }` to the InstantSearch multi-search of the API at `url`. */
export function multiSearch(
  url: string,
  queries: unknown[],
  init: RequestInit = {},
): ReturnType<typeof request> {
  return request(`${url}/v1/instantsearch/multi-search`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ queries }),
    ...init,
  });
}

/** Asserts a Meilisearch-shaped error with this status and code. */
export function expectMeilisearchError(
  answer: { status: number; body: any },
  status: number,
  code: string,
): void {
  expect(answer.status).to.equal(status);
  expect(answer.body).to.deep.equal({
    message: answer.body.message,
    code,
    type: "invalid_request",
    link: `https://www.meilisearch.com/docs/reference/errors/error_codes#${code}`,
  });
  expect(answer.body.message).to.be.a("string").and.not.equal("");
}
