/**
 * /{lang}/guides.json: the locale's guides as the search shows them (code,
 * title; packed, see PackedGuide in src/lib/search-config.ts; the cause headings are in guide-causes.json). Published once per locale and fetched by the
 * search element when the reader opens search, rather than written into every
 * page: the list grows with the number of codes, the pages must not.
 */
import type { APIRoute } from 'astro';
import { localeStaticPaths, type Lang } from '../../i18n/config';
import { packedSearchGuides } from '../../data/search';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ props }) => {
  const guides = await packedSearchGuides(props.lang);
  return new Response(JSON.stringify(guides), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
