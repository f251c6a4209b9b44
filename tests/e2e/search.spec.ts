/**
 * Search (issue 5) against the built site, in every locale: the header
 * combobox, code recognition before Pagefind answers, the pasted-error
 * analyzer, inflected and diacritics-free words, keyboard use, announcements
 * with real plural forms, the search page (shared URL, no JavaScript), hostile
 * input, lazy loading, and what the index holds.
 */
import { gunzipSync } from 'node:zlib';
import { readdirSync, readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect, LANGS, strings } from './fixtures';
import { DIST } from '../support/built-site';

const BOUNCE =
  '450 4.4.316 Connection refused [Message=Socket error code 10061] [LastAttemptedServerName=mail.contoso.com] [LastAttemptedIP=203.0.113.5:25]';

/**
 * Inflected words and the guide each must reach in the top three (null: any
 * guide). Chosen from the guides' text and keywords in content/errors/.
 */
const WORDS: Record<string, [string, string | null][]> = {
  en: [
    ['certificate expired', '4-7-320'],
    ['expired certificates', '4-7-320'],
    ['firewalls', '4-4-316'],
    ['refused', '4-4-316'],
  ],
  pl: [
    ['certyfikatu', '4-7-320'],
    ['zapory', '4-4-316'],
    ['odrzucone', '4-4-316'],
    ['łącznika', null],
    ['lacznika', null],
    ['lacznik', null],
  ],
  tr: [
    ['sertifikası', '4-7-320'],
    ['güvenlik duvarı', '4-4-316'],
    ['reddedildi', '4-4-316'],
    ['bağlayıcıyı', null],
    ['guvenlik duvari', '4-4-316'],
  ],
};

const common = (lang: string) => strings(lang);
const search = (lang: string) => strings(lang, 'search');

/** The guide slugs of a locale, from content/errors/{lang}/. */
function guideSlugs(lang: string): string[] {
  return readdirSync(new URL(`../../content/errors/${lang}/`, import.meta.url))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''));
}

/** The header's search field (a combobox once search has loaded). */
function headerField(page: Page, lang: string): Locator {
  return page.getByRole('banner').getByLabel(common(lang)('searchForm.label'));
}

/** The header's results listbox. */
function listbox(page: Page, lang: string): Locator {
  return page.getByRole('banner').getByRole('listbox', { name: search(lang)('results.label') });
}

/** Types `query` into the header field and waits until the search has answered. */
async function searchFor(page: Page, lang: string, query: string): Promise<Locator> {
  const field = headerField(page, lang);
  await field.click();
  await field.fill(query);
  await expect(page.getByRole('banner').locator('site-search')).toHaveAttribute('data-state', /^(results|empty)$/);
  return listbox(page, lang).getByRole('option');
}

/** Hrefs of the first `n` options. */
async function topHrefs(options: Locator, n: number): Promise<string[]> {
  return (await options.evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''))).slice(0, n);
}

