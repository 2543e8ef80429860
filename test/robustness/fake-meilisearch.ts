import type nock from "nock";
import { INDEX_SETTINGS } from "../../config/index-settings.js";
import { toMeilisearchSettings } from "../../src/engines/meilisearch/index-settings-mapping.js";
import { meili } from "../unit/meilisearch/nock-harness.js";
import { errorLike, recorded } from "../unit/meilisearch/recorded.js";

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

/** The task type Meilisearch gives each step's task. */
const TASK_TYPES = {
  create: "indexCreation",
  settings: "settingsUpdate",
  import: "documentAdditionOrUpdate",
  swap: "indexSwap",
  delete: "indexDeletion",
} as const;
type TaskStep = keyof typeof TASK_TYPES;

// Every answer is a recorded one (recorded.ts) with only uids, names and counts changed.
const { indexes: recordedIndexes } = recorded;
const notFound = (uid: string): Reply => [
  404,
  {
    ...recorded.error("index_not_found", 404),
    message: `Index \`${uid}\` not found.`,
  },
];
const unavailable: Reply = [
  503,
  errorLike("internal", "Service unavailable.", "internal"),
];
/** Every index holds the code's settings, in the shape Meilisearch answers them. */
const liveSettings = {
  ...recordedIndexes.getSettings.response,
  ...toMeilisearchSettings(INDEX_SETTINGS),
};
const indexEntry = (uid: string) => ({
  ...recordedIndexes.getIndex.response,
  uid,
});

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
    step: TaskStep,
    uid: string,
    apply: () => void,
    precondition = true,
  ): Reply => {
    const taskUid = nextTask++;
    const type = TASK_TYPES[step];
    // A swap concerns two indexes: Meilisearch gives its task no indexUid.
    const indexUid = step === "swap" ? null : uid;
    const failed =
      !precondition || (fault?.step === step && fault.kind === "failed");
    if (!failed) apply();
    tasks.set(taskUid, {
      ...recorded.task("succeeded", type),
      uid: taskUid,
      indexUid,
      status: failed ? "failed" : "succeeded",
      error: failed
        ? errorLike("internal", `injected ${step} failure`, "internal")
        : null,
    });
    return [
      202,
      { ...recorded.enqueued(type), taskUid, indexUid, status: "enqueued" },
    ];
  };

  const handle =
    (step: MeiliStep | undefined, answer: (path: string, body: any) => Reply) =>
    (path: string, body: any, callback: ReplyCallback) => {
      answered += 1;
      // A request takes effect when it arrives; only the answer is late (as with an overloaded server).
      const reply: Reply =
        step !== undefined && fault?.step === step && fault.kind === "5xx"
          ? unavailable
          : answer(path, body);
      if (step !== undefined && fault?.step === step && fault.kind === "slow")
        setTimeout(() => callback(null, reply), slowMs).unref();
      else callback(null, reply);
    };
  const uidOf = (path: string) => decodeURIComponent(path.split("/")[2] ?? "");
  const write = (method: string, path: string) =>
    writes.push(`${method} ${path.split("?")[0]}`);

  // Only requests with the adapter's headers (key, JSON, accept-encoding: identity) match.
  meili()
    .persist()
    .get(/^\/tasks\/\d+$/)
    .reply(
      handle(undefined, (path) => {
        const taskUid = path.split("/")[2] ?? "";
        const found = tasks.get(Number(taskUid));
        return found === undefined
          ? [404, errorLike("task_not_found", `Task \`${taskUid}\` not found.`)]
          : [200, found];
      }),
    )
    .get(/^\/indexes\?/)
    .reply(
      handle("list", () => {
        const results = [...indexes.keys()].map(indexEntry);
        return [
          200,
          {
            ...recordedIndexes.listIndexes.response,
            results,
            total: results.length,
          },
        ];
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
                ...recordedIndexes.stats.response,
                numberOfDocuments: count,
              },
            ];
      }),
    )
    .get(/^\/indexes\/[^/]+\/settings$/)
    .reply(
      handle(undefined, (path) =>
        indexes.has(uidOf(path)) ? [200, liveSettings] : notFound(uidOf(path)),
      ),
    )
    .get(/^\/indexes\/[^/?]+$/)
    .reply(
      handle(undefined, (path) =>
        indexes.has(uidOf(path))
          ? [200, indexEntry(uidOf(path))]
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
