/**
 * The page as drawn from the state. views/ holds the canvas (canvas/), the side panel (panel/), the path
 * finder (path-finder/), the other tools and panels (one file each), the page's chrome and keyboard, and
 * this element builder that every view draws with.
 *
 * A tiny element builder. Data from the API (names, quotes) only ever reaches the page as text
 * nodes through it, never as HTML, so a quote cannot inject markup.
 */

export interface ElementOptions {
  className?: string;
  text?: string;
  /** Attributes such as `lang`, `href`, `data-testid`; `undefined` or `null` skips one. */
  attrs?: Record<string, string | null | undefined>;
}

export type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.className !== undefined) element.className = options.className;
  if (options.text !== undefined) element.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    if (value !== undefined && value !== null) element.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

/** Looks up an element the HTML page must contain, failing loudly if the page and code disagree. */
export function required<T extends HTMLElement>(id: string, type: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`cooperation graph: #${id} is missing from index.html`);
  return element;
}