for (const lang of LANGS) {
  const t = search(lang);

  test.describe(`${lang}: header search`, () => {
    test('a code typed as 44316 shows the guide card first, from the registry alone (no Pagefind); Enter opens it', async ({ page }) => {
      const pagefind: string[] = [];
      page.on('request', (req) => {
        if (new URL(req.url()).pathname.startsWith('/pagefind/')) pagefind.push(new URL(req.url()).pathname);
      });
      await page.goto(`/${lang}/`);
      const field = headerField(page, lang);
      await field.click();
      // Key by key, as a person types: no prefix of a code (4, 44, 443 …) starts a Pagefind download.
      await field.pressSequentially('44316', { delay: 60 });
      const first = listbox(page, lang).getByRole('option').first();
      await expect(first).toContainText(t('code.goToGuide'));
      await expect(first).toHaveAttribute('href', `/${lang}/errors/4-4-316/`);
      await expect(page.getByRole('banner').locator('site-search')).toHaveAttribute('data-state', 'results');
      expect(pagefind, 'a code lookup needs no full-text index').toEqual([]);
      await expect(field).toHaveAttribute('role', 'combobox');
      await expect(field).toHaveAttribute('aria-expanded', 'true');
      await expect(first).toHaveAttribute('aria-selected', 'true');
      await expect(field).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
      // Closed with Esc and opened again, the card is still the one Enter opens.
      await field.press('Escape');
      await expect(field).toHaveAttribute('aria-expanded', 'false');
      await field.press('ArrowDown');
      await expect(first).toHaveAttribute('aria-selected', 'true');
      await field.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${lang}/errors/4-4-316/$`));
      await expect(page.getByRole('heading', { level: 1 })).toContainText('4.4.316');
    });

    test('a pasted bounce line shows what the analyzer found and links the likely cause', async ({ page }) => {
      await page.goto(`/${lang}/errors/4-4-318/`);
      const options = await searchFor(page, lang, BOUNCE);
      const findings = page.getByRole('banner').locator('[data-analysis]');
      await expect(findings).toBeVisible();
      await expect(findings).toContainText(t('analysis.title'));
      for (const [label, value] of [
        ['analysis.server', 'mail.contoso.com'],
        ['analysis.ip', '203.0.113.5'],
        ['analysis.port', '25'],
        ['analysis.socket', '10061'],
      ] as const) {
        const term = findings.getByRole('term').filter({ hasText: new RegExp(`^${t(label)}$`) });
        await expect(term).toHaveCount(1);
        await expect(term.locator('xpath=following-sibling::dd')).toContainText(value);
      }
      await expect(findings).toContainText(t('analysis.socket10061'));
      await expect(options.first()).toContainText(t('code.goToGuide'));
      const cause = options.filter({ hasText: t('analysis.likelyCause') });
      await expect(cause).toHaveAttribute('href', `/${lang}/errors/4-4-316/#cause-firewall`);
      await expect(cause).toHaveAttribute('aria-describedby', (await findings.getAttribute('id'))!);
    });

    test('a socket error number alone reaches its guide section', async ({ page }) => {
      await page.goto(`/${lang}/`);
      const options = await searchFor(page, lang, '10061');
      await expect(options.first()).toContainText(t('analysis.likelyCause'));
      await expect(options.first()).toHaveAttribute('href', `/${lang}/errors/4-4-316/#cause-firewall`);
      await expect(page.getByRole('banner').locator('[data-analysis]')).toContainText(t('analysis.socket10061'));
    });

    for (const [word, slug] of WORDS[lang]!) {
      test(`"${word}" reaches ${slug ?? 'a guide'} in the top three`, async ({ page }) => {
        await page.goto(`/${lang}/`);
        const options = await searchFor(page, lang, word);
        const top = await topHrefs(options, 3);
        expect(top.length, `results for ${word}`).toBeGreaterThan(0);
        for (const href of top) expect(href).toMatch(new RegExp(`^/${lang}/(errors|codes)/[a-z0-9-]+/(#[a-z0-9-]+)?$`));
        if (slug) expect(top.some((href) => href.startsWith(`/${lang}/errors/${slug}/`)), top.join(', ')).toBe(true);
        // Excerpts show the hits highlighted, as <mark> only.
        const marks = listbox(page, lang).locator('mark');
        if ((await marks.count()) > 0) {
          const tags = await listbox(page, lang).locator('.search-excerpt *').evaluateAll((els) => els.map((e) => e.localName));
          expect(new Set(tags)).toEqual(new Set(['mark']));
        }
      });
    }

    test('results are announced in the language with its plural rules', async ({ page }) => {
      await page.goto(`/${lang}/`);
      const rules = new Intl.PluralRules(lang);
      for (const query of [WORDS[lang]![0]![0], '44316', '5.7.1']) {
        const options = await searchFor(page, lang, query);
        const count = await options.count();
        const expected = t(`results.count_${rules.select(count)}`).replace('{{count}}', String(count));
        await expect(page.getByRole('banner').getByRole('status')).toHaveText(expected);
      }
    });
  });
}

