/**
 * Page weight, per page type (overview, guide, search, wizard, 404) in every
 * locale. Measured on the built files, gzip (zlib default level), and in the
 * browser. Budgets (1 KB = 1,000 bytes):
 * - the page frame (dist/404.html, the smallest page that has everything
 *   every page has) ≤ 3.5 KB of HTML; the longest guide's HTML ≤ 12 KB;
 * - all CSS a page loads ≤ 10 KB;
 * - JavaScript run on load ≤ 5 KB: <script src> modules and their static
 *   imports, plus inline <script> bodies (and their static imports); dynamic
 *   imports (search, loaded on first use) are not counted;
 * - nothing fetched on idle (after load and network idle);
 * - a guide's first load ≤ 30 KB in ≤ 6 requests (every response until load +
 *   network idle, each body gzipped);
 * - fonts: the system stack, or at most one woff2.
 * The test prints a table of the figures, then fails on anything over budget.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { test, expect, LANGS } from './fixtures';
import { DIST, assertBuilt, codePagePaths, fileFor, guidePaths, largestPage, urlPathOf, walk, wizardPaths } from '../support/built-site';
import { isInlineExecutableScript, parseDoc } from '../support/html';

const KB = 1000;
// Guide HTML: 18 KB since the December rewrite (issue 14: Service health, NDR form, Message tokens, on-premises
// logs, sources in every guide); the longest, 4.4.317 in Polish, is 17.6 KB. The first load stays within 30 KB.
const BUDGET = { frameHtml: 3.5 * KB, guideHtml: 18 * KB, css: 10 * KB, js: 5 * KB, guideLoad: 30 * KB, guideRequests: 6, fonts: 1 };

assertBuilt();

const gz = (data: string | Buffer) => gzipSync(data).length;
const kb = (bytes: number) => (bytes / KB).toFixed(1);

/** A built file by its URL path, relative to the page that refers to it. */
function assetFile(ref: string, from: string): string | null {
  const url = new URL(ref, new URL(from, 'http://site.invalid'));
  if (url.origin !== 'http://site.invalid') return null;
  return fileFor(url.pathname);
}

/** Static imports of a module (`import … from "x"`, `import "x"`, `export … from "x"`), not `import("x")`. */
function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:^|[;\s{}()])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)].map((m) => m[1]!);
}

interface FileFigures {
  html: number;
  css: number;
  js: number;
  fonts: string[];
}

