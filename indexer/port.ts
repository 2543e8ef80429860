/**
 * The indexer as the API process sees it, and the only module under indexer/
 * that src/ may import (eslint.config.js enforces it): the reindexer interface
 * the admin routes call, and startIndexing for the embedded mode of `npm start`.
 */
export { REMEMBERED_JOBS } from "./jobs/reindex-runner.js";
export type { ReindexJob, Reindexer } from "./jobs/reindexer.js";
export {
  startIndexing,
  type Indexing,
  type IndexingOptions,
} from "./jobs/start-indexing.js";
