/**
 * What search answers for a code, from the registry alone (src/lib/code-answer.ts),
 * over the registry as /{lang}/codes.json publishes it (pack → parse round trip).
 */
import { describe, expect, it } from 'vitest';
import { basicCodes, entries } from '../../src/codes';
import { answerCode, guideRefs } from '../../src/lib/code-answer';
import { packCode, parseCodeList } from '../../src/lib/code-list';
import { codeInClass, createCodeIndex } from '../../src/lib/code-registry';
import { codeToSlug, OTHER_CODE, OTHER_SLUG, type GuideRef } from '../../src/lib/error-code';
import { guideFiles, readGuide } from './content-files';

/** The guides as the search knows them, from the English guides on disk. */
const GUIDES: GuideRef[] = guideFiles('en').map((file) => {
  const code = String(readGuide('en', file).frontmatter['code']);
  return { code, slug: code === OTHER_CODE ? OTHER_SLUG : codeToSlug(code) };
});

const published = JSON.parse(JSON.stringify({ codes: entries.map((e) => packCode({ ...e, title: e.name })), basic: [...basicCodes] }));
const list = parseCodeList(published)!;
const index = createCodeIndex(list.codes);
const refs = guideRefs(GUIDES, index);

describe('the published list', () => {
  it('reads back every entry with its classes and guide', () => {
    expect(list.codes).toHaveLength(entries.length);
    for (const [i, e] of entries.entries()) {
      expect(list.codes[i]).toMatchObject({ id: e.id, classes: [...e.classes], name: e.name });
      expect(list.codes[i]!.guide).toEqual(e.guide);
    }
  });
  it('refuses malformed data', () => {
    for (const bad of [null, [], { codes: [], basic: 5 }, { codes: [['X.9.1', '5', 'n', 't']], basic: [] }, { codes: [['X.1.1', '7', 'n', 't']], basic: [] }, { codes: [['X.1.1']], basic: [] }]) {
      expect(parseCodeList(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});

describe('answerCode', () => {
  const guided = entries.filter((e) => e.guide !== undefined && e.guide.code !== OTHER_CODE);

  it('sends every code a deep guide covers to that guide, each class, and says when it is the expired form', () => {
    expect(guided.length).toBeGreaterThan(0);
    for (const e of guided) {
      for (const cls of e.classes) {
        const code = codeInClass(e.id, cls);
        const answer = answerCode(code, index, refs);
        expect(answer, code).toMatchObject({ kind: 'guide', guide: { code: e.guide!.code } });
        if (answer?.kind === 'guide') {
          expect(answer.expired, code).toBe(code !== e.guide!.code);
          expect(answer.page.code).toBe(code);
        }
      }
    }
  });

  it('sends every other registered code to its own page, range members to the range', () => {
    for (const page of index.pages) {
      if (page.entry.guide && page.entry.guide.code !== OTHER_CODE) continue;
      const code = page.from === page.to ? page.code : `${page.cls}.${page.subject}.${page.to}`;
      const answer = answerCode(code, index, refs);
      expect(answer?.kind, code).toBe('page');
      if (answer?.kind === 'page' && page.from === page.to) expect(answer.page).toBe(page);
    }
  });

  it('explains a code nobody registered, with the nearest page, and knows the basic reply codes', () => {
    expect(answerCode('5.9.213', index, refs)).toMatchObject({ kind: 'unregistered', cls: 5, subject: null, nearest: { code: '5.0.0' } });
    expect(answerCode('4.2.98', index, refs)).toMatchObject({ kind: 'unregistered', cls: 4, subject: 2, nearest: { code: '4.2.0' } });
    for (const basic of basicCodes) expect(answerCode(basic, index, refs, list.basic)).toEqual({ kind: 'basic', code: basic });
    expect(answerCode('599', index, refs, list.basic)).toBeNull();
    expect(answerCode('x', index, refs)).toBeNull();
  });
});

describe('guideRefs', () => {
  it('adds the expired forms of the guided codes, pointing at their guide', () => {
    for (const e of entries.filter((x) => x.guide && x.guide.code !== OTHER_CODE)) {
      for (const cls of e.classes) {
        const code = codeInClass(e.id, cls);
        expect(refs.find((r) => r.code === code)?.slug, code).toBe(codeToSlug(e.guide!.code));
      }
    }
    expect(refs.slice(0, GUIDES.length)).toEqual(GUIDES);
  });
});