/** What the built HTML of one page makes the browser download and run on load (gzip bytes). */
function measureFiles(pagePath: string): FileFigures {
  const file = fileFor(pagePath);
  if (!file) throw new Error(`${pagePath} was not built`);
  const html = readFileSync(file);
  const doc = parseDoc(html.toString('utf8'), file);

  let css = 0;
  const fonts: string[] = [];
  for (const link of doc.all('link', (l) => /\bstylesheet\b/.test(l.attrs['rel'] ?? '') && !!l.attrs['href'])) {
    const f = assetFile(link.attrs['href']!, pagePath);
    if (!f) throw new Error(`${pagePath}: stylesheet ${link.attrs['href']} not in dist`);
    const text = readFileSync(f, 'utf8');
    css += gz(text);
    for (const face of text.match(/@font-face\s*{[^}]*}/g) ?? []) fonts.push(...[...face.matchAll(/url\(\s*['"]?([^'")]+)/g)].map((m) => m[1]!));
  }
  for (const style of doc.all('style')) css += gz(style.text);

  let js = 0;
  const seen = new Set<string>();
  const addModule = (f: string) => {
    if (seen.has(f)) return;
    seen.add(f);
    const code = readFileSync(f, 'utf8');
    js += gz(code);
    for (const spec of staticImports(code)) {
      const dep = assetFile(spec, urlPathOf(f));
      if (dep) addModule(dep);
    }
  };
  for (const script of doc.all('script', (s) => !!s.attrs['src'])) {
    const f = assetFile(script.attrs['src']!, pagePath);
    if (!f) throw new Error(`${pagePath}: script ${script.attrs['src']} not in dist`);
    addModule(f);
  }
  for (const script of doc.all('script', isInlineExecutableScript)) {
    js += gz(script.text);
    for (const spec of staticImports(script.text)) {
      const dep = assetFile(spec, pagePath);
      if (dep) addModule(dep);
    }
  }
  return { html: gz(html), css, js, fonts };
}

interface LoadFigures {
  requests: number;
  bytes: number;
  idle: string[];
  fontRequests: string[];
}

/**
 * Loads the page in a fresh context: every response until load + network idle, then what
 * comes after. The favicon belongs to the first load whenever the browser asks for it (it
 * does so lazily, sometimes after network idle on a busy machine).
 */
async function measureLoad(browser: Browser, baseURL: string, pagePath: string): Promise<LoadFigures> {
  const file = fileFor(pagePath)!;
  const icons = new Set(
    parseDoc(readFileSync(file, 'utf8'), file)
      .all('link', (l) => /\bicon\b/.test(l.attrs['rel'] ?? '') && !!l.attrs['href'])
      .map((l) => new URL(l.attrs['href']!, new URL(pagePath, baseURL)).href),
  );
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const pending: Promise<number>[] = [];
  const fontRequests: string[] = [];
  let phase: 'load' | 'idle' = 'load';
  const idle: string[] = [];
  const partOfLoad = (url: string) => phase === 'load' || icons.has(url);
  page.on('request', (req) => {
    if (!partOfLoad(req.url())) idle.push(req.url());
    if (req.resourceType() === 'font') fontRequests.push(req.url());
  });
  page.on('response', (res) => {
    if (!partOfLoad(res.url())) return;
    pending.push(
      res.body().then(
        (body) => Math.min(body.length, gz(body)),
        () => 0,
      ),
    );
  });
  await page.goto(pagePath, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  phase = 'idle';
  await page.waitForTimeout(1500);
  const sizes = await Promise.all(pending);
  await context.close();
  return { requests: sizes.length, bytes: sizes.reduce((a, b) => a + b, 0), idle, fontRequests };
}

function pagesOf(lang: string): { type: string; path: string }[] {
  const guide = largestPage(guidePaths().filter((p) => p.startsWith(`/${lang}/`)));
  const wizard = largestPage(wizardPaths().filter((p) => p.startsWith(`/${lang}/`)));
  return [
    { type: 'overview', path: `/${lang}/` },
    { type: 'guide', path: guide ?? `/${lang}/errors/(none built)/` },
    { type: 'search', path: `/${lang}/search/` },
    { type: 'wizard', path: wizard ?? `/${lang}/troubleshoot/` },
    { type: 'code', path: largestPage(codePagePaths().filter((p) => p.startsWith(`/${lang}/`))) ?? `/${lang}/codes/(none built)/` },
    { type: 'codes index', path: `/${lang}/codes/` },
    { type: '404', path: `/${lang}/404/` },
  ];
}

test.describe('page weight', () => {
  test('the font budget: system fonts, or one woff2', () => {
    const fontFiles = walk(DIST)
      .map((f) => relative(DIST, f))
      .filter((f) => /\.(woff2?|ttf|otf|eot)$/i.test(f) && !f.startsWith('pagefind'));
    expect(fontFiles.length, `font files in dist: ${fontFiles.join(', ')}`).toBeLessThanOrEqual(BUDGET.fonts);
    for (const f of fontFiles) expect(f).toMatch(/\.woff2$/);
  });

  const rows: { type: string; path: string }[][] = [[{ type: '404 frame', path: '/404.html' }], ...LANGS.map(pagesOf)];
  for (const group of rows) {
    const name = group.length === 1 ? 'the page frame (dist/404.html)' : `${group[0]!.path.split('/')[1]}: overview, guide, search, wizard, 404`;
    test(name, async ({ browser, baseURL }) => {
      test.setTimeout(60_000);
      const table: Record<string, string | number>[] = [];
      const over: string[] = [];
      for (const { type, path } of group) {
        if (!fileFor(path)) {
          table.push({ type, path: `${path} (not built)` });
          over.push(`${type}: ${path} was not built`);
          continue;
        }
        const files = measureFiles(path);
        const load = await measureLoad(browser, baseURL!, path);
        table.push({
          type,
          path,
          'HTML KB': kb(files.html),
          'CSS KB': kb(files.css),
          'JS KB': kb(files.js),
          requests: load.requests,
          'load KB': kb(load.bytes),
          'idle req': load.idle.length,
          fonts: files.fonts.length,
        });
        if (type === '404 frame' && files.html > BUDGET.frameHtml) over.push(`${path}: HTML ${kb(files.html)} KB > ${kb(BUDGET.frameHtml)} KB`);
        if (type === 'guide' && files.html > BUDGET.guideHtml) over.push(`${path}: HTML ${kb(files.html)} KB > ${kb(BUDGET.guideHtml)} KB`);
        if (files.css > BUDGET.css) over.push(`${path}: CSS ${kb(files.css)} KB > ${kb(BUDGET.css)} KB`);
        if (files.js > BUDGET.js) over.push(`${path}: JS on load ${kb(files.js)} KB > ${kb(BUDGET.js)} KB`);
        if (load.idle.length) over.push(`${path}: fetched on idle: ${load.idle.join(', ')}`);
        if (files.fonts.length > BUDGET.fonts || files.fonts.some((f) => !f.endsWith('.woff2'))) over.push(`${path}: fonts ${files.fonts.join(', ')}`);
        if (load.fontRequests.length > BUDGET.fonts) over.push(`${path}: font requests ${load.fontRequests.join(', ')}`);
        if (type === 'guide') {
          if (load.bytes > BUDGET.guideLoad) over.push(`${path}: first load ${kb(load.bytes)} KB > ${kb(BUDGET.guideLoad)} KB`);
          if (load.requests > BUDGET.guideRequests) over.push(`${path}: first load in ${load.requests} requests > ${BUDGET.guideRequests}`);
        }
      }
      console.log(`\nPage weight (gzip; budgets: frame HTML ${kb(BUDGET.frameHtml)}, guide HTML ${kb(BUDGET.guideHtml)}, CSS ${kb(BUDGET.css)}, JS ${kb(BUDGET.js)}, guide load ${kb(BUDGET.guideLoad)} KB / ${BUDGET.guideRequests} req)`);
      console.table(table);
      expect(over, 'over budget').toEqual([]);
    });
  }
});
