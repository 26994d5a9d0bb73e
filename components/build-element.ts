/** Attributes of a built element; `false`, null and undefined leave the attribute out. */
export type Attrs = Record<string, string | number | boolean | null | undefined>;

/**
 * Builds one element with attributes and children (strings become text nodes, never markup). The in-page
 * UI is built with this instead of Preact: it runs in every page, so it keeps the content script small.
 */
export function buildElement<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string | null | false)[]
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== null && child !== false) el.append(child);
  return el;
}
