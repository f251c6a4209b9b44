import { test, expect, LANGS, strings } from './fixtures';

const GUIDE = '/errors/4-4-316/';

test.describe('pages in every locale', () => {
  for (const lang of LANGS) {
    const t = strings(lang);
    test(`${lang}: overview and a guide render in the language`, async ({ page }) => {
      await page.goto(`/${lang}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const nav = page.getByRole('navigation', { name: t('nav.main') });
      await expect(nav.getByRole('link', { name: t('nav.overview') })).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // The guides table comes first; the code lists by subject follow it.
      await expect(page.getByRole('table').first()).toContainText('4.4.316');

      await page.goto(`/${lang}${GUIDE}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('4.4.316');
      await expect(page.getByText('450 4.4.316 Connection refused').first()).toBeVisible();
      await expect(page.getByRole('navigation', { name: t('toc.title') })).toBeAttached();
      await expect(page).toHaveTitle(/4\.4\.316/);
      const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
      expect(new URL(canonical!).pathname).toBe(`/${lang}${GUIDE}`);
      for (const other of LANGS) {
        await expect(page.locator(`link[rel=alternate][hreflang=${other}]`)).toHaveAttribute('href', new RegExp(`/${other}${GUIDE}$`));
      }
      await expect(page.locator('link[rel=alternate][hreflang=x-default]')).toHaveCount(1);
    });

    test(`${lang}: unknown paths show this locale's 404 with a way home`, async ({ page }) => {
      for (const path of [`/${lang}/no-such-page/`, `/${lang}/errors/9-9-999/`]) {
        const res = await page.goto(path);
        expect(res?.status()).toBe(404);
        await expect(page.getByRole('heading', { level: 1, name: t('notFound.title') })).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        const home = page.getByRole('link', { name: t('notFound.home') });
        await expect(home).toHaveAttribute('href', `/${lang}/`);
        // The whole page is this locale's: header, picker (this language current), footer, search.
        const nav = page.getByRole('navigation', { name: t('nav.main') });
        await expect(nav.getByRole('link', { name: t('nav.wizard') })).toBeVisible();
        const picker = page.getByRole('navigation', { name: t('nav.language') });
        await expect(picker.locator('a[aria-current=page]')).toHaveAttribute('hreflang', lang);
        await expect(page.getByRole('contentinfo')).toContainText(t('footer.note'));
        await expect(page.getByRole('search').getByRole('searchbox')).toHaveAttribute('placeholder', t('searchForm.placeholder'));
      }
    });
  }

  test('URLs work with and without a trailing slash', async ({ page }) => {
    for (const path of ['/pl/errors/4-4-316', '/pl/errors/4-4-316/', '/tr', '/tr/']) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
  });
});

test.describe('language picker', () => {
  test('keeps the page and the #section, and is remembered on /', async ({ page }) => {
    await page.goto(`/en${GUIDE}#cause-firewall`);
    const picker = page.getByRole('navigation', { name: strings('en')('nav.language') });
    await picker.getByRole('link', { name: 'Polski' }).click();
    await expect(page).toHaveURL(new RegExp(`/pl${GUIDE}#cause-firewall$`));
    await expect(page.locator('#cause-firewall')).toBeInViewport();
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');

    await page.getByRole('navigation', { name: strings('pl')('nav.language') }).getByRole('link', { name: 'Türkçe' }).click();
    await expect(page).toHaveURL(new RegExp(`/tr${GUIDE}#cause-firewall$`));
    await page.goto('/');
    await expect(page).toHaveURL(/\/tr\/$/);
  });

  test('works by keyboard', async ({ page }) => {
    await page.goto(`/en${GUIDE}#verify`);
    const link = page.getByRole('navigation', { name: strings('en')('nav.language') }).getByRole('link', { name: 'Türkçe' });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/tr${GUIDE}#verify$`));
  });
});

test.describe('/', () => {
  test('a browser set to Turkish lands on /tr/', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: 'tr-TR', baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/tr\/$/);
    await context.close();
  });

  test('an unknown browser language falls back to English', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: 'de-DE', baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/en\/$/);
    await context.close();
  });

  test('without JavaScript it lists every language, each in its own language', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/$/);
    for (const [lang, name] of [['en', 'English'], ['pl', 'Polski'], ['tr', 'Türkçe']]) {
      const link = page.getByRole('link', { name: new RegExp(name!) });
      await expect(link).toHaveAttribute('href', `/${lang}/`);
      await expect(link).toHaveAttribute('lang', lang!);
    }
    await context.close();
  });
});

