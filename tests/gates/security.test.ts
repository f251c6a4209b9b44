/**
 * Security over the built site: a strict Content Security Policy on every page
 * (Astro's security.csp: hashes, no 'unsafe-inline' or 'unsafe-eval' for
 * scripts, 'wasm-unsafe-eval' for Pagefind), in force before any script or
 * style; no inline event handlers or javascript: URLs; no third-party
 * subresources; the recommended response headers shipped in dist/_headers.
 * (The browser side, no request ever leaving the origin, is
 * tests/e2e/fixtures.ts, which fails every e2e test that makes one.)
 */
import { describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { headersFile, REFERRER_POLICY } from '../../src/lib/security-headers.ts';
import { DIST, assertBuilt, htmlFiles, walk } from '../support/built-site.ts';
import { cspOf, isInlineExecutableScript, readDoc, type El } from '../support/html.ts';

assertBuilt();
const FILES = htmlFiles();
const PAGES = FILES.map((f) => [relative(DIST, f), f] as const);

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Elements that make the browser fetch something, with the attribute that says what. */
function subresources(els: El[]): { el: El; url: string }[] {
  const out: { el: El; url: string }[] = [];
  const fetchedRels = /\b(stylesheet|icon|preload|modulepreload|prefetch|preconnect|dns-prefetch|manifest)\b/i;
  for (const el of els) {
    if (el.tag === 'link' && fetchedRels.test(el.attrs['rel'] ?? '') && el.attrs['href']) out.push({ el, url: el.attrs['href'] });
    if (['script', 'img', 'source', 'video', 'audio', 'iframe', 'embed', 'track', 'input'].includes(el.tag) && el.attrs['src']) {
      out.push({ el, url: el.attrs['src'] });
    }
    if (el.attrs['srcset']) for (const part of el.attrs['srcset'].split(',')) out.push({ el, url: part.trim().split(/\s+/)[0]! });
    if (el.tag === 'object' && el.attrs['data']) out.push({ el, url: el.attrs['data'] });
    if (el.tag === 'video' && el.attrs['poster']) out.push({ el, url: el.attrs['poster'] });
  }
  return out;
}

const isThirdParty = (url: string) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url) && !/^data:/i.test(url);

describe('Content Security Policy', () => {
  test.each(PAGES)('%s', (_name, file) => {
    const doc = readDoc(file);
    const { meta, directives } = cspOf(doc);
    expect(meta, 'exactly one CSP <meta>').toHaveLength(1);
    const policy = meta[0]!;
    expect(policy.parent?.tag, 'the CSP <meta> is in <head>').toBe('head');

    // A <meta> policy only governs what comes after it.
    const before = doc.elements.filter(
      (el) => el.index < policy.index && (el.tag === 'script' || el.tag === 'style' || (el.tag === 'link' && /stylesheet|preload/.test(el.attrs['rel'] ?? ''))),
    );
    expect(before.map((el) => `<${el.tag}>`), 'scripts or styles before the CSP <meta>').toEqual([]);

    const src = (name: string) => directives.get(name) ?? [];
    expect(src('default-src')).toEqual(["'self'"]);
    expect(src('object-src')).toEqual(["'none'"]);
    expect(src('base-uri')).toEqual(["'self'"]);
    expect(src('form-action')).toEqual(["'self'"]);
    expect(src('connect-src')).toEqual(["'self'"]);
    expect(src('worker-src')).toEqual(["'self'"]);

    const scripts = src('script-src');
    expect(scripts).toContain("'self'");
    expect(scripts, "Pagefind's WebAssembly").toContain("'wasm-unsafe-eval'");
    const loose = scripts.filter((s) => ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'blob:', 'http:', 'https:'].includes(s) || /^https?:\/\//.test(s));
    expect(loose, 'script-src allows only self, wasm and hashes').toEqual([]);
    expect(src('style-src'), "style-src: no 'unsafe-inline' (only style attributes get it, in style-src-attr)").not.toContain("'unsafe-inline'");

    const unhashedScripts = doc.all('script', isInlineExecutableScript).filter((s) => !scripts.includes(sha256(s.text)));
    expect(unhashedScripts.map((s) => s.text.slice(0, 80)), 'inline scripts without their hash in script-src').toEqual([]);
    const unhashedStyles = doc.all('style').filter((s) => !src('style-src').includes(sha256(s.text)));
    expect(unhashedStyles.map((s) => s.text.slice(0, 80)), 'inline <style> without its hash in style-src').toEqual([]);
  });
});

