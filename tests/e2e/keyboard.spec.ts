/**
 * Keyboard: Tab and Shift+Tab go through a guide, the search (field, open
 * panel, search page) and the wizard (its first step and a later one). Every
 * stop shows a visible focus indicator and is on screen, and focus is never
 * trapped: it goes all the way round the page, both ways.
 */
import type { Page } from '@playwright/test';
import { test, expect, LANGS } from './fixtures';
import { guidePaths, wizardPaths } from '../support/built-site';

interface Stop {
  key: string;
  html: string;
  visibleFocus: boolean;
  onScreen: boolean;
}

/** Marks the focused element and reports how its focus shows. */
async function focused(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return null;
    if (!el.dataset['kbStop']) el.dataset['kbStop'] = String(document.querySelectorAll('[data-kb-stop]').length + 1);
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const ring = style.boxShadow !== 'none' && style.boxShadow !== '';
    const rect = el.getBoundingClientRect();
    const onScreen = rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth;
    return { key: el.dataset['kbStop']!, html: el.outerHTML.slice(0, 100), visibleFocus: outline || ring, onScreen };
  });
}

/**
 * Presses `key` until focus has gone round the page: it leaves the document
 * (to the browser's own UI) or wraps to the first stop of the tour. Checks
 * every stop. Coming back to any other stop means focus goes round a smaller
 * circle: a trap.
 */
async function goAround(page: Page, key: 'Tab' | 'Shift+Tab', limit: number): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    const stop = await focused(page);
    if (!stop) {
      if (stops.length > 0) return stops;
      continue;
    }
    expect(stop.visibleFocus, `visible focus on ${stop.html}`).toBe(true);
    expect(stop.onScreen, `${stop.html} is on screen when focused`).toBe(true);
    if (stops[0]?.key === stop.key) return stops;
    if (stops.some((s) => s.key === stop.key)) {
      throw new Error(`focus trapped: ${key} came back to ${stop.html} before going round the page; stops: ${stops.map((s) => s.html).join(' | ')}`);
    }
    stops.push(stop);
  }
  throw new Error(`focus trapped: ${key} pressed ${limit} times without leaving the page`);
}

/**
 * From wherever focus is, Tab all the way round, then Shift+Tab all the way
 * round. Returns the stops of the backward tour (the whole page).
 */
async function tabThrough(page: Page): Promise<Stop[]> {
  const limit = (await page.locator('a[href], button, input, select, textarea, summary, pre, [tabindex]').count()) + 20;
  await goAround(page, 'Tab', limit);
  const backward = await goAround(page, 'Shift+Tab', limit);
  expect(backward.length, 'Shift+Tab reaches controls').toBeGreaterThan(0);
  return backward;
}

test.describe('keyboard: focus visible, never trapped', () => {
  // Going round a long guide twice, key by key, takes longer than the default 30 s on 2 cores.
  test.describe.configure({ timeout: 90_000 });
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    // Instant scrolling, so "on screen when focused" is read after the scroll, not during its animation.
    await page.emulateMedia({ reducedMotion: 'reduce' });
  });

  for (const lang of LANGS) {
    test(`${lang}: a guide`, async ({ page }) => {
      const guide = guidePaths().find((p) => p.startsWith(`/${lang}/`));
      expect(guide, 'a built guide').toBeDefined();
      await page.goto(guide!);
      const all = await tabThrough(page);
      expect(all.length).toBeGreaterThan(5);
      // And forward from the top reaches the same stops.
      await page.goto(guide!);
      const forward = await goAround(page, 'Tab', all.length + 20);
      expect(forward.map((s) => s.key).sort()).toEqual(all.map((s) => s.key).sort());
    });

    test(`${lang}: the search field, its open panel, and the search page`, async ({ page }) => {
      // The header field on a short page (the overview now lists every code: hundreds of stops).
      await page.goto(`/${lang}/codes/basic/`);
      const field = page.locator('form[role=search] input[name=q]');
      await field.focus();
      await page.keyboard.type('4.4.316');
      await expect(page.getByRole('listbox')).toBeVisible();
      // From the open panel, Tab moves on and Shift+Tab comes back: the panel does not hold focus.
      await tabThrough(page);
      await field.focus();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('listbox')).toBeHidden();

      await page.goto(`/${lang}/search/?q=4.4.316`);
      await expect(page.locator('main a[href*="/errors/4-4-316/"]').first()).toBeVisible();
      await tabThrough(page);
    });

    test(`${lang}: the wizard, its first step and a later one`, async ({ page }) => {
      const steps = wizardPaths().filter((p) => p.startsWith(`/${lang}/`));
      expect(steps, 'built wizard steps').toContain(`/${lang}/troubleshoot/`);
      await page.goto(`/${lang}/troubleshoot/`);
      await tabThrough(page);
      const later = steps.find((p) => p !== `/${lang}/troubleshoot/`);
      expect(later, 'a step after the first').toBeDefined();
      await page.goto(later!);
      await tabThrough(page);
    });
  }
});
