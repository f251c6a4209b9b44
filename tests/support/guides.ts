/**
 * The site's guides as the content collection passes them to search and the
 * wizard's paste box ({@link GuideRef}: code and slug), read from
 * content/errors/en and sorted by their `order`, like src/data/guides.ts.
 * The one fixture of the guides for the unit tests: a new guide is in it
 * without a test edit.
 */
import type { GuideRef } from '../../src/lib/error-code';
import { guideFiles, readGuide } from './content-files';

/** Every English guide: `{ code: '4.4.316', slug: '4-4-316' }` … `{ code: 'other', slug: 'other-codes' }`. */
export const GUIDES: readonly GuideRef[] = guideFiles('en')
  .map((file) => ({ file, frontmatter: readGuide('en', file).frontmatter }))
  .sort((a, b) => Number(a.frontmatter['order']) - Number(b.frontmatter['order']))
  .map(({ file, frontmatter }) => ({ code: String(frontmatter['code']), slug: file.replace(/\.mdx$/, '') }));
