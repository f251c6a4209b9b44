/**
 * /{lang}/guide-causes.json: the heading of each guide's cause sections, by
 * guide slug and section id (GuideCauses in src/lib/search-config.ts). Apart
 * from /{lang}/guides.json because only a pasted line's likely cause shows a
 * heading: a code lookup does not fetch it.
 */
import type { APIRoute } from 'astro';
import { localeStaticPaths, type Lang } from '../../i18n/config';
import { guideCauses } from '../../data/search';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ props }) => {
  return new Response(JSON.stringify(await guideCauses(props.lang)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
