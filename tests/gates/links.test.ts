/**
 * Links over the built site: every internal link and #anchor resolves; a link
 * never leaves its language (a Polish page links to Polish pages), except links
 * that declare the other language with `hreflang` (the language picker) and
 * <link rel=alternate hreflang>; the sitemap and the hreflang lists are
 * complete and reciprocal.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { langs } from '../../src/i18n/config.ts';
import { DIST, assertBuilt, fileFor, htmlFiles, sitemapUrls, unescapeXml, urlPathOf } from '../support/built-site.ts';
import { langOf, readDoc, type Doc, type El } from '../support/html.ts';

assertBuilt();
const FILES = htmlFiles();
const SITEMAP = sitemapUrls();
const ORIGIN = new URL(SITEMAP[0] ?? 'https://invalid.example/').origin;

/** Attributes that point at another URL, per element. */
const URL_ATTRS: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  iframe: ['src'],
  form: ['action'],
};

interface Ref {
  el: El;
  attr: string;
  url: URL;
}

/** Every URL the page refers to, resolved against the page's own public URL. */
function refsOf(doc: Doc, pagePath: string): Ref[] {
  const base = new URL(pagePath, ORIGIN);
  const refs: Ref[] = [];
  for (const el of doc.elements) {
    for (const attr of URL_ATTRS[el.tag] ?? []) {
      const value = el.attrs[attr];
      if (value === undefined) continue;
      refs.push({ el, attr, url: new URL(value, base) });
    }
  }
  return refs;
}

function localeOfPath(pathname: string): string | null {
  const first = pathname.split('/')[1] ?? '';
  return (langs as readonly string[]).includes(first) ? first : null;
}

function describeEl(el: El, attr: string): string {
  return `<${el.tag} ${attr}="${el.attrs[attr]}">`;
}

/** hreflang → absolute URL from a page's <link rel=alternate hreflang>. */
function alternatesOf(doc: Doc): Map<string, string> {
  const map = new Map<string, string>();
  for (const l of doc.all('link', (e) => e.attrs['rel'] === 'alternate' && e.attrs['hreflang'] !== undefined)) {
    const key = l.attrs['hreflang']!;
    if (map.has(key)) map.set(`${key} (duplicate)`, l.attrs['href']!);
    else map.set(key, l.attrs['href']!);
  }
  return map;
}

function canonicalOf(doc: Doc): string | null {
  return doc.all('link', (e) => e.attrs['rel'] === 'canonical')[0]?.attrs['href'] ?? null;
}

function isNoindex(doc: Doc): boolean {
  return doc.all('meta', (m) => m.attrs['name'] === 'robots' && /noindex/i.test(m.attrs['content'] ?? '')).length > 0;
}

