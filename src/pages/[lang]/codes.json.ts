/**
 * /{lang}/codes.json: the code registry as the browser reads it (packed, see
 * src/lib/code-list.ts): every entry's id, classes, official name, title in
 * the locale and the guide it leads to. Fetched on first use by search, the
 * decoder and the wizard's paste box; never written into pages.
 */
import type { APIRoute } from 'astro';
import { localeStaticPaths, type Lang } from '../../i18n/config';
import { packedCodes } from '../../data/codes';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ props }) =>
  new Response(JSON.stringify(await packedCodes(props.lang)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
