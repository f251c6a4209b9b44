/**
 * A Sätteri HAST plugin (Astro 7's Markdown pipeline) that turns the text of
 * every h2–h4 with an id into a link to itself, so each section has a
 * shareable anchor (a "#" shows on hover and focus, through CSS).
 * Headings must carry explicit ids (`## Title {#id}`); the content tests check it.
 */

interface El {
  type: 'element';
  tagName: string;
  properties?: Record<string, unknown>;
  children?: unknown[];
}

/** Wraps a heading's children in `<a class="anchor" href="#id">`; returns undefined to leave it. */
export function anchorHeading(node: El): El | undefined {
  const id = node.properties?.['id'];
  if (typeof id !== 'string' || id === '') return undefined;
  const children = node.children ?? [];
  if (children.some((c) => (c as El).type === 'element' && (c as El).tagName === 'a')) return undefined;
  return {
    ...node,
    children: [{ type: 'element', tagName: 'a', properties: { href: `#${id}`, className: ['anchor'] }, children }],
  };
}

/** The plugin object passed to `satteri({ hastPlugins })`. */
export const headingAnchorPlugin = {
  name: 'mailflow:heading-anchor',
  element: {
    filter: ['h2', 'h3', 'h4'],
    visit: (node: El) => anchorHeading(node),
  },
};