describe('no inline event handlers, no javascript: URLs', () => {
  test.each(PAGES)('%s', (_name, file) => {
    const doc = readDoc(file);
    const handlers = doc.elements.flatMap((el) => Object.keys(el.attrs).filter((a) => /^on/i.test(a)).map((a) => `<${el.tag} ${a}>`));
    expect(handlers).toEqual([]);
    const jsUrls = doc.elements.flatMap((el) =>
      ['href', 'src', 'action', 'formaction', 'data'].filter((a) => /^\s*javascript:/i.test(el.attrs[a] ?? '')).map((a) => `<${el.tag} ${a}>`),
    );
    expect(jsUrls).toEqual([]);
  });
});

describe('no third-party requests', () => {
  test.each(PAGES)('%s: every subresource is on the site', (_name, file) => {
    const external = subresources(readDoc(file).elements).filter((r) => isThirdParty(r.url));
    expect(external.map((r) => `<${r.el.tag}> ${r.url}`)).toEqual([]);
  });

  test('stylesheets import nothing from elsewhere', () => {
    const css = walk(DIST).filter((f) => f.endsWith('.css') && !relative(DIST, f).startsWith('pagefind'));
    expect(css.length).toBeGreaterThan(0);
    for (const file of css) {
      const text = readFileSync(file, 'utf8');
      const urls = [...text.matchAll(/url\(\s*['"]?([^'")]+)/g), ...text.matchAll(/@import\s+['"]([^'"]+)/g)].map((m) => m[1]!);
      expect(urls.filter(isThirdParty), relative(DIST, file)).toEqual([]);
    }
  });
});

describe('_headers for static hosts', () => {
  const file = join(DIST, '_headers');

  test('is made by the build from the one header list (src/lib/security-headers.ts)', () => {
    expect(existsSync(file), 'dist/_headers').toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(headersFile());
  });

  test('sets the recommended headers on every path', () => {
    const rules = parseHeaders(readFileSync(file, 'utf8'));
    const all = rules.get('/*');
    expect(all, 'a /* rule').toBeDefined();
    expect(all!.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(all!.get('x-content-type-options')).toBe('nosniff');
    // Only these keep a pasted ?q= out of same-origin Referers (reviews/security.md F3).
    expect(all!.get('referrer-policy')).toMatch(/^(no-referrer|strict-origin)$/);
    expect(all!.get('x-frame-options')).toBe('DENY');
    const permissions = all!.get('permissions-policy') ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation']) expect(permissions).toContain(`${feature}=()`);
    expect(rules.get('/_astro/*')?.get('cache-control'), 'hashed assets').toMatch(/\bimmutable\b/);
  });
});

describe('Referrer-Policy as <meta> too (hosts that send no headers)', () => {
  test.each(PAGES)('%s', (_name, file) => {
    const metas = readDoc(file).all('meta', (m) => m.attrs['name'] === 'referrer');
    expect(metas.map((m) => m.attrs['content'])).toEqual([REFERRER_POLICY]);
  });
});

/** Netlify / Cloudflare Pages `_headers`: a path line, then indented `Name: value` lines. */
function parseHeaders(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | null = null;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
      continue;
    }
    const m = /^\s+([^:]+):\s*(.*)$/.exec(line);
    if (m && current) current.set(m[1]!.trim().toLowerCase(), m[2]!.trim());
  }
  return rules;
}
