/** Small DOM helpers: elements are built with text nodes only, never from HTML strings. */

export type Child = Node | string | null | undefined | false;

export interface ElementOptions {
  readonly className?: string;
  readonly text?: string;
  readonly attrs?: Readonly<Record<string, string>>;
}

/**
 * Creates an element with a class, attributes and children; strings become
 * text nodes, so user and document text can never turn into markup.
 *
 * @param tag - the element's tag name
 * @param options - class, text content and attributes
 * @param children - nodes or strings appended in order (falsy ones skipped)
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.className !== undefined) element.className = options.className;
  if (options.text !== undefined) element.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {}))
    element.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

/**
 * The element with this id, checked to be of the expected type.
 *
 * @param id - the element's id in index.html
 * @param type - its constructor, e.g. `HTMLInputElement`
 */
export function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof type))
    throw new Error(`index.html has no #${id} of the expected type`);
  return element;
}

/** True for a plain left click, so modified clicks (new tab, download) keep their default. */
export function isPlainClick(event: MouseEvent): boolean {
  return (
    event.button === 0 &&
    !event.metaKey &&
    !event.ctrlKey &&
    !event.shiftKey &&
    !event.altKey
  );
}
