/** The site's base path (`import.meta.env.BASE_URL`) for the URLs pages hand to browser code. */

/** `path` (starting with `/`) under the site's base: `/pl/guides.json`, or `/docs/pl/guides.json` with base `/docs/`. */
export function underBase(path: string): string {
  return `${import.meta.env.BASE_URL.replace(/\/?$/, '')}${path}`;
}
