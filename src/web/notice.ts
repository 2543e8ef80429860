import { h } from "./dom.js";
import type { UserMessage } from "./error-messages.js";

export interface NoticeAction {
  readonly label: string;
  readonly run: () => void;
}

/**
 * The message box above the results (errors, no results); errors are
 * announced to screen readers as alerts.
 */
export interface Notice {
  show(
    kind: "error" | "info",
    message: UserMessage,
    action?: NoticeAction,
  ): void;
  hide(): void;
}

/**
 * @param element - the notice container
 */
export function createNotice(element: HTMLElement): Notice {
  let countdown: ReturnType<typeof setInterval> | undefined;

  function stopCountdown(): void {
    clearInterval(countdown);
    countdown = undefined;
  }

  /** A retry button that waits out a rate limit, counting down on its label. */
  function retryButton(
    action: NoticeAction,
    waitSeconds: number,
  ): HTMLButtonElement {
    const button = h("button", {
      className: "secondary-button",
      attrs: { type: "button" },
    });
    button.addEventListener("click", action.run);
    let left = waitSeconds;
    const tick = () => {
      button.disabled = left > 0;
      button.textContent =
        left > 0 ? `${action.label} in ${left} s` : action.label;
      if (left <= 0) stopCountdown();
      left -= 1;
    };
    tick();
    if (waitSeconds > 0) countdown = setInterval(tick, 1_000);
    return button;
  }

  return {
    show(kind, message, action) {
      stopCountdown();
      element.className = `notice is-${kind}`;
      // Errors interrupt; "no results" is already announced by the count.
      if (kind === "error") element.setAttribute("role", "alert");
      else element.removeAttribute("role");
      element.replaceChildren(
        h("p", { className: "notice-title", text: message.title }),
        h("p", { className: "notice-detail", text: message.detail }),
      );
      if (action !== undefined)
        element.append(retryButton(action, message.retryAfterSeconds ?? 0));
      element.hidden = false;
    },
    hide() {
      stopCountdown();
      element.hidden = true;
      element.replaceChildren();
    },
  };
}
