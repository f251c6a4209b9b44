/**
 * Layout gate: one page of each type per locale (tests/support/built-site.ts
 * onePagePerType), at 320, 768 and 1280 px, light and dark, and print media:
 * - no horizontal page overflow;
 * - no copy button over its code block's text (line boxes from Range.getClientRects);
 * - no header control clipped (scrollWidth ≤ clientWidth, box inside the viewport);
 * - on phones, the header at most 15% of the screen, its menu opening and closing;
 * - the header and footer texts are this locale's strings (i18n JSON).
 * One browser page per (path, width); the colour scheme switches by emulateMedia.
 * Full-page screenshots of the English pages go to test-results/screenshots/ (not committed).
 */
import { test, expect, strings } from './fixtures';
import { assertBuilt, onePagePerType } from '../support/built-site';

assertBuilt();
// Full-page screenshots of the longest guide take long on a loaded machine.
test.describe.configure({ timeout: 120_000 });
const WIDTHS = [320, 768, 1280];
const MODES = [
  { name: 'light', media: 'screen', colorScheme: 'light' },
  { name: 'dark', media: 'screen', colorScheme: 'dark' },
  { name: 'print', media: 'print', colorScheme: 'dark' },
] as const;

for (const { type, path } of onePagePerType()) {
  const lang = path.split('/')[1]!;
  const t = strings(lang);
  const tc = strings(lang, 'codes');
  for (const width of WIDTHS) {
    test(`${path} (${type}) at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      for (const mode of MODES) {
        await page.emulateMedia({ media: mode.media, colorScheme: mode.colorScheme });
        const where = `${path} ${width}px ${mode.name}`;
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
        expect(overflow, `${where}: page wider than the viewport`).toBeLessThanOrEqual(0);

        const overlaps = await page.evaluate(() => {
          const bad: string[] = [];
          for (const wrap of document.querySelectorAll('.code-wrap')) {
            const button = wrap.querySelector('.copy');
            const pre = wrap.querySelector('pre');
            if (!button || !pre || !(button as HTMLElement).offsetParent) continue;
            const b = button.getBoundingClientRect();
            const range = document.createRange();
            range.selectNodeContents(pre);
            for (const r of range.getClientRects()) {
              if (r.width === 0 || r.height === 0) continue;
              if (r.left < b.right && r.right > b.left && r.top < b.bottom && r.bottom > b.top) {
                bad.push((pre.textContent ?? '').slice(0, 40));
                break;
              }
            }
          }
          return bad;
        });
        expect(overlaps, `${where}: copy button over code text`).toEqual([]);

        if (mode.media === 'print') {
          // On paper: no header; the site and the page's address (its canonical URL) above the title.
          await expect(page.getByRole('banner')).toBeHidden();
          const canonical = await page.locator('link[rel=canonical]').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
          if (canonical[0]) await expect(page.locator('.print-source')).toHaveText(`${t('site.name')} · ${canonical[0]}`);
        }
        if (mode.media === 'screen') {
          const clipped = await page.evaluate(() => {
            const bad: string[] = [];
            for (const el of document.querySelectorAll<HTMLElement>('.site-header a, .site-header button, .site-header input')) {
              if (!el.offsetParent) continue;
              const r = el.getBoundingClientRect();
              if (el.scrollWidth > el.clientWidth + 1 || r.left < -1 || r.right > innerWidth + 1) bad.push(el.textContent?.trim() || el.outerHTML.slice(0, 60));
            }
            return bad;
          });
          expect(clipped, `${where}: header controls clipped`).toEqual([]);
        }
        if (lang === 'en' && (mode.media === 'screen' || width === 1280)) {
          await page.screenshot({ path: `test-results/screenshots/${type.replace(/\s+/g, '-')}-${width}-${mode.name}.png`, fullPage: true });
        }
      }
      await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
      const nav = page.getByRole('navigation', { name: t('nav.main') });
      if (width < 480) {
        // Phones: the header is one row and the search field (at most 15% of the screen);
        // the links and the theme toggle open with the menu button, and Esc closes them.
        const header = (await page.getByRole('banner').boundingBox())!;
        expect(header.height, `${path} ${width}px: header height`).toBeLessThanOrEqual(0.15 * 800);
        const menu = page.getByRole('banner').getByRole('button', { name: t('nav.menu') });
        await expect(nav).toBeHidden();
        await menu.click();
        await expect(menu).toHaveAttribute('aria-expanded', 'true');
        await expect(page.getByRole('button', { name: t('theme.dark') })).toBeVisible();
        expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), 'menu open: no overflow').toBeLessThanOrEqual(0);
        await nav.getByRole('link').first().focus();
        await page.keyboard.press('Escape');
        await expect(menu).toHaveAttribute('aria-expanded', 'false');
        await expect(menu).toBeFocused();
        await menu.press('Enter');
      }
      // Interface strings: the header and footer say this locale's texts.

      for (const text of [t('nav.overview'), tc('nav.codes'), t('nav.wizard'), t('nav.decode')]) {
        await expect(nav.getByRole('link', { name: text, exact: true })).toBeVisible();
      }
      await expect(page.getByRole('search').getByRole('button')).toHaveText(t('searchForm.submit'));
      await expect(page.getByRole('contentinfo')).toContainText(t('footer.note'));
    });
  }
}