describe('internal links and anchors', () => {
  test.each(FILES.map((f) => [relative(DIST, f), f]))('%s', (_name, file) => {
    const doc = readDoc(file);
    const pagePath = urlPathOf(file);
    const problems: string[] = [];
    for (const { el, attr, url } of refsOf(doc, pagePath)) {
      if (url.origin !== ORIGIN) continue;
      if (el.tag === 'link' && el.attrs['rel'] === 'alternate') continue; // hreflang: checked below
      const target = fileFor(url.pathname);
      if (!target) {
        problems.push(`${describeEl(el, attr)}: no page at ${url.pathname}`);
        continue;
      }
      const hash = url.hash.slice(1);
      if (hash && target.endsWith('.html')) {
        let id: string;
        try {
          id = decodeURIComponent(hash);
        } catch {
          problems.push(`${describeEl(el, attr)}: malformed #anchor`);
          continue;
        }
        if (!readDoc(target).ids.has(id)) problems.push(`${describeEl(el, attr)}: no id="${id}" in ${relative(DIST, target)}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('links stay in their language', () => {
  test.each(FILES.map((f) => [relative(DIST, f), f]))('%s', (_name, file) => {
    const doc = readDoc(file);
    const pagePath = urlPathOf(file);
    const problems: string[] = [];
    const pageLang = localeOfPath(pagePath);
    if (pageLang) expect(doc.all('html')[0]?.attrs['lang'], '<html lang> matches the URL').toBe(pageLang);
    for (const { el, attr, url } of refsOf(doc, pagePath)) {
      if (url.origin !== ORIGIN || el.tag === 'link') continue;
      const targetLang = localeOfPath(url.pathname);
      const contextLang = langOf(el);
      if (!targetLang || !contextLang || targetLang === contextLang) continue;
      // The language picker (and any link that says where it goes) declares the other language.
      if (el.attrs['hreflang'] === targetLang) continue;
      problems.push(`${describeEl(el, attr)} in ${contextLang} text leads to ${targetLang}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('sitemap', () => {
  test('lists every indexable page, and only those', () => {
    const listed = new Set(SITEMAP.map((u) => new URL(u).pathname));
    const problems: string[] = [];
    for (const file of FILES) {
      const path = urlPathOf(file);
      const doc = readDoc(file);
      const canonical = canonicalOf(doc);
      const indexable = !isNoindex(doc) && canonical !== null && new URL(canonical).pathname === path;
      if (indexable && !listed.has(path)) problems.push(`${path} is indexable but not in the sitemap (add it, or mark it noindex)`);
      if (!indexable && listed.has(path)) problems.push(`${path} is in the sitemap but noindex or canonical elsewhere`);
    }
    for (const path of listed) if (!fileFor(path)) problems.push(`${path} is in the sitemap but was not built`);
    expect(problems).toEqual([]);
  });

  test('robots.txt points at the sitemap index', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${ORIGIN}/sitemap-index.xml`);
  });

  test('each entry has the same alternates as its page', () => {
    const problems: string[] = [];
    for (const sitemap of readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const xml = readFileSync(join(DIST, new URL(sitemap[1]!).pathname), 'utf8');
      for (const entry of xml.matchAll(/<url>([\s\S]*?)<\/url>/g)) {
        const loc = unescapeXml(/<loc>([^<]+)<\/loc>/.exec(entry[1]!)![1]!);
        const inXml = [...entry[1]!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map(
          (m) => `${m[1]} ${unescapeXml(m[2]!)}`,
        );
        const file = fileFor(new URL(loc).pathname);
        if (!file) continue; // reported above
        const inHtml = [...alternatesOf(readDoc(file))].map(([k, v]) => `${k} ${v}`);
        if (JSON.stringify([...inXml].sort()) !== JSON.stringify([...inHtml].sort())) {
          problems.push(`${loc}\n  sitemap: ${inXml.sort().join(', ')}\n  page:    ${inHtml.sort().join(', ')}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('hreflang', () => {
  const withAlternates = FILES.map((f) => ({ file: f, path: urlPathOf(f), doc: readDoc(f) })).filter((p) => alternatesOf(p.doc).size > 0);

  test('pages in the sitemap declare alternates', () => {
    const paths = new Set(withAlternates.map((p) => p.path));
    expect(SITEMAP.map((u) => new URL(u).pathname).filter((p) => !paths.has(p))).toEqual([]);
  });

  test.each(withAlternates.map((p) => [p.path, p]))('%s: complete, self-referencing and reciprocal', (_path, { path, doc }) => {
    const alts = alternatesOf(doc);
    const problems: string[] = [];
    for (const key of alts.keys()) if (key.endsWith('(duplicate)')) problems.push(`hreflang ${key}`);
    for (const lang of langs) if (!alts.has(lang)) problems.push(`no hreflang="${lang}"`);
    if (!alts.has('x-default')) problems.push('no hreflang="x-default"');
    const self = new URL(path, ORIGIN).href;
    if (![...alts.values()].includes(self)) problems.push(`does not list itself (${self})`);
    for (const [hreflang, href] of alts) {
      const url = new URL(href);
      const file = url.origin === ORIGIN ? fileFor(url.pathname) : null;
      if (!file) {
        problems.push(`hreflang="${hreflang}" → ${href}: no such page`);
        continue;
      }
      const other = readDoc(file);
      if (hreflang !== 'x-default' && other.all('html')[0]?.attrs['lang'] !== hreflang) {
        problems.push(`hreflang="${hreflang}" → ${href}: that page is <html lang="${other.all('html')[0]?.attrs['lang']}">`);
      }
      const back = alternatesOf(other);
      if (JSON.stringify([...back].sort()) !== JSON.stringify([...alts].sort())) {
        problems.push(`hreflang="${hreflang}" → ${href} declares a different set: ${[...back].map(([k, v]) => `${k}=${new URL(v).pathname}`).join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
