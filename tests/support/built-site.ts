/**
 * The built site in `dist/`, as the quality gates see it: the list of pages
 * comes from the files and the sitemap, never from a hand-written list, so a
 * page that lands later (search, wizard steps, a new locale) is covered at once.
 * Used by the dist-based gates (tests/gates) and the browser gates (tests/e2e).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { langs } from '../../src/i18n/config.ts';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const DIST = join(ROOT, 'dist');

/** Throws a readable error when the site has not been built. */
export function assertBuilt(): void {
  if (!existsSync(join(DIST, 'sitemap-index.xml'))) {
    throw new Error('dist/ has no built site: run `npm run build` first.');
  }
}

/** Every file under `dir` (recursively), as absolute paths. */
export function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/** Every HTML page Astro built (Pagefind's own files excluded). */
export function htmlFiles(): string[] {
  return walk(DIST).filter((f) => f.endsWith('.html') && !relative(DIST, f).startsWith(`pagefind${sep}`));
}

/** The URL path a built file is served at: `dist/pl/errors/x/index.html` → `/pl/errors/x/`. */
export function urlPathOf(file: string): string {
  const rel = relative(DIST, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/** The built file that serves a URL path, or null (`/pl/errors/x/` → `dist/pl/errors/x/index.html`). */
export function fileFor(path: string): string | null {
  let p: string;
  try {
    p = decodeURI(path.split(/[?#]/)[0]!);
  } catch {
    return null;
  }
  const candidates = p.endsWith('/') ? [join(DIST, p, 'index.html')] : [join(DIST, p), join(DIST, p, 'index.html'), join(DIST, `${p}.html`)];
  return candidates.find((c) => c.startsWith(DIST) && existsSync(c) && statSync(c).isFile()) ?? null;
}

/** Every <loc> of every sitemap listed in sitemap-index.xml, as full URLs. */
export function sitemapUrls(): string[] {
  const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return maps.flatMap((m) => [...readFileSync(join(DIST, m), 'utf8').matchAll(/<url>\s*<loc>([^<]+)<\/loc>/g)].map((x) => unescapeXml(x[1]!)));
}

/** The sitemap's URLs as paths (`/pl/errors/4-4-316/`). */
export function sitemapPaths(): string[] {
  return sitemapUrls().map((u) => new URL(u).pathname);
}

/** Every built page under `/{lang}/troubleshoot/`: all wizard steps, whether or not the sitemap lists them. */
export function wizardPaths(): string[] {
  return htmlFiles()
    .map(urlPathOf)
    .filter((p) => langs.some((l) => p.startsWith(`/${l}/troubleshoot/`)));
}

/** The 404 pages: the root one static hosts serve for any unknown path, and one per locale. */
export function notFoundPaths(): string[] {
  return htmlFiles()
    .map(urlPathOf)
    .filter((p) => p === '/404.html' || /^\/[^/]+\/404\/$/.test(p));
}

/** The guides (`/{lang}/errors/{slug}/`), from the sitemap. */
export function guidePaths(): string[] {
  return sitemapPaths().filter((p) => /^\/[^/]+\/errors\/[^/]+\/$/.test(p));
}

/** The generated code pages (`/{lang}/codes/{slug}/`), from the sitemap; the codes index and the basic-codes page are hand-written pages. */
export function codePagePaths(): string[] {
  return sitemapPaths().filter((p) => /^\/[^/]+\/codes\/[^/]+\/$/.test(p) && !p.endsWith('/codes/basic/'));
}

/**
 * One generated code page per layout variant and locale, the variant read
 * from the built page itself: class, deep-guide box, service texts, related
 * codes, range. So the browser gates see every layout the code pages have,
 * in every locale, without visiting hundreds of pages of the same shape.
 */
export function sampleCodePagePaths(): string[] {
  const variants = new Set<string>();
  const sample: string[] = [];
  for (const path of codePagePaths()) {
    const html = readFileSync(fileFor(path)!, 'utf8');
    const [, lang, , slug = ''] = path.split('/');
    const variant = [
      lang,
      slug.charAt(0),
      html.includes('class="guide-cta"'),
      html.includes('id="seen"'),
      html.includes('id="related"'),
      slug.split('-').length > 3,
    ].join('|');
    if (variants.has(variant)) continue;
    variants.add(variant);
    sample.push(path);
  }
  return sample;
}

/**
 * One wizard step per layout variant and locale, the variant read from the
 * built page: start, question (with or without a hint or context line),
 * answer card (with commands, with placeholders, with a guide link). Every
 * step is one template filled from the registry, so axe sees every shape of
 * it in every locale without loading 45 steps per locale of the same shape.
 */
export function sampleWizardPaths(): string[] {
  const marks = ['wz-intro', 'wz-context', 'wz-answers', 'wz-hint', 'wz-card', 'wz-cmd', 'data-ph-note', 'wz-guide', 'data-paste'];
  const variants = new Set<string>();
  return wizardPaths().filter((path) => {
    const html = readFileSync(fileFor(path)!, 'utf8');
    const variant = [path.split('/')[1], ...marks.map((m) => html.includes(m))].join('|');
    if (variants.has(variant)) return false;
    variants.add(variant);
    return true;
  });
}

/**
 * The pages the browser gates visit: every page a reader can reach, with the
 * generated code pages and the wizard steps replaced by one page per layout
 * variant ({@link sampleCodePagePaths}, {@link sampleWizardPaths}).
 */
export function browserGatePaths(): string[] {
  const sampled = new Set([...codePagePaths(), ...wizardPaths()]);
  return [...allPagePaths().filter((p) => !sampled.has(p)), ...sampleWizardPaths(), ...sampleCodePagePaths()];
}

/** Every page a reader can reach: sitemap, wizard steps and 404s, without duplicates. */
export function allPagePaths(): string[] {
  return [...new Set([...sitemapPaths(), ...wizardPaths(), ...notFoundPaths()])];
}

/** The built page with the most HTML (gzip) among `paths`: the worst case of a page type. */
export function largestPage(paths: string[]): string | undefined {
  return paths
    .map((p) => ({ p, size: gzipSync(readFileSync(fileFor(p)!)).length }))
    .sort((a, b) => b.size - a.size)[0]?.p;
}

export function unescapeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/**
 * One page of each type per locale, for the layout gate: overview, the largest
 * guide, other codes, one code page, the codes index, basic codes, search, the
 * wizard's start and a result step, decode and 404. Types are URL patterns over
 * the built pages, so no URL is written by hand.
 */
export function onePagePerType(): { type: string; path: string }[] {
  const all = allPagePaths();
  const out: { type: string; path: string }[] = [];
  for (const lang of langs) {
    const mine = all.filter((p) => p.startsWith(`/${lang}/`));
    const pick = (type: string, paths: string[]) => {
      if (paths[0]) out.push({ type, path: paths[0] });
    };
    const guides = mine.filter((p) => /\/errors\/\d[^/]*\/$/.test(p));
    pick('overview', mine.filter((p) => p === `/${lang}/`));
    pick('guide', [largestPage(guides)].filter((p): p is string => !!p));
    pick('other-codes', mine.filter((p) => p.endsWith('/errors/other-codes/')));
    pick('code page', codePagePaths().filter((p) => p.startsWith(`/${lang}/`)));
    pick('codes index', mine.filter((p) => p === `/${lang}/codes/`));
    pick('basic codes', mine.filter((p) => p === `/${lang}/codes/basic/`));
    pick('search', mine.filter((p) => p === `/${lang}/search/`));
    pick('wizard start', mine.filter((p) => p === `/${lang}/troubleshoot/`));
    pick('wizard result', wizardPaths().filter((p) => p.startsWith(`/${lang}/`) && /\/troubleshoot\/\d+-(?!partner)[a-z-]+\/$/.test(p)));
    pick('decode', mine.filter((p) => p === `/${lang}/decode/`));
    pick('404', mine.filter((p) => p === `/${lang}/404/`));
  }
  return out;
}
