import { connectRange } from "instantsearch.js/es/connectors";

const toTimestamp = (date: string): number | undefined =>
  date === "" ? undefined : Date.parse(`${date}T00:00:00Z`) / 1000;

const toDate = (timestamp: number): string =>
  Number.isFinite(timestamp)
    ? new Date(timestamp * 1000).toISOString().slice(0, 10)
    : "";

interface DateRangeParams {
  readonly container: string;
}

type RangeRender = Parameters<Parameters<typeof connectRange>[0]>[0];

const latest = new WeakMap<HTMLElement, RangeRender>();

/**
 * A "from"/"to" pair of date inputs over the numeric `timestamp` attribute
 * (Unix seconds at UTC midnight), built on `connectRange`: the bounds come
 * from the answer's `facetStats`, and choices outside them are clamped.
 */
export const dateRange = connectRange<DateRangeParams>(
  (renderOptions, isFirstRender) => {
    const { start, range, widgetParams } = renderOptions;
    const root = document.querySelector<HTMLElement>(widgetParams.container);
    if (root === null) return;
    // The change listener is added once; it must read the latest render's range.
    latest.set(root, renderOptions);
    if (isFirstRender) {
      root.replaceChildren(
        dateField("From", "date-from"),
        dateField("To", "date-to"),
      );
      root.addEventListener("change", () => {
        const current = latest.get(root);
        if (current === undefined) return;
        const read = (name: string) =>
          toTimestamp(
            root.querySelector<HTMLInputElement>(`[name=${name}]`)?.value ?? "",
          );
        const from = read("date-from");
        const to = read("date-to");
        const min = current.range.min ?? 0;
        const max = current.range.max ?? 0;
        current.refine([
          from === undefined ? undefined : Math.min(Math.max(from, min), max),
          to === undefined ? undefined : Math.max(Math.min(to, max), min),
        ]);
      });
    }
    const [from = -Infinity, to = Infinity] = start;
    for (const input of root.querySelectorAll<HTMLInputElement>("input")) {
      input.min = toDate(range.min ?? NaN);
      input.max = toDate(range.max ?? NaN);
      input.value = toDate(input.name === "date-from" ? from : to);
    }
  },
);

function dateField(label: string, name: string): HTMLLabelElement {
  const field = document.createElement("label");
  field.className = "date-field";
  const input = document.createElement("input");
  input.type = "date";
  input.name = name;
  field.append(`${label} `, input);
  return field;
}

/** Shows timestamp refinements as dates in `currentRefinements`. */
export function labelDates<
  T extends {
    attribute: string;
    refinements: { label: string; value: unknown; operator?: string }[];
  },
>(items: T[]): T[] {
  return items.map((item) =>
    item.attribute !== "timestamp"
      ? item
      : {
          ...item,
          label: "date",
          refinements: item.refinements.map((r) => ({
            ...r,
            label: `${r.operator ?? ""} ${toDate(Number(r.value))}`.trim(),
          })),
        },
  );
}
