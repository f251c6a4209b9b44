/**
 * No JavaScript: every guide (from the sitemap), and a sample of the code pages, is complete and readable with
 * JavaScript disabled: its h1, every section heading, every code block and
 * every link of the guide and its table of contents are visible.
 */
import { test, expect } from './fixtures';
import { guidePaths, sampleCodePagePaths } from '../support/built-site';

test.use({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });

test.describe('guides without JavaScript', () => {
  // The guides, and one generated code page per layout variant and locale.
  const guides = [...guidePaths(), ...sampleCodePagePaths()];
  test('the guides come from the sitemap', () => {
    expect(guidePaths().length).toBeGreaterThan(0);
    expect(sampleCodePagePaths().length).toBeGreaterThan(0);
  });

  for (const path of guides) {
    test(path, async ({ page }) => {
      await page.goto(path);
      const main = page.locator('main');
      await expect(main.getByRole('heading', { level: 1 })).toBeVisible();
      // One pass in the page: an element is visible when it is rendered, not hidden by CSS or
      // opacity, has a size, and is not clipped away (as .visually-hidden text is).
      const hidden = await page.evaluate(() => {
        const groups: [string, string][] = [
          ['section heading', 'main h2, main h3, main h4'],
          ['code block', 'main pre'],
          ['link', 'main a[href], nav.toc a[href]'],
        ];
        const out: { counts: Record<string, number>; hidden: string[] } = { counts: {}, hidden: [] };
        for (const [what, selector] of groups) {
          const els = [...document.querySelectorAll<HTMLElement>(selector)];
          out.counts[what] = els.length;
          for (const el of els) {
            const rect = el.getBoundingClientRect();
            const visible = el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && rect.width > 1 && rect.height > 1;
            if (!visible) out.hidden.push(`${what}: ${el.outerHTML.slice(0, 100)}`);
          }
        }
        return out;
      });
      expect(hidden.counts['section heading'], 'section headings').toBeGreaterThan(0);
      // Every guide has commands; a code page shows a block only for the service texts it quotes.
      if (path.includes('/errors/')) expect(hidden.counts['code block'], 'code blocks').toBeGreaterThan(0);
      expect(hidden.hidden, 'hidden without JavaScript').toEqual([]);
    });
  }
});
