import nock from "nock";
import { INDEX_SETTINGS } from "../../config/index-settings.js";
import { toMeilisearchSettings } from "../../src/engines/meilisearch/index-settings-mapping.js";
import {
  buildEnqueued,
  buildErrorBody,
  buildTask,
} from "../unit/meilisearch/builders.js";
import { MEILI_URL } from "../unit/meilisearch/nock-harness.js";

/** A step of an index rebuild, where a fault can be injected. */
export type MeiliStep =
  "list" | "stats" | "create" | "settings" | "import" | "swap" | "delete";

/** How a step fails: its task ends `failed`, it answers 503, or it answers too late. */
export interface MeiliFault {
  readonly step: MeiliStep;
  readonly kind: "failed" | "5xx" | "slow";
}

export interface FakeMeilisearch {
  /** Documents per index, as the fake holds them now. */
  readonly indexes: Map<string, number>;
  /** `METHOD /path` of every request that changes something. */
  readonly writes: string[];
  /** Requests answered so far. */
  readonly requests: () => number;
}

type Reply = [number, nock.Body];
type ReplyCallback = (
  err: NodeJS.ErrnoException | null,
  reply: nock.ReplyFnResult,
) => void;

const notFound = (uid: string): Reply => [
  404,
  buildErrorBody("index_not_found", `Index \`${uid}\` not found.`),
];

/**
 * A stateful Meilisearch on nock's fake host, enough for a full rebuild with
 * swap (create, settings, import, stats, swap, delete, list, settings reads),
 * with one optional fault. Tasks succeed at once unless the fault says otherwise.
 */
export function fakeMeilisearch(
  initial: Readonly<Record<string, number>>,
  fault?: MeiliFault,
  slowMs = 1_500,
): FakeMeilisearch {
  const indexes = new Map(Object.entries(initial));
  const writes: string[] = [];
  const tasks = new Map<number, nock.Body>();
  let nextTask = 1;
  let answered = 0;

  /** Runs `apply` as a task of `step`; the fault may make it fail instead. */
  const task = (
    step: MeiliStep,
    uid: string,
    apply: () => void,
    precondition = true,
  ): Reply => {
    const taskUid = nextTask++;
    const failed =
      !precondition || (fault?.step === step && fault.kind === "failed");
    if (!failed) apply();
    tasks.set(
      taskUid,
      buildTask({
        uid: taskUid,
        indexUid: uid,
        status: failed ? "failed" : "succeeded",
        error: failed
          ? buildErrorBody("internal", `injected ${step} failure`, "internal")
          : null,
      }),
    );
    return [202, buildEnqueued(taskUid, step, uid)];
  };

  const handle =
    (step: MeiliStep | undefined, answer: (path: string, body: any) => Reply) =>
    (path: string, body: any, callback: ReplyCallback) => {
      answered += 1;
      // A request takes effect when it arrives; only the answer is late (as with an overloaded server).
      const reply: Reply =
        step !== undefined && fault?.step === step && fault.kind === "5xx"
          ? [
              503,
              buildErrorBody("internal", "Service unavailable.", "internal"),
            ]
          : answer(path, body);
      if (step !== undefined && fault?.step === step && fault.kind === "slow")
        setTimeout(() => callback(null, reply), slowMs).unref();
      else callback(null, reply);
    };
  const uidOf = (path: string) => decodeURIComponent(path.split("/")[2] ?? "");
  const write = (method: string, path: string) =>
    writes.push(`${method} ${path.split("?")[0]}`);

  nock(MEILI_URL)
    .persist()
    .get(/^\/tasks\/\d+$/)
    .reply(
      handle(undefined, (path) => {
        const found = tasks.get(Number(path.split("/")[2]));
        return found === undefined
          ? [404, buildErrorBody("task_not_found", "Task not found.")]
          : [200, found];
      }),
    )
    .get(/^\/indexes\?/)
    .reply(
      handle("list", () => {
        const results = [...indexes.keys()].map((uid) => ({
          uid,
          primaryKey: "id",
          createdAt: "2026-01-01T00:00:00Z",
          updatedAt: "2026-01-01T00:00:00Z",
        }));
        return [200, { results, offset: 0, limit: 100, total: results.length }];
      }),
    )
    .get(/^\/indexes\/[^/]+\/stats$/)
    .reply(
      handle("stats", (path) => {
        const count = indexes.get(uidOf(path));
        return count === undefined
          ? notFound(uidOf(path))
          : [
              200,
              {
                numberOfDocuments: count,
                isIndexing: false,
                fieldDistribution: {},
              },
            ];
      }),
    )
    .get(/^\/indexes\/[^/]+\/settings$/)
    .reply(
      handle(undefined, (path) =>
        indexes.has(uidOf(path))
          ? [200, toMeilisearchSettings(INDEX_SETTINGS)]
          : notFound(uidOf(path)),
      ),
    )
    .get(/^\/indexes\/[^/?]+$/)
    .reply(
      handle(undefined, (path) =>
        indexes.has(uidOf(path))
          ? [
              200,
              {
                uid: uidOf(path),
                primaryKey: "id",
                createdAt: "2026-01-01T00:00:00Z",
                updatedAt: "2026-01-01T00:00:00Z",
              },
            ]
          : notFound(uidOf(path)),
      ),
    )
    .post("/indexes")
    .reply(
      handle("create", (path, body: { uid: string }) => {
        write("POST", `${path}/${body.uid}`);
        return task("create", body.uid, () =>
          indexes.set(body.uid, indexes.get(body.uid) ?? 0),
        );
      }),
    )
    .patch(/^\/indexes\/[^/]+\/settings$/)
    .reply(
      handle("settings", (path) => {
        write("PATCH", path);
        return task("settings", uidOf(path), () => undefined);
      }),
    )
    .post(/^\/indexes\/[^/]+\/documents/)
    .reply(
      handle("import", (path, body: unknown[]) => {
        write("POST", path);
        const uid = uidOf(path);
        return task("import", uid, () =>
          indexes.set(uid, (indexes.get(uid) ?? 0) + body.length),
        );
      }),
    )
    .post("/swap-indexes")
    .reply(
      handle("swap", (path, body: { indexes: [string, string] }[]) => {
        const [a = "", b = ""] = body[0]?.indexes ?? [];
        write("POST", `${path} ${a} ${b}`);
        return task(
          "swap",
          a,
          () => {
            const countA = indexes.get(a) ?? 0;
            indexes.set(a, indexes.get(b) ?? 0);
            indexes.set(b, countA);
          },
          indexes.has(a) && indexes.has(b),
        );
      }),
    )
    .delete(/^\/indexes\/[^/]+$/)
    .reply(
      handle("delete", (path) => {
        write("DELETE", path);
        const uid = uidOf(path);
        return task("delete", uid, () => indexes.delete(uid));
      }),
    );

  return { indexes, writes, requests: () => answered };
}
