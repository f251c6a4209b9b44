/**
 * Accessibility gate: axe-core with the WCAG 2.0/2.1/2.2 A and AA rules on
 * every page of the built site (sitemap, every wizard step, the 404 pages; the
 * generated code pages by one page per layout variant and locale), in
 * the light and the dark scheme, plus the open search panel and the search
 * page with results. Zero violations.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, LANGS } from './fixtures';
import { assertBuilt, browserGatePaths } from '../support/built-site';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCHEMES = ['light', 'dark'] as const;

assertBuilt();
// Every hand-written page; wizard steps and generated code pages by one page per layout variant (see browserGatePaths).
const PAGES = browserGatePaths();

/** Runs axe on the page as it is now; the message lists each violation with its nodes. */
async function expectNoViolations(page: Page, label: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const report = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ')}`).join('\n')}`,
  );
  expect(report, `axe violations on ${label}`).toEqual([]);
}

test.describe('axe: every built page, light and dark', () => {
  // axe over the overview and the codes index (hundreds of links and rows, twice) takes longer than the default 30 s on 2 cores.
  test.describe.configure({ timeout: 90_000 });
  test('the page list comes from the build', () => {
    expect(PAGES.length).toBeGreaterThan(LANGS.length * 2);
  });

  for (const path of PAGES) {
    test(path, async ({ page }) => {
      await page.emulateMedia({ colorScheme: SCHEMES[0] });
      await page.goto(path, { waitUntil: 'load' });
      for (const colorScheme of SCHEMES) {
        // The scheme switches live (CSS media queries), no reload needed.
        await page.emulateMedia({ colorScheme });
        await expectNoViolations(page, `${path} (${colorScheme})`);
      }
    });
  }
});

test.describe('axe: search', () => {
  for (const lang of LANGS) {
    test(`${lang}: the open search panel in the header`, async ({ page }) => {
      for (const colorScheme of SCHEMES) {
        await page.emulateMedia({ colorScheme });
        await page.goto(`/${lang}/`);
        const field = page.locator('form[role=search] input[name=q]');
        await field.click();
        await field.fill('4.4.316');
        // The documented panel: a combobox with a listbox of results under it.
        await expect(page.getByRole('listbox')).toBeVisible();
        await expect(page.getByRole('option').first()).toBeVisible();
        await expectNoViolations(page, `/${lang}/ with the search panel open (${colorScheme})`);
      }
    });

    test(`${lang}: the search page with results`, async ({ page }) => {
      for (const colorScheme of SCHEMES) {
        await page.emulateMedia({ colorScheme });
        await page.goto(`/${lang}/search/?q=${encodeURIComponent('4.4.316')}`);
        await expect(page.locator('main a[href*="/errors/4-4-316/"]').first()).toBeVisible();
        await expectNoViolations(page, `/${lang}/search/?q=4.4.316 (${colorScheme})`);
      }
    });
  }
});
