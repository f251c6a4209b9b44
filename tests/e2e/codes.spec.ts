/**
 * Code pages, the codes index and search over the registry, in every locale:
 * a sample of code pages (one per layout variant, from the build) renders its
 * code, meaning and links; searching each sample code puts its page (or its
 * guide) first; a range member finds its range; the expired form of a
 * connector error leads to its guide and says why; a code nobody registered
 * gets the explained answer. Codes come from the registry, never a list here.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, LANGS, strings } from './fixtures';
import { assertBuilt, codePagePaths, sampleCodePagePaths } from '../support/built-site';
import { entries } from '../../src/codes';
import { codeInClass, createCodeIndex, displayCode } from '../../src/lib/code-registry';
import { basicCodePath, codePath, guidePath } from '../../src/lib/url';
import { codeToSlug, OTHER_CODE } from '../../src/lib/error-code';

assertBuilt();
const index = createCodeIndex(entries);
const fill = (text: string, values: Record<string, string>) => text.replace(/\{\{(\w+)\}\}/g, (m, k: string) => values[k] ?? m);

async function searchFor(page: Page, lang: string, query: string): Promise<Locator> {
  const field = page.getByRole('banner').getByLabel(strings(lang)('searchForm.label'));
  await field.click();
  await field.fill(query);
  await expect(page.getByRole('banner').locator('site-search')).toHaveAttribute('data-state', /^(results|empty|loading)$/);
  const list = page.getByRole('banner').getByRole('listbox', { name: strings(lang, 'search')('results.label') });
  await expect(list.getByRole('option').first()).toBeVisible();
  return list.getByRole('option');
}

/** Where search must send a page's code first: its deep guide, else the page itself. */
function expectedFirst(lang: string, slug: string): string {
  const page = index.pages.find((p) => p.slug === slug)!;
  const guide = page.entry.guide?.code;
  return guide !== undefined && guide !== OTHER_CODE ? guidePath(lang, codeToSlug(guide)) : codePath(lang, slug);
}

test('the sample covers every locale and several layouts', () => {
  const sample = sampleCodePagePaths();
  for (const lang of LANGS) expect(sample.filter((p) => p.startsWith(`/${lang}/`)).length, lang).toBeGreaterThan(3);
  expect(codePagePaths().length).toBe(index.pages.length * LANGS.length);
});

