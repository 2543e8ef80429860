/** The exit codes of every indexer command, in one list. */
export const EXIT_OK = 0;
/** An input or a reindex failed, or `--check-settings` found a difference. */
export const EXIT_FAILED = 1;
/** The command line is wrong; the usage was printed. */
export const EXIT_USAGE = 2;
