/**
 * /{lang}/guides.json: the locale's guides as the search shows them (code,
 * title, cause headings; packed, see PackedGuide in src/lib/search-config.ts). Published once per locale and fetched by the
 * search element when the reader opens search, rather than written into every
 * page: the list grows with the number of codes, the pages must not.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { langs, type Lang } from '../../i18n/config';
import { packedSearchGuides } from '../../data/search';

export const getStaticPaths = (() => langs.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const guides = await packedSearchGuides(params['lang'] as Lang);
  return new Response(JSON.stringify(guides), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
