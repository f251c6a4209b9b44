/**
 * Translation freshness: every Polish and Turkish page names the English
 * version it was translated from (`translatedFrom`, a content hash). The test
 * lists the stale pages (English changed since) and fails only when a page
 * claims a hash that no English version ever had (git history of the English
 * file, plus the working copy) or names none.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentHash, HASH_PATTERN, translationState, type SourceVersion } from '../../src/lib/translation';
import { englishSourcePath, freshness, sourceVersions } from '../../src/data/translation-history';
import { defaultLang } from '../../src/i18n/config';
import { readContent, ROOT } from '../support/content-files';

const d = (s: string) => new Date(`${s}T12:00:00Z`);

describe('contentHash', () => {
  it('is 12 hex digits, stable, and blind to CRLF line endings only', () => {
    const h = contentHash('---\ntitle: "x"\n---\nText\n');
    expect(h).toMatch(HASH_PATTERN);
    expect(contentHash('---\r\ntitle: "x"\r\n---\r\nText\r\n')).toBe(h);
    expect(contentHash('---\ntitle: "x"\n---\nText.\n')).not.toBe(h);
    expect(contentHash('---\ntitle: "x"\n---\nText\n\n')).not.toBe(h);
  });
});

describe('translationState', () => {
  const versions: SourceVersion[] = [
    { hash: 'aaaaaaaaaaaa', date: d('2026-10-01') },
    { hash: 'bbbbbbbbbbbb', date: d('2026-11-01') },
    { hash: 'cccccccccccc', date: d('2026-12-01') },
  ];
  it('is current when the translation names the newest English version', () => {
    expect(translationState('cccccccccccc', versions)).toEqual({ state: 'current' });
  });
  it('is stale, with the newest English date, when it names an older version', () => {
    expect(translationState('aaaaaaaaaaaa', versions)).toEqual({ state: 'stale', updated: d('2026-12-01'), translatedAt: d('2026-10-01') });
  });
  it('is unknown when no version had that hash, missing when there is none', () => {
    expect(translationState('dddddddddddd', versions)).toEqual({ state: 'unknown', updated: d('2026-12-01') });
    expect(translationState(undefined, versions)).toEqual({ state: 'missing', updated: d('2026-12-01') });
    expect(translationState('aaaaaaaaaaaa', [])).toEqual({ state: 'unknown', updated: undefined });
  });
  it('counts a reverted English text as current again', () => {
    expect(translationState('aaaaaaaaaaaa', [...versions, { hash: 'aaaaaaaaaaaa', date: d('2026-12-02') }])).toEqual({ state: 'current' });
  });
});

describe('English history (git)', () => {
  it('ends with the text on disk and dates every version', () => {
    const rel = englishSourcePath('pages', 'overview');
    const v = sourceVersions(rel, ROOT);
    expect(v.length).toBeGreaterThan(0);
    expect(v.at(-1)!.hash).toBe(contentHash(readFileSync(join(ROOT, rel), 'utf8')));
    for (const x of v) expect(Number.isNaN(x.date.getTime())).toBe(false);
    expect(new Set(v.map((x, i) => (i > 0 && v[i - 1]!.hash === x.hash ? 'dup' : x.hash))).has('dup'), 'consecutive versions differ').toBe(false);
  });
});

describe('translations', () => {
  const stale: string[] = [];
  for (const section of ['errors', 'pages'] as const) {
    const langs = readdirSync(join(ROOT, 'content', section)).filter((l) => l !== defaultLang && !l.startsWith('.')).sort();
    for (const lang of langs) {
      for (const file of readdirSync(join(ROOT, 'content', section, lang)).filter((f) => f.endsWith('.mdx')).sort()) {
        const name = file.replace(/\.mdx$/, '');
        const where = `content/${section}/${lang}/${file}`;
        it(`${where} was translated from an English version that exists`, () => {
          const from = readContent(join(ROOT, 'content', section, lang, file)).frontmatter['translatedFrom'] as string | undefined;
          const s = freshness(section, name, from, ROOT);
          expect(s.state, `${where}: translatedFrom is missing; run npm run translation-hash -- ${section}/${name}`).not.toBe('missing');
          expect(s.state, `${where}: translatedFrom "${from}" is no version of ${englishSourcePath(section, name)} (npm run translation-hash -- ${section}/${name})`).not.toBe('unknown');
          if (s.state === 'stale') stale.push(`${where} (English updated ${s.updated.toISOString().slice(0, 10)})`);
        });
      }
    }
  }
  // The list of stale pages is a report, not a failure: the notice on the page tells readers.
  afterAll(() => {
    if (stale.length > 0) console.info(`Stale translations (the English text changed since):\n  ${stale.join('\n  ')}`);
  });
});
