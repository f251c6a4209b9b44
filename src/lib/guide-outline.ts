/**
 * The outline every guide follows (docs/guide-outline.md): its `##` section
 * ids in order. The content tests read it; ids are English and identical in
 * every locale. The page adds `related` and `sources` after the body.
 */

/** `##` sections of a guide to one code (4.4.312 … 4.7.320), in order. */
export const CODE_GUIDE_SECTIONS = [
  'meaning',
  'service-health',
  'error-text',
  'find-it',
  'ndr',
  'causes',
  'on-premises-logs',
  'partner',
  'verify',
] as const;

/** `##` sections of the other-codes guide: the same, with the neighbouring-codes table after the causes. */
export const OTHER_GUIDE_SECTIONS = [
  'meaning',
  'service-health',
  'error-text',
  'find-it',
  'ndr',
  'causes',
  'neighbours',
  'on-premises-logs',
  'partner',
  'verify',
] as const;

/** `##` sections of the overview page (content/pages/{lang}/overview.mdx), in order. */
export const OVERVIEW_SECTIONS = ['how-it-works', 'whose-error', 'where-you-see-it', 'ndr-anatomy', 'status-codes', 'first-steps'] as const;

/** The `##` section ids a guide with this `code` must have, in order ("other" for the other-codes guide). */
export function guideSections(code: string): readonly string[] {
  return code === 'other' ? OTHER_GUIDE_SECTIONS : CODE_GUIDE_SECTIONS;
}

/**
 * The text of one `##` section of an MDX body (from its heading to the next
 * `##` heading outside a code fence), or undefined when the body has no
 * `## … {#id}` heading.
 */
export function sectionText(body: string, id: string): string | undefined {
  const lines = body.split('\n');
  let inFence = false;
  let start = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*```/.test(line)) inFence = !inFence;
    if (inFence || !/^##\s/.test(line)) continue;
    if (start >= 0) return lines.slice(start, i).join('\n');
    if (new RegExp(`\\{\\s*#${id.replace(/[-]/g, '\\-')}\\s*\\}\\s*$`).test(line)) start = i;
  }
  return start >= 0 ? lines.slice(start).join('\n') : undefined;
}
