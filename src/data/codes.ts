/**
 * Build-time access to the code registry (src/codes/): checked once against
 * the guides (every guide and section an entry names must exist), then
 * localized per locale for the code pages, the codes index, the overview,
 * `/{lang}/codes.json` and the sitemap.
 */
import { render } from 'astro:content';
import { entries, texts, basicCodes, type BasicCode } from '../codes';
import type { CodeDef, CodeText } from '../codes/types';
import { langs, defaultLang, type Lang } from '../i18n/config';
import { createCodeIndex, validateRegistry, type CodeIndex, type CodePage } from '../lib/code-registry';
import { packCode, type PackedCode } from '../lib/code-list';
import { allGuides } from './guides';

/** The registry's lookups, built once for the whole build. */
export const codeIndex: CodeIndex<CodeDef> = createCodeIndex(entries);

let checked: Promise<void> | undefined;

/** Fails the build, naming the file, entry and field, when the registry or a text is broken. */
export function checkRegistry(): Promise<void> {
  return (checked ??= (async () => {
    const guides = new Map<string, Set<string>>();
    for (const g of await allGuides()) {
      if (g.lang !== defaultLang) continue;
      const { headings } = await render(g.entry);
      guides.set(g.entry.data.code, new Set(headings.map((h) => h.slug)));
    }
    const byLang = Object.fromEntries(langs.map((l) => [l, texts[l].codes as Readonly<Record<string, CodeText>>]));
    const problems = validateRegistry(entries, byLang, { sourceLang: defaultLang, guides });
    if (problems.length > 0) throw new Error(`The code registry has ${problems.length} problem(s):\n${problems.join('\n')}`);
  })());
}

/** An entry's text in a locale. */
export function codeText(lang: Lang, entry: CodeDef): CodeText {
  const text = (texts[lang].codes as Readonly<Record<string, CodeText | undefined>>)[entry.id];
  if (text === undefined) throw new Error(`src/codes/text/${lang}: ${entry.id} has no text`);
  return text;
}

/** Every code page (one per entry and class), in registry order. */
export function allCodePages(): readonly CodePage<CodeDef>[] {
  return codeIndex.pages;
}

/** The locale's packed list for `/{lang}/codes.json`. */
export async function packedCodes(lang: Lang): Promise<PackedCode[]> {
  await checkRegistry();
  return entries.map((e) => packCode({ ...e, title: codeText(lang, e).title }));
}

/** The basic reply codes with their meaning in a locale. */
export function basicReplies(lang: Lang): { code: BasicCode; meaning: string }[] {
  return basicCodes.map((code) => ({ code, meaning: texts[lang].basic[code].meaning }));
}
