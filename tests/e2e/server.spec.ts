/**
 * The production server (nginx with deploy/nginx/mailflow.conf, started by
 * scripts/serve.ts for every e2e test): the headers of the one list
 * (src/lib/security-headers.ts) on pages, assets and error responses; long
 * caching for hashed assets and revalidation for HTML; the precompressed
 * copies; the per-locale 404; malformed URLs answered without a stack trace;
 * `/` still the language choice. Raw requests (node:http) send the path
 * exactly as written and only the Accept-Encoding asked for.
 */
import { request as httpRequest } from 'node:http';
import { relative } from 'node:path';
import { test, expect, LANGS, strings } from './fixtures';
import { DIST, guidePaths, walk } from '../support/built-site';
import { IMMUTABLE, REVALIDATE, SECURITY_HEADERS } from '../../src/lib/security-headers';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** GET `path` as written (no normalization), with `acceptEncoding` (none by default). */
function get(baseURL: string, path: string, acceptEncoding?: string): Promise<Raw> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path, method: 'GET', headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('latin1') }));
    });
    req.on('error', reject);
    req.end();
  });
}

function expectSecurityHeaders(res: Raw, what: string): void {
  for (const h of SECURITY_HEADERS) expect(res.headers[h.name.toLowerCase()], `${what}: ${h.name}`).toBe(h.value);
  expect(res.headers['server'], `${what}: no server version`).toBe('nginx');
}

const hashedAsset = () => {
  const f = walk(`${DIST}/_astro`).find((p) => p.endsWith('.js'));
  if (!f) throw new Error('no JavaScript under dist/_astro');
  return `/${relative(DIST, f)}`;
};
const STACK_TRACE = /URIError|node_modules|\bat \S+ \(|Error:/;

test.describe('production server', () => {
  test('every kind of response carries the security headers', async ({ baseURL }) => {
    const cases: [string, string, number][] = [
      ['page', guidePaths()[0]!, 200],
      ['asset', hashedAsset(), 200],
      ['Pagefind', '/pagefind/pagefind-entry.json', 200],
      ['404', '/pl/nope/', 404],
      ['400', '/%ZZ', 400],
      ['redirect', `/${LANGS[0]}`, 301],
      ['folder without index', '/_astro/', 404],
    ];
    for (const [what, path, status] of cases) {
      const res = await get(baseURL!, path);
      expect(res.status, `${what} ${path}`).toBe(status);
      expectSecurityHeaders(res, `${what} ${path}`);
    }
  });

  test('hashed assets are cached for good, HTML revalidates', async ({ baseURL }) => {
    const asset = await get(baseURL!, hashedAsset());
    expect(asset.headers['cache-control']).toBe(IMMUTABLE);
    expect(asset.headers['cache-control']).toContain('immutable');
    expect(asset.headers['content-type']).toMatch(/^application\/javascript/);
    const page = await get(baseURL!, guidePaths()[0]!);
    expect(page.headers['cache-control']).toBe(REVALIDATE);
    expect(page.headers['etag'], 'HTML revalidates with an ETag').toBeTruthy();
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  test('the precompressed copies are sent to who asks for them', async ({ baseURL }) => {
    const path = guidePaths()[0]!;
    const plain = await get(baseURL!, path);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await get(baseURL!, path, 'br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body.length).toBeLessThan(plain.body.length);
    const gz = await get(baseURL!, path, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(String(gz.headers['vary'])).toMatch(/Accept-Encoding/i);
    const css = walk(`${DIST}/_astro`).find((p) => p.endsWith('.css'))!;
    expect((await get(baseURL!, `/${relative(DIST, css)}`, 'br, gzip')).headers['content-encoding']).toBe('br');
  });

  test('Pagefind files get types the browser accepts', async ({ baseURL }) => {
    expect((await get(baseURL!, '/pagefind/pagefind.js')).headers['content-type']).toMatch(/^application\/javascript/);
    expect((await get(baseURL!, '/pagefind/pagefind-entry.json')).headers['content-type']).toMatch(/^application\/json/);
    const chunk = walk(`${DIST}/pagefind`).find((p) => p.endsWith('.pf_meta'))!;
    const res = await get(baseURL!, `/${relative(DIST, chunk)}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/octet-stream');
  });

  for (const lang of LANGS) {
    test(`${lang}: an unknown path gives the ${lang} 404 page with status 404`, async ({ page, baseURL }) => {
      const raw = await get(baseURL!, `/${lang}/nope/`);
      expect(raw.status).toBe(404);
      expect(raw.body).toContain(`<html lang="${lang}"`);
      const res = await page.goto(`/${lang}/nope/`);
      expect(res?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1, name: strings(lang)('notFound.title') })).toBeVisible();
    });
  }

  test('an unknown path outside the locales gives the root 404 page, in English', async ({ page, baseURL }) => {
    const raw = await get(baseURL!, '/nope');
    expect(raw.status).toBe(404);
    expect(raw.body).toContain('<html lang="en"');
    // The root 404 (its script swaps in another locale's 404 when the path or the browser asks for one).
    expect(raw.body).toContain('data-root-404');
    await page.goto('/nope');
    await expect(page.getByRole('heading', { level: 1, name: strings('en')('notFound.title') })).toBeVisible();
  });

  test('malformed URLs get 400 or the 404 page, never a stack trace', async ({ baseURL }) => {
    const long = `/${'a'.repeat(40_000)}`;
    for (const path of ['/%', '/%ZZ', '/en/%', '/pl/errors/%E0%A4%A/', '/..%2f..%2fetc/passwd', '/../../etc/passwd', '/_astro/..%2f..%2fpackage.json', long]) {
      const res = await get(baseURL!, path);
      const what = path.slice(0, 40);
      expect([400, 404, 414], what).toContain(res.status);
      expect(res.body, what).not.toMatch(STACK_TRACE);
      expect(res.body, what).not.toContain('root:');
      expectSecurityHeaders(res, what);
    }
  });

  test('no folder listing, no other methods', async ({ baseURL }) => {
    const res = await get(baseURL!, '/pagefind/');
    expect(res.status).toBe(404);
    expect(res.body).not.toMatch(/Index of/i);
    const { hostname, port } = new URL(baseURL!);
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest({ hostname, port, path: '/en/', method: 'POST' }, (r) => {
        r.resume();
        resolve(r.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(405);
  });

  test('/ is the language choice, and sends a reader with a Polish browser to /pl/', async ({ browser, baseURL }) => {
    const raw = await get(baseURL!, '/');
    expect(raw.status).toBe(200);
    for (const lang of LANGS) expect(raw.body).toContain(`href="/${lang}/"`);
    const context = await browser.newContext({ locale: 'pl-PL', baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/pl\/$/);
    await context.close();
  });

  test('a locale without its slash is redirected to it, on the same host', async ({ baseURL }) => {
    const res = await get(baseURL!, `/${LANGS[1]}`);
    expect(res.status).toBe(301);
    expect(res.headers['location']).toBe(`/${LANGS[1]}/`);
  });
});
