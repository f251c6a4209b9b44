/**
 * Page titles that stay short enough for search results and validators
 * (html-validate's long-title rule: 70 characters in all, site name included).
 */

/**
 * Shortens `text` to at most `max` characters, cutting at a word boundary and
 * ending with "…" when anything was cut. Never returns more than `max` characters.
 */
export function fitTitle(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  if (max <= 1) return '…'.slice(0, Math.max(0, max));
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const head = (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.?!(–-]+$/, '');
  return `${head}…`;
}
