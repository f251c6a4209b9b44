/**
 * Language gate over dist/ (issue 15): every Polish and Turkish page says its
 * interface and its prose in its own language. Two checks, on every page of
 * those locales (tests/support/page-text.ts reads the text without code,
 * placeholders and anything marked with another `lang`):
 * - no English interface string: a fragment (3 words or more) of an English
 *   i18n value whose translation differs. Fragments the locale's own strings
 *   keep verbatim are the service's English on purpose (error texts, official
 *   code names) and are allowed;
 * - no English prose: a block where English function words make a fifth of
 *   the words (at least three), after leaving out what the guides keep in
 *   English by rule: text in parentheses or quotes (English labels after the
 *   localized ones, quoted service texts), bold labels, and in a code page's
 *   description the code's official English name before the colon.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { langs, defaultLang } from '../../src/i18n/config.ts';
import { DIST, assertBuilt, htmlFiles } from '../support/built-site.ts';
import { pageText } from '../support/page-text.ts';

assertBuilt();

/** English function words that are not also Polish or Turkish words (`do`, `to`, `by`, `on` are Polish). */
const ENGLISH = new Set(
  'the and of with is are your you this that from for in it be not or an at as can has have will when if then which was does its their they there what how after before only all any been were would should'.split(' '),
);

type Json = { [k: string]: string | Json };
function flatten(o: Json, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  for (const [k, v] of Object.entries(o)) {
    if (typeof v === 'string') out[prefix + k] = v;
    else flatten(v, `${prefix}${k}.`, out);
  }
  return out;
}
const namespaces = readdirSync(new URL('../../src/i18n/locales/en/', import.meta.url)).filter((f) => f.endsWith('.json'));
const strings = (lang: string): Record<string, string> =>
  Object.assign({}, ...namespaces.map((ns) => flatten(JSON.parse(readFileSync(new URL(`../../src/i18n/locales/${lang}/${ns}`, import.meta.url), 'utf8')), `${ns}:`)));

/** English fragments (3+ words) of values the locale translates, minus what the locale keeps verbatim. */
function englishFragments(lang: string): string[] {
  const en = strings(defaultLang);
  const mine = strings(lang);
  const kept = Object.values(mine).join('\n');
  const out = new Set<string>();
  for (const [key, value] of Object.entries(en)) {
    if (mine[key] === value) continue;
    for (const part of value.split(/\{\{[^}]*\}\}/)) {
      const frag = part.trim();
      if ((frag.match(/\p{L}+/gu) ?? []).length >= 3 && !kept.includes(frag)) out.add(frag);
    }
  }
  return [...out];
}

/** A code page's description and title start with the code and its official English name. */
function withoutOfficialName(text: string, tag: string): string {
  return tag === '@description' || tag === 'title' ? text.replace(/^\d\.\d{1,3}\.\d{1,3}(?:[–-]\d\.\d{1,3}\.\d{1,3})? [^:]{1,120}: /, '') : text;
}

/** What stays English by rule is left out before counting English words. */
function withoutKeptEnglish(text: string, tag: string): string {
  return withoutOfficialName(text, tag)
    .replace(/\([^()]*\)/g, ' ')
    .replace(/[„“"«][^„“”"«»]*[”"»]/g, ' ')
    .replace(/(^|\s)'[^']*'/g, ' ');
}

for (const lang of langs.filter((l) => l !== defaultLang)) {
  describe(`${lang}: pages in their language`, () => {
    const files = htmlFiles().filter((f) => f.startsWith(join(DIST, lang) + '/'));
    const fragments = englishFragments(lang);

    it('has pages and English strings to look for', () => {
      expect(files.length).toBeGreaterThan(10);
      expect(fragments.length).toBeGreaterThan(50);
    });

    it('no English interface string in any page', () => {
      const found: string[] = [];
      for (const file of files) {
        for (const b of pageText(file).blocks) {
          const text = withoutOfficialName(b.text, b.tag);
          const hit = fragments.find((f) => text.includes(f));
          if (hit) found.push(`${file.slice(DIST.length)} <${b.tag}>: "${hit}"`);
        }
      }
      expect(found).toEqual([]);
    });

    it('no English prose in any page', () => {
      const found: string[] = [];
      for (const file of files) {
        const { lang: pageLang, blocks } = pageText(file, { skipLabels: true });
        if (pageLang !== lang) found.push(`${file.slice(DIST.length)}: <html lang="${pageLang}">`);
        for (const b of blocks) {
          const words = withoutKeptEnglish(b.text, b.tag).toLowerCase().match(/\p{L}+/gu) ?? [];
          const english = words.filter((w) => ENGLISH.has(w)).length;
          if (english >= 3 && english / words.length >= 0.2) found.push(`${file.slice(DIST.length)} <${b.tag}>: ${b.text.slice(0, 120)}`);
        }
      }
      expect(found).toEqual([]);
    });
  });
}
