/**
 * The glossary (src/i18n/glossary.ts) beyond the guides' bodies, which
 * tests/unit/content.test.ts checks: every interface string of a locale
 * (src/i18n/locales/{lang}/*.json), every code-page text (src/codes/text/{lang}/),
 * the overview page and the guides' own titles, descriptions and summaries.
 * Keywords are left out on purpose: they hold the variants people type.
 * Backticked spans and code blocks are English verbatim and are skipped.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { langs } from '../../src/i18n/config';
import { glossary } from '../../src/i18n/glossary';
import { texts } from '../../src/codes';
import { guideFiles, readContent, readGuide, ROOT } from '../support/content-files';
import { LOCALES_DIR, readLocale } from '../support/locale-files';

/** `[where, text]` for every string inside a value (objects and arrays walked). */
function strings(value: unknown, where: string): [string, string][] {
  if (typeof value === 'string') return [[where, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${where}[${i}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${where}.${k}`));
  return [];
}

/** Text as a reader sees it in the locale: no code blocks, no backticked (English) spans, no `{#id}`. */
const prose = (s: string) => s.replace(/```[\s\S]*?```/g, ' ').replace(/`[^`]*`/g, ' ').replace(/\{\s*#[A-Za-z0-9_-]+\s*\}/g, ' ');

/** The hits of one forbidden pattern in a list of texts: `where: …context…`. */
function hits(pattern: RegExp, items: readonly [string, string][]): string[] {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  const out: string[] = [];
  for (const [where, text] of items) {
    for (const m of prose(text).matchAll(re)) {
      const at = m.index ?? 0;
      out.push(`${where}: …${prose(text).slice(Math.max(0, at - 40), at + m[0].length + 40)}…`);
    }
  }
  return out;
}

describe('glossary', () => {
  it('has forbidden patterns that are not global (a /g pattern keeps state between tests)', () => {
    for (const lang of Object.keys(glossary)) {
      for (const f of glossary[lang]!.forbidden) expect(f.pattern.flags, `${lang}: ${f.term}`).not.toContain('g');
      for (const r of glossary[lang]!.required) expect(r.pattern.flags, `${lang}: ${r.term}`).not.toContain('g');
    }
  });

  for (const lang of langs) {
    const forbidden = glossary[lang]?.forbidden ?? [];
    if (forbidden.length === 0) continue;

    const ui: [string, string][] = readdirSync(`${LOCALES_DIR}/${lang}`)
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => {
        const ns = f.replace(/\.json$/, '');
        return Object.entries(readLocale(lang, ns)).flatMap(([k, v]) => strings(v, `src/i18n/locales/${lang}/${f} ${k}`));
      });
    const codes: [string, string][] = [
      ...strings(texts[lang].codes, `src/codes/text/${lang}/ codes`),
      ...strings(texts[lang].basic, `src/codes/text/${lang}/basic.ts basic`),
    ];
    const overviewPath = `content/pages/${lang}/overview.mdx`;
    const overview = readContent(`${ROOT}${overviewPath}`);
    const pages: [string, string][] = [
      [overviewPath, overview.body],
      ...(['title', 'description'] as const).map((k): [string, string] => [`${overviewPath} ${k}`, String(overview.frontmatter[k] ?? '')]),
      ...guideFiles(lang).flatMap((file) => {
        const g = readGuide(lang, file);
        return (['title', 'description', 'summary'] as const).map((k): [string, string] => [`content/errors/${lang}/${file} ${k}`, String(g.frontmatter[k] ?? '')]);
      }),
    ];

    it(`${lang}: reads some of everything (the test is not vacuous)`, () => {
      expect(ui.length).toBeGreaterThan(200);
      expect(codes.length).toBeGreaterThan(200);
      expect(pages.length).toBeGreaterThan(20);
    });

    for (const [what, items] of [
      ['interface strings', ui],
      ['code-page texts', codes],
      ['overview and guide titles, descriptions, summaries', pages],
    ] as const) {
      it(`${lang}: ${what} use none of the wordings the glossary rules out`, () => {
        const found = forbidden.flatMap((f) => hits(f.pattern, items).map((h) => `"${f.term}" (${f.why}) in ${h}`));
        expect(found).toEqual([]);
      });
    }
  }
});