test.describe('header search: keyboard and layout', () => {
  test('/ and Ctrl+K focus the field; arrows move, Esc closes, Enter opens the chosen result', async ({ page }) => {
    await page.goto('/pl/errors/4-4-316/');
    const field = headerField(page, 'pl');
    await page.locator('main').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    await expect(field).toBeFocused();
    await expect(field).toHaveValue('');
    await page.getByRole('link', { name: common('pl')('nav.overview') }).first().focus();
    await page.keyboard.press('Control+K');
    await expect(field).toBeFocused();

    await page.keyboard.type('zapory');
    const options = listbox(page, 'pl').getByRole('option');
    await expect(page.getByRole('banner').locator('site-search')).toHaveAttribute('data-state', 'results');
    await expect(field).toHaveAttribute('aria-expanded', 'true');
    // Words, not a code: nothing is chosen yet, so Enter would go to the search page.
    await expect(field).not.toHaveAttribute('aria-activedescendant');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = options.nth(1);
    await expect(second).toHaveAttribute('aria-selected', 'true');
    await expect(field).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id'))!);
    await page.keyboard.press('ArrowUp');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');

    await page.keyboard.press('Escape');
    await expect(listbox(page, 'pl')).toBeHidden();
    await expect(field).toHaveAttribute('aria-expanded', 'false');
    await expect(field).toHaveValue('zapory');

    await page.keyboard.press('ArrowDown');
    await expect(listbox(page, 'pl')).toBeVisible();
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    const href = await options.first().getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.#]/g, '\\$&')}$`));
  });

  test('Enter without a chosen result opens the search page with the query', async ({ page }) => {
    await page.goto('/tr/');
    await searchFor(page, 'tr', 'güvenlik duvarı');
    await headerField(page, 'tr').press('Enter');
    await expect(page).toHaveURL(/\/tr\/search\/\?q=g%C3%BCvenlik(\+|%20)duvar%C4%B1$/);
    await expect(page.locator('main').getByRole('link').filter({ hasText: '4.4.316' }).first()).toBeVisible();
  });

  for (const wait of [false, true]) {
    test(`the Search button with a pasted line opens its answer; the line never reaches a URL${wait ? ' (search loaded)' : ' (pressed at once)'}`, async ({ page }) => {
      const sent: string[] = [];
      page.on('request', (req) => sent.push(req.url()));
      await page.goto('/pl/');
      const field = headerField(page, 'pl');
      await field.fill(BOUNCE);
      if (wait) await expect(page.getByRole('banner').locator('site-search')).toHaveAttribute('data-state', 'results');
      await page.getByRole('banner').getByRole('button', { name: common('pl')('searchForm.submit') }).click();
      await expect(page).toHaveURL(/\/pl\/errors\/4-4-316\/(#[\w-]+)?$/);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('4.4.316');
      const leaked = sent.filter((u) => /contoso|10061|203\.0\.113|[?&]q=/.test(decodeURIComponent(u)));
      expect(leaked, 'no request carries the pasted line').toEqual([]);
      expect(page.url()).not.toContain('q=');
    });
  }

  test('the Search button with words opens the search page with them', async ({ page }) => {
    await page.goto('/en/');
    await headerField(page, 'en').fill('expired certificates');
    await page.getByRole('banner').getByRole('button', { name: common('en')('searchForm.submit') }).click();
    await expect(page).toHaveURL(/\/en\/search\/\?q=expired(\+|%20)certificates$/);
    await expect(page.locator('main').getByRole('link').filter({ hasText: '4.7.320' }).first()).toBeVisible();
  });

  test('nothing found offers the same query in English, then the troubleshooter, the codes and the decoder', async ({ page }) => {
    await page.goto('/pl/');
    const s = search('pl');
    const options = await searchFor(page, 'pl', 'qqqzzzkkk');
    await expect(page.getByRole('banner').getByRole('status')).toHaveText(s('results.none'));
    await expect(options).toHaveCount(4);
    await expect(options.first()).toHaveText(s('results.inEnglish'));
    await expect(options.first()).toHaveAttribute('href', '/en/search/?q=qqqzzzkkk');
    await expect(options.first()).toHaveAttribute('hreflang', 'en');
    const help: [string, string][] = [
      ['results.help.wizard', '/pl/troubleshoot/'],
      ['results.help.codes', '/pl/codes/'],
      ['results.help.decode', '/pl/decode/'],
    ];
    for (const [i, [key, href]] of help.entries()) {
      await expect(options.nth(i + 1)).toContainText(s(key));
      await expect(options.nth(i + 1)).toHaveAttribute('href', href);
    }
    await expect(options.nth(1)).toContainText(s('results.help.title'));
    // By keyboard: the first way in is one arrow away.
    await headerField(page, 'pl').press('ArrowDown');
    await headerField(page, 'pl').press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await headerField(page, 'pl').press('Enter');
    await expect(page).toHaveURL(/\/pl\/troubleshoot\/$/);
  });

  test('the panel fits a 320 px screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/tr/errors/4-4-316/');
    await searchFor(page, 'tr', BOUNCE);
    const box = await page.getByRole('banner').locator('.search-panel').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(320);
    await expect(listbox(page, 'tr').getByRole('option').first()).toBeInViewport();
  });
});

