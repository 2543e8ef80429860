/**
 * Engine and folder variables a child process must not take from the developer's
 * shell. Dropping them is not enough: the entry points call `dotenv.config()`, which
 * would fill them in again from a `.env` in the repository. dotenv never overrides a
 * variable that is set, so the ones config reads as "unset when empty" are blanked.
 */
const DROPPED =
  /^(MEILI_|DATA_DIR|RELEASES_DIR|ADMIN_TOKEN|INDEXER_|REINDEX_|PORT$|HOST$|SOAK$)/;
const BLANKED = [
  "MEILI_URL",
  "MEILI_SEARCH_KEY",
  "MEILI_ADMIN_KEY",
  "REINDEX_URL",
  "REINDEX_SCHEDULE",
  "ADMIN_TOKEN",
  "DATA_DIR",
  "RELEASES_DIR",
] as const;

/** The environment for a spawned API or indexer: the embedded engine unless `extra` says otherwise. */
export function hermeticEnv(
  extra: Readonly<Record<string, string>> = {},
): NodeJS.ProcessEnv {
  const kept = Object.entries(process.env).filter(
    ([key]) => !DROPPED.test(key),
  );
  const blanked = Object.fromEntries(BLANKED.map((key) => [key, ""]));
  return { ...Object.fromEntries(kept), ...blanked, ...extra };
}