for (const lang of LANGS) {
  const tc = strings(lang, 'codes');
  const sample = sampleCodePagePaths().filter((p) => p.startsWith(`/${lang}/`));

  test.describe(`${lang}: code pages`, () => {
    for (const path of sample) {
      const slug = path.split('/')[3]!;
      const page = index.pages.find((p) => p.slug === slug)!;
      test(`${path} shows its code, meaning and links`, async ({ page: tab }) => {
        await tab.goto(path);
        const main = tab.getByRole('main');
        await expect(main.getByRole('heading', { level: 1 })).toContainText(displayCode(page));
        await expect(main.getByRole('heading', { level: 2, name: tc('page.meaning') })).toBeVisible();
        await expect(main.getByRole('heading', { level: 2, name: tc('page.causes') })).toBeVisible();
        await expect(main.getByRole('heading', { level: 2, name: tc('page.steps') })).toBeVisible();
        await expect(main.getByText(page.entry.name, { exact: true }).first()).toBeVisible();
        await expect(main.getByRole('link', { name: tc('page.allCodes') })).toHaveAttribute('href', codePath(lang));
        if (page.entry.guide) {
          await expect(main.getByRole('complementary', { name: tc('page.guideTitle') }).getByRole('link')).toHaveAttribute('href', new RegExp(`^/${lang}/errors/`));
        }
        const twin = index.twin(page);
        if (twin) {
          const related = main.getByRole('region', { name: tc('page.related') });
          await expect(related.getByRole('link', { name: new RegExp(`^${twin.code.replace(/\./g, '\\.')} `) })).toHaveAttribute('href', codePath(lang, twin.slug));
        }
      });

      test(`searching ${page.code} puts its page or guide first`, async ({ page: tab }) => {
        await tab.goto(`/${lang}/`);
        const query = page.from === page.to ? page.code : `${page.cls}.${page.subject}.${page.from}`;
        const options = await searchFor(tab, lang, query);
        await expect(options.first()).toHaveAttribute('href', expectedFirst(lang, slug));
      });
    }
  });

  test.describe(`${lang}: search over the registry`, () => {
    test('a member of a range finds the range', async ({ page }) => {
      const ranges = index.pages.filter((p) => p.to > p.from);
      expect(ranges.length).toBeGreaterThan(0);
      await page.goto(`/${lang}/`);
      for (const range of ranges) {
        // A detail inside the range that no single code of the registry takes.
        const detail = Array.from({ length: range.to - range.from + 1 }, (_, i) => range.from + i).find(
          (d) => index.find(`${range.cls}.${range.subject}.${d}`) === range && d !== range.from,
        )!;
        const options = await searchFor(page, lang, `${range.cls}.${range.subject}.${detail}`);
        await expect(options.first()).toHaveAttribute('href', codePath(lang, range.slug));
      }
    });

    test('the expired form of each connector error leads to its guide and says so', async ({ page }) => {
      await page.goto(`/${lang}/`);
      const expired = entries.filter((e) => e.guide && e.guide.code !== OTHER_CODE && e.classes.includes(5) && e.classes.includes(4));
      expect(expired.length).toBeGreaterThan(0);
      for (const e of expired) {
        const code = codeInClass(e.id, 5);
        const options = await searchFor(page, lang, `550 ${code} Message expired`);
        await expect(options.first()).toHaveAttribute('href', guidePath(lang, codeToSlug(e.guide!.code)));
        await expect(options.first()).toContainText(fill(tc('search.expired'), { code, twin: e.guide!.code }));
      }
    });

    test('a code nobody registered is explained, with the nearest page', async ({ page }) => {
      await page.goto(`/${lang}/`);
      const code = '5.9.213';
      expect(index.find(code)).toBeUndefined();
      const options = await searchFor(page, lang, code);
      await expect(options.first()).toContainText(fill(tc('search.unregistered'), { code }));
      await expect(options.first()).toContainText(tc('class.5'));
      await expect(options.first()).toHaveAttribute('href', codePath(lang, index.find('5.0.0')!.slug));
    });

    test('a basic reply code leads to its row on the basic codes page', async ({ page }) => {
      await page.goto(`/${lang}/`);
      const options = await searchFor(page, lang, '421');
      await expect(options.first()).toHaveAttribute('href', basicCodePath(lang, '421'));
      await options.first().click();
      await expect(page.getByRole('row', { name: /421/ })).toBeVisible();
    });
  });

  test.describe(`${lang}: codes index`, () => {
    test('lists every code by subject, and the filter narrows it', async ({ page }) => {
      await page.goto(codePath(lang));
      const rows = page.getByRole('main').locator('tbody tr');
      await expect(rows).toHaveCount(index.pages.length);
      const filter = page.getByRole('searchbox', { name: tc('index.filterLabel') });
      const target = index.pages.find((p) => p.entry.id === 'X.7.64') ?? index.pages[0]!;
      await filter.fill(target.code);
      const visible = page.getByRole('main').locator('tbody tr:visible');
      await expect(visible.first()).toContainText(displayCode(target));
      expect(await visible.count()).toBeLessThan(index.pages.length);
      await filter.fill('zzzz-no-such-code');
      await expect(page.getByText(tc('index.filterNone'))).toBeVisible();
    });

    test('without JavaScript, each subject is an anchor from the list at the top', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(codePath(lang));
      const nav = page.getByRole('navigation', { name: tc('index.groupsTitle') });
      const first = nav.getByRole('link').first();
      const href = (await first.getAttribute('href'))!;
      expect(href).toMatch(/^#subject-/);
      await first.click();
      await expect(page.locator(href)).toBeInViewport();
      await expect(page.getByRole('searchbox', { name: tc('index.filterLabel') })).toBeHidden();
      await context.close();
    });
  });
}