test.describe('loading', () => {
  test('search code and lists load when the field is first focused, Pagefind at the first word query', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (req) => requested.push(new URL(req.url()).pathname));
    await page.goto('/en/errors/4-4-316/', { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    const searchFiles = () => requested.filter((p) => /search-ui|\/pagefind\/|guides\.json|codes\.json/.test(p));
    expect(searchFiles()).toEqual([]);

    const chunk = page.waitForRequest((req) => /\/_astro\/search-ui[^/]*\.js$/.test(new URL(req.url()).pathname));
    const list = page.waitForRequest((req) => new URL(req.url()).pathname === '/en/guides.json');
    const codes = page.waitForRequest((req) => new URL(req.url()).pathname === '/en/codes.json');
    const field = headerField(page, 'en');
    await field.focus();
    await Promise.all([chunk, list, codes]);
    await field.fill('4.4.316');
    await expect(listbox(page, 'en').getByRole('option').first()).toHaveAttribute('href', '/en/errors/4-4-316/');
    expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);

    const pagefindJs = page.waitForRequest((req) => new URL(req.url()).pathname === '/pagefind/pagefind.js');
    await field.fill('firewall');
    await pagefindJs;
  });

  test('the guide list is not in the page; it is fetched once, when search opens', async ({ page }) => {
    const lists: string[] = [];
    page.on('response', (res) => {
      if (new URL(res.url()).pathname.endsWith('/guides.json')) lists.push(new URL(res.url()).pathname);
    });
    await page.goto('/pl/errors/4-4-318/');
    // The page carries the list's address, not the list (no guide title in its search configuration).
    const config = await page.locator('#search-config').textContent();
    expect(config).toContain('"guides":"/pl/guides.json"');
    expect(config).not.toContain('4-4-316');
    const field = headerField(page, 'pl');
    await field.click();
    await field.pressSequentially('44316');
    await expect(listbox(page, 'pl').getByRole('option').first()).toContainText('4.4.316');
    await field.fill('4.7.320');
    await expect(listbox(page, 'pl').getByRole('option').first()).toContainText('4.7.320');
    expect(lists).toEqual(['/pl/guides.json']);
  });

  test('with a broken guide list, full-text search still answers', async ({ page }) => {
    await page.route('**/guides.json', (route) => route.fulfill({ contentType: 'application/json', body: '{"not":"a list"}' }));
    await page.goto('/en/errors/4-4-316/');
    const field = headerField(page, 'en');
    await field.click();
    await field.pressSequentially('refused');
    await expect(listbox(page, 'en').getByRole('option').first()).toBeVisible();
    await expect(page.locator('site-search').first()).toHaveAttribute('data-state', 'results');
  });
});

