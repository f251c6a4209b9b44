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
import { createCodeIndex, displayCode, SUBJECTS, validateRegistry, type CodeIndex, type CodePage, type SubjectKey } from '../lib/code-registry';
import { codePath } from '../lib/url';
import { packCode, type CodeListFile } from '../lib/code-list';
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
export async function packedCodes(lang: Lang): Promise<CodeListFile> {
  await checkRegistry();
  return { codes: entries.map((e) => packCode({ ...e, title: codeText(lang, e).title })), basic: [...basicCodes] };
}

/** The basic reply codes with their meaning in a locale. */
export function basicReplies(lang: Lang): { code: BasicCode; meaning: string }[] {
  return basicCodes.map((code) => ({ code, meaning: texts[lang].basic[code].meaning }));
}

/** A code page as the pages and lists show it in one locale. */
export interface CodeView {
  page: CodePage<CodeDef>;
  text: CodeText;
  /** `4.2.2 Skrzynka pocztowa jest pełna`. */
  heading: string;
  /** `/pl/codes/4-2-2/`. */
  href: string;
  subject: SubjectKey;
}

const views = new Map<Lang, CodeView[]>();

/** Every code page of a locale, in registry order (built once per locale). */
export async function codeViews(lang: Lang): Promise<CodeView[]> {
  await checkRegistry();
  let list = views.get(lang);
  if (list === undefined) {
    list = codeIndex.pages.map((page) => {
      const text = codeText(lang, page.entry);
      return { page, text, heading: `${displayCode(page)} ${text.title}`, href: codePath(lang, page.slug), subject: SUBJECTS[page.subject] };
    });
    views.set(lang, list);
  }
  return list;
}

/** The view of one code (a canonical code or a range as written), or undefined. */
export async function codeView(lang: Lang, code: string): Promise<CodeView | undefined> {
  const page = codeIndex.find(code);
  return page === undefined ? undefined : (await codeViews(lang)).find((v) => v.page === page);
}

/** Code pages grouped by subject, in subject order (empty subjects left out). */
export async function codeGroups(lang: Lang): Promise<{ subject: SubjectKey; views: CodeView[] }[]> {
  const all = await codeViews(lang);
  return SUBJECTS.map((subject) => ({ subject, views: all.filter((v) => v.subject === subject) }))
    .filter((g) => g.views.length > 0)
    .map((g) => ({ ...g, views: [...g.views].sort(byCode) }));
}

/** Orders pages by class, then detail (4.7.1 before 4.7.20, 4.x before 5.x). */
function byCode(a: CodeView, b: CodeView): number {
  return a.page.cls - b.page.cls || a.page.from - b.page.from || a.page.to - b.page.to;
}