test.describe('copy buttons', () => {
  test('copy a command to the clipboard and say so in the page language', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/pl${GUIDE}`);
    const block = page.locator('pre[data-copy]').first();
    const expected = (await block.locator('code').innerText()).replace(/\n+$/, '');
    const button = page.getByRole('button', { name: strings('pl')('copy.buttonLabel') }).first();
    await button.click();
    await expect(page.locator('#live')).toHaveText(strings('pl')('copy.done'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  });

  test('select the text when the Clipboard API is missing', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    await page.goto(`/tr${GUIDE}`);
    const block = page.locator('pre[data-copy]').first();
    const expected = (await block.locator('code').innerText()).replace(/\n+$/, '');
    await page.getByRole('button', { name: strings('tr')('copy.buttonLabel') }).first().press('Enter');
    await expect(page.locator('#live')).toHaveText(strings('tr')('copy.selected'));
    expect((await page.evaluate(() => getSelection()?.toString() ?? '')).replace(/\n+$/, '')).toBe(expected);
  });

  test('output blocks have no copy button', async ({ page }) => {
    await page.goto(`/en${GUIDE}`);
    const outputs = page.locator('pre[data-language="text"]');
    expect(await outputs.count()).toBeGreaterThan(0);
    await expect(page.locator('pre[data-language="text"] + button.copy')).toHaveCount(0);
  });
});

test.describe('overview', () => {
  test('the search card opens the header search field in place; without JavaScript it is the search page', async ({ page, browser }) => {
    await page.goto('/pl/');
    await page.getByRole('link', { name: strings('pl')('overview.searchCta') }).click();
    await expect(page.getByRole('banner').getByLabel(strings('pl')('searchForm.label'))).toBeFocused();
    await expect(page).toHaveURL(/\/pl\/$/);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(new URL('/pl/', page.url()).href);
    await plain.getByRole('link', { name: strings('pl')('overview.searchCta') }).click();
    await expect(plain).toHaveURL(/\/pl\/search\/$/);
    await context.close();
  });
});

test.describe('theme', () => {
  test('the dark theme toggle works and is remembered', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/en/');
    const toggle = page.getByRole('button', { name: strings('en')('theme.dark') });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    // The pressed look (filled) differs from the unpressed one, and the keyboard focus ring from both.
    const look = () => toggle.evaluate((b) => ({ bg: getComputedStyle(b).backgroundColor, outline: getComputedStyle(b).outlineStyle, icon: getComputedStyle(b.querySelector('.theme-icon')!, '::before').content }));
    const pressed = await look();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(toggle).toBeFocused();
    expect((await look()).outline).not.toBe('none');
    expect(pressed.outline).toBe('none');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(bg);
    expect(bg).not.toBe('rgb(255, 255, 255)');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await page.mouse.move(0, 0);
    const unpressed = await look();
    expect(unpressed.bg).not.toBe(pressed.bg);
    expect(unpressed.icon).not.toBe(pressed.icon);
  });

  test('follows the system setting until the reader chooses', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/pl/');
    await expect(page.getByRole('button', { name: strings('pl')('theme.dark') })).toHaveAttribute('aria-pressed', 'true');
  });
});

test.describe('keyboard', () => {
  test('Tab reaches every control of a guide, with visible focus', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/en${GUIDE}`);
    const controls = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a[href], button, input, summary, [tabindex="0"]')]
        .filter((el) => el.offsetParent !== null || getComputedStyle(el).position === 'fixed')
        .filter((el) => !el.closest('[hidden]'))
        .map((el) => el.outerHTML.slice(0, 120)),
    );
    const reached = new Set<string>();
    for (let i = 0; i < controls.length + 10; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return { html: el.outerHTML.slice(0, 120), outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px' };
      });
      if (!info) continue;
      expect(info.outline, `visible focus on ${info.html}`).toBe(true);
      reached.add(info.html);
    }
    for (const c of controls) expect(reached, `Tab reaches ${c}`).toContain(c);
  });
});