test.describe('search page', () => {
  test('works from a shared URL; what is typed next stays out of the URL', async ({ page }) => {
    await page.goto('/pl/search/?q=zapory');
    const main = page.getByRole('main');
    const field = main.getByLabel(common('pl')('searchForm.label'));
    await expect(field).toHaveValue('zapory');
    const results = main.getByRole('list', { name: search('pl')('results.label') }).getByRole('link');
    await expect(results.first()).toBeVisible();
    // Read the list once complete (the best result is shown first, on its own).
    await expect(main.locator('site-search')).toHaveAttribute('data-state', 'results');
    const top = await topHrefs(results, 3);
    expect(top.some((h) => h.startsWith('/pl/errors/4-4-316/')), top.join(', ')).toBe(true);
    await expect(main.getByText(search('pl')('noJs.text'))).toBeHidden();
    await expect(main.locator('site-search').getByRole('status')).toHaveText(/wynik/);

    await field.fill('certyfikatu');
    await expect(page).toHaveURL(/\/pl\/search\/$/);
    await expect(results.first()).toHaveAttribute('href', /^\/pl\/errors\/4-7-320\//);
  });

  test('a code resolves to its guide card on the search page too', async ({ page }) => {
    await page.goto(`/tr/search/?q=${encodeURIComponent('450-4.4.316')}`);
    const first = page.getByRole('main').getByRole('link').filter({ hasText: search('tr')('code.goToGuide') });
    await expect(first).toHaveAttribute('href', '/tr/errors/4-4-316/');
  });

  test('markup in ?q= is shown as text and never runs', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const xss = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    await page.goto(`/en/search/?q=${encodeURIComponent(xss)}`);
    const main = page.getByRole('main');
    await expect(main.getByLabel(common('en')('searchForm.label'))).toHaveValue(xss);
    await expect(main.locator('site-search')).toHaveAttribute('data-state', /^(results|empty)$/);
    const injected = page.locator('site-search img, site-search script:not([type="application/json"])');
    await expect(injected).toHaveCount(0);
    // The offer to search in English is not made on English pages.
    await expect(main.getByRole('link', { name: search('pl')('results.inEnglish') })).toHaveCount(0);

    await page.goto('/en/');
    await searchFor(page, 'en', xss);
    await expect(headerField(page, 'en')).toHaveValue(xss);
    await expect(injected).toHaveCount(0);
    await page.waitForTimeout(300);
    expect(dialogs, 'dialogs opened by the query').toEqual([]);
  });

  test('100,000 characters are cut to 2,000 with a visible note, and search stays responsive', async ({ page }) => {
    const huge = `${BOUNCE} ${'zapora łącznik 4.4.316 '.repeat(5000)}`.slice(0, 100_000);
    expect(huge.length).toBe(100_000);

    await page.goto('/pl/search/');
    const main = page.getByRole('main');
    const field = main.getByLabel(common('pl')('searchForm.label'));
    await field.fill(huge);
    await expect(main.getByText(search('pl')('results.cut'))).toBeVisible();
    expect((await field.inputValue()).length).toBe(2000);
    await expect(main.locator('site-search')).toHaveAttribute('data-state', /^(results|empty)$/);
    await expect(main.getByRole('link').filter({ hasText: search('pl')('code.goToGuide') })).toBeVisible();
    // What was pasted stays out of the URL.
    expect(new URL(page.url()).search).toBe('');

    await page.goto('/pl/');
    await searchFor(page, 'pl', huge);
    await expect(page.getByRole('banner').getByText(search('pl')('results.cut'))).toBeVisible();
    await expect(listbox(page, 'pl').getByRole('option').first()).toContainText(search('pl')('code.goToGuide'));
  });
});

