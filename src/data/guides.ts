/**
 * Build-time access to the guides collection: the one source of error-code
 * metadata (codes, slugs, titles, error texts, related codes).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { langs, type Lang } from '../i18n/config';
import { codeToSlug } from '../lib/error-code';
import { guidesDataPath, guideCausesDataPath } from '../lib/url';
import { underBase } from './base';

export type GuideEntry = CollectionEntry<'errors'>;

/** A guide with its locale and slug split out of the entry id (`pl/4-4-316`). */
export interface Guide {
  lang: Lang;
  slug: string;
  entry: GuideEntry;
}

/** Every guide, plus lookups by locale and by locale + slug (built once: O(1) per page, not O(N)). */
interface Index {
  all: Guide[];
  byLang: Map<Lang, Guide[]>;
  bySlug: Map<string, Guide>;
}

let cache: Promise<Index> | undefined;

async function load(): Promise<Index> {
  const entries = await getCollection('errors');
  const guides = entries.map((entry) => {
    const [lang, slug] = entry.id.split('/') as [string, string];
    if (!(langs as readonly string[]).includes(lang)) {
      throw new Error(`content/errors/${entry.id}.mdx: folder "${lang}" is not a locale in src/i18n/config.ts`);
    }
    if (slug !== codeToSlug(entry.data.code)) {
      throw new Error(
        `content/errors/${entry.id}.mdx: field "code" is "${entry.data.code}", so the file must be named ${codeToSlug(entry.data.code)}.mdx`,
      );
    }
    return { lang: lang as Lang, slug, entry };
  });
  const all = guides.sort((a, b) => a.entry.data.order - b.entry.data.order);
  const byLang = new Map<Lang, Guide[]>(langs.map((l) => [l, []]));
  const bySlug = new Map<string, Guide>();
  for (const g of all) {
    byLang.get(g.lang)?.push(g);
    bySlug.set(`${g.lang}/${g.slug}`, g);
  }
  return { all, byLang, bySlug };
}

const index = (): Promise<Index> => (cache ??= load());

/** Every guide of every locale, sorted by `order`. Shared: do not mutate. */
export async function allGuides(): Promise<Guide[]> {
  return (await index()).all;
}

/** The guides of one locale, sorted by `order`. Shared between pages: do not mutate. */
export async function guidesFor(lang: Lang): Promise<Guide[]> {
  return (await index()).byLang.get(lang) ?? [];
}

/** One guide, or undefined. */
export async function findGuide(lang: Lang, slug: string): Promise<Guide | undefined> {
  return (await index()).bySlug.get(`${lang}/${slug}`);
}

/** The guide of one code (`"4.4.316"`, `"other"`) in one locale, or undefined. */
export async function findGuideByCode(lang: Lang, code: string): Promise<Guide | undefined> {
  return findGuide(lang, codeToSlug(code));
}

/** URL of the locale's guide list, `/{lang}/guides.json` under the site's base (search and the wizard's paste box). */
export function guidesUrl(lang: Lang): string {
  return underBase(guidesDataPath(lang));
}

/** URL of the locale's cause headings per guide, `/{lang}/guide-causes.json` under the site's base (search, for a pasted line). */
export function guideCausesUrl(lang: Lang): string {
  return underBase(guideCausesDataPath(lang));
}
