import type { SearchHitResponse } from "../api/response-schemas.js";
import { h } from "./dom.js";
import { formatDate } from "./format.js";

const CONFIRMATION_MS = 2_000;

/**
 * The sentence with its source, ready to paste into a brief:
 * `“…” — Wang Yi, State Councilor and Foreign Minister (Title, 15 July 2021, Tashkent)`.
 *
 * @param hit - a search hit
 */
export function formatCitation(hit: SearchHitResponse): string {
  const who =
    hit.speaker === null
      ? ""
      : ` — ${hit.speaker}${hit.speakerRole === null ? "" : `, ${hit.speakerRole}`}`;
  const source = [
    hit.release.title,
    formatDate(hit.release.date),
    hit.release.location,
  ]
    .filter((part): part is string => part !== null && part !== "")
    .join(", ");
  return `“${hit.text}”${who} (${source})`;
}

/**
 * A "Copy with source" button, or null where the page may not write to the
 * clipboard (plain-HTTP origins other than localhost).
 *
 * @param hit - the hit to cite
 */
export function copyCitationButton(
  hit: SearchHitResponse,
): HTMLButtonElement | null {
  if (!window.isSecureContext || !("clipboard" in navigator)) return null;
  const label = "Copy with source";
  const button = h("button", {
    className: "hit-action",
    text: label,
    attrs: { type: "button" },
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  button.addEventListener("click", () => {
    navigator.clipboard.writeText(formatCitation(hit)).then(
      () => {
        button.textContent = "Copied";
        clearTimeout(timer);
        timer = setTimeout(() => {
          button.textContent = label;
        }, CONFIRMATION_MS);
      },
      () => {
        button.textContent = "Copy failed";
      },
    );
  });
  return button;
}