test.describe('when the index cannot be loaded', () => {
  test('the field says so, the card still works, and the search page lists every guide', async ({ page }) => {
    // A pagefind.js that loads but fails, as a broken or half-deployed index would.
    await page.route('**/pagefind/pagefind.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: 'export async function options() { throw new Error("index unavailable"); }',
      }),
    );
    await page.goto('/pl/');
    const field = headerField(page, 'pl');
    await field.click();
    await field.fill('4.4.316 zapora');
    await expect(page.getByRole('banner').locator('site-search')).toHaveAttribute('data-state', 'error');
    await expect(page.getByRole('banner').locator('.search-panel').getByText(search('pl')('results.error'))).toBeVisible();
    await expect(page.getByRole('banner').getByRole('status')).toHaveText(search('pl')('results.error'));
    await expect(listbox(page, 'pl').getByRole('option').first()).toHaveAttribute('href', '/pl/errors/4-4-316/');

    await page.goto('/pl/search/?q=zapory');
    const main = page.getByRole('main');
    await expect(main.locator('.search-results').getByText(search('pl')('results.error'))).toBeVisible();
    const guides = main.getByRole('region', { name: search('pl')('noJs.allGuides') }).getByRole('link');
    await expect(guides).toHaveCount(guideSlugs('pl').length);
    await expect(main.getByText(search('pl')('noJs.text'))).toBeHidden();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const lang of LANGS) {
    test(`${lang}: the search page says search needs JavaScript and lists every guide`, async ({ page }) => {
      await page.goto(`/${lang}/search/?q=zapory`);
      const main = page.getByRole('main');
      await expect(main.getByText(search(lang)('noJs.text'))).toBeVisible();
      const guides = main.getByRole('region', { name: search(lang)('noJs.allGuides') }).getByRole('link');
      const slugs = guideSlugs(lang);
      await expect(guides).toHaveCount(slugs.length);
      for (const slug of slugs) await expect(guides.and(page.locator(`[href="/${lang}/errors/${slug}/"]`))).toBeVisible();
    });
  }

  test('the header field submits to the locale\'s search page', async ({ page }) => {
    await page.goto('/tr/errors/4-4-316/');
    const field = headerField(page, 'tr');
    await field.fill('sertifikası');
    await field.press('Enter');
    await expect(page).toHaveURL(/\/tr\/search\/\?q=sertifikas%C4%B1$/);
  });
});

test.describe('the index', () => {
  /** Every indexed page's fragment: url, content and metadata. */
  function fragments(): { url: string; content: string; meta: Record<string, string> }[] {
    const dir = `${DIST}/pagefind/fragment`;
    return readdirSync(dir).map((f) => {
      const raw = gunzipSync(readFileSync(`${dir}/${f}`)).toString('utf8');
      return JSON.parse(raw.slice(raw.indexOf('{')));
    });
  }

  test('holds only guide content: no header, footer, table of contents or keywords list', () => {
    const all = fragments();
    expect(all.length).toBeGreaterThan(0);
    for (const { url, content, meta } of all) {
      // Guides and code pages (the basic reply codes page included) are indexed, nothing else.
      expect(url).toMatch(/^\/(en|pl|tr)\/(errors|codes)\/[a-z0-9-]+\/$/);
      const lang = url.split('/')[1]!;
      const c = common(lang);
      for (const text of [c('nav.skip'), c('toc.title'), c('footer.note'), c('guide.related'), c('guide.wizardCta'), c('searchForm.placeholder')]) {
        expect(content, `${url} indexes "${text}"`).not.toContain(text);
      }
      expect(meta['title'], url).toBeTruthy();
      expect(meta['code'], url).toBeTruthy();
      // Keywords are metadata, not body text (they would show up in excerpts).
      expect(content, url).not.toContain(meta['keywords']!.slice(0, 60));
      // Folded forms are there for ł and ı, which Pagefind does not fold.
      expect(meta['folded'], url).not.toMatch(/[łı]/);
    }
  });
});
