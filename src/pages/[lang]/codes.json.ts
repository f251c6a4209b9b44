/**
 * /{lang}/codes.json: the code registry as the browser reads it (packed, see
 * src/lib/code-list.ts): every entry's id, classes, official name, title in
 * the locale and the guide it leads to. Fetched on first use by search, the
 * decoder and the wizard's paste box; never written into pages.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { langs, type Lang } from '../../i18n/config';
import { packedCodes } from '../../data/codes';

export const getStaticPaths = (() => langs.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await packedCodes(params['lang'] as Lang)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
