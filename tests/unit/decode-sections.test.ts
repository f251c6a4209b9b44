/** Every guide section the decoder's verdict leads to exists as `{#id}` in that guide, in every locale. */
import { describe, expect, it } from 'vitest';
import { FAMILY_SECTIONS, guideSlug } from '../../src/lib/decode';
import { contentLocales, guideFiles, readGuide } from '../support/content-files';

describe('FAMILY_SECTIONS', () => {
  const locales = contentLocales();
  it('has locales to check', () => expect(locales.length).toBeGreaterThan(1));
  for (const lang of locales) {
    for (const [family, { guide, section }] of Object.entries(FAMILY_SECTIONS)) {
      it(`${lang}: ${family} → ${guide}#${section}`, () => {
        const file = `${guideSlug(guide)}.mdx`;
        expect(guideFiles(lang)).toContain(file);
        const ids = readGuide(lang, file).headings.map((h) => h.id);
        expect(ids).toContain(section);
      });
    }
  }
});
