import { toRelativeUrl, type PageState } from "./page-state.js";

/**
 * How a change reaches the browser history:
 * - `push`: a new entry (a filter, the sort, a page, opening a release), so Back undoes it;
 * - `typing`: the first keystroke of a burst pushes, later ones replace, so Back
 *   skips the intermediate words;
 * - `replace`: fix up the current entry (normalising a hand-written URL).
 */
export type HistoryMode = "push" | "typing" | "replace";

interface EntryMarker {
  readonly releaseSearch: true;
  readonly typing: boolean;
}

function isTypingEntry(value: unknown): boolean {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as Partial<EntryMarker>).releaseSearch === true &&
    (value as Partial<EntryMarker>).typing === true
  );
}

/**
 * Writes the page state to the address bar.
 *
 * @param state - what the page now shows
 * @param mode - see {@link HistoryMode}
 */
export function writeHistory(state: PageState, mode: HistoryMode): void {
  const url = toRelativeUrl(state);
  const typing = mode === "typing";
  const marker: EntryMarker = { releaseSearch: true, typing };
  const current = `${location.pathname}${location.search}${location.hash}`;
  if (mode === "replace" || (typing && isTypingEntry(history.state))) {
    history.replaceState(marker, "", url);
  } else if (url !== current) {
    history.pushState(marker, "", url);
  }
}

/** Marks the current entry as finished, so the next keystroke starts a new entry. */
export function endTypingBurst(): void {
  if (isTypingEntry(history.state))
    history.replaceState({ releaseSearch: true, typing: false }, "");
}
