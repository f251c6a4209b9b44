/**
 * The code registry (src/codes/): complete against the facts, sound by its
 * own rules, and the lookups every reader of it relies on.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entries, texts } from '../../src/codes';
import type { CodeDef } from '../../src/codes/types';
import {
  codeInClass,
  codePages,
  createCodeIndex,
  parseEntryId,
  resolveCode,
  validateRegistry,
  type GuideSections,
} from '../../src/lib/code-registry';
import { contentLocales, guideFiles, readGuide } from './content-files';

const SHARED = new URL('../../../shared/codes/', import.meta.url);

/** Guide code → its section ids, from the English guides on disk. */
function guideSections(): GuideSections {
  const map = new Map<string, Set<string>>();
  for (const file of guideFiles('en')) {
    const g = readGuide('en', file);
    map.set(String(g.frontmatter['code']), new Set(g.headings.map((h) => h.id).filter((id): id is string => id !== null)));
  }
  return map;
}

const index = createCodeIndex(entries);

describe('the registry as it is', () => {
  it('passes every check, in every locale, guide sections included', () => {
    expect(validateRegistry(entries, Object.fromEntries(Object.entries(texts).map(([l, t]) => [l, t.codes])), { sourceLang: 'en', guides: guideSections() })).toEqual([]);
  });

  it('has a text for every entry in every content locale', () => {
    for (const lang of contentLocales()) expect(Object.keys(texts), lang).toContain(lang);
  });

  it('has every entry of the IANA registry, with its official name', () => {
    const iana = JSON.parse(readFileSync(new URL('iana-enhanced-status-codes.json', SHARED), 'utf8')) as { code: string; name: string }[];
    expect(iana.length).toBeGreaterThan(0);
    for (const row of iana) {
      const entry = entries.find((e) => e.id === row.code);
      expect(entry, row.code).toBeDefined();
      expect(entry?.source).toBe('iana');
      // X.6.10 has no name in the registry (a deprecated duplicate): the entry says so instead.
      if (row.name !== '') expect(entry?.name, row.code).toBe(row.name);
      else expect(entry?.name, row.code).toMatch(/deprecated/i);
    }
  });

  it('resolves every code and range of the Microsoft facts table to a page', () => {
    const md = readFileSync(new URL('microsoft-codes.md', SHARED), 'utf8');
    const table = md.slice(md.indexOf('| code |'));
    const cells = [...table.matchAll(/^\| ([^|]+) \|/gm)].map((m) => m[1]!.trim()).filter((c) => /\d/.test(c));
    expect(cells.length).toBeGreaterThan(20);
    let seen = 0;
    for (const cell of cells) {
      // "4.7.321–4.7.325, 5.7.321–5.7.325", "4.4.397 / 451 4.4.0 / 441 4.4.1", "421 4.7.66"
      for (const m of cell.matchAll(/([245])\.(\d{1,3})\.(\d{1,3})(?:[–-]\1\.\2\.(\d{1,3}))?/g)) {
        const [, cls, subject, from, to] = m;
        const details = to === undefined ? [Number(from)] : [Number(from), Number(to), Math.floor((Number(from) + Number(to)) / 2)];
        for (const d of details) {
          const code = `${cls}.${subject}.${d}`;
          expect(index.find(code), `${code} (from "${cell}")`).toBeDefined();
          seen++;
        }
      }
    }
    expect(seen).toBeGreaterThan(40);
  });

  it('gives the expired forms of the connector errors the guides of their class-4 forms', () => {
    const guided = entries.filter((e) => e.guide !== undefined && e.guide.code !== 'other');
    expect(guided.length).toBeGreaterThan(0);
    for (const e of guided) {
      for (const cls of e.classes) expect(index.find(codeInClass(e.id, cls))?.entry.guide?.code).toBe(e.guide?.code);
    }
  });
});

describe('validateRegistry', () => {
  const base: CodeDef = { id: 'X.9.1', classes: [5], name: 'Test name', source: 'microsoft', actors: ['you'] };
  const fix = (e: Partial<CodeDef>): CodeDef[] => [{ ...base, id: 'X.1.1', ...e }];
  const text = { title: 'T', meaning: 'A meaning long enough to pass.', causes: ['c'], steps: ['s'] };
  const run = (list: CodeDef[], extra: Record<string, Record<string, typeof text>> = {}) =>
    validateRegistry(list, { en: Object.fromEntries(list.map((e) => [e.id, text])), ...extra }, { sourceLang: 'en', guides: new Map([['4.4.316', new Set(['causes'])]]) });

  it('names the entry and the field of a bad id', () => {
    expect(run(fix({ id: 'X.9.1' }))).toEqual([expect.stringMatching(/X\.9\.1: field "id"/)]);
    expect(run(fix({ id: '4.4.316' }))).toEqual([expect.stringMatching(/4\.4\.316: field "id"/)]);
  });
  it('names a missing name', () => {
    expect(run(fix({ name: '' }))).toEqual([expect.stringMatching(/X\.1\.1: field "name": is missing/)]);
  });
  it('names a related code that is not registered', () => {
    expect(run(fix({ related: ['5.9.999'] }))).toEqual([expect.stringMatching(/X\.1\.1: field "related": "5\.9\.999" is not a registered code/)]);
  });
  it('names a guide or a section that does not exist', () => {
    expect(run(fix({ guide: { code: '4.4.399' } }))).toEqual([expect.stringMatching(/X\.1\.1: field "guide": no guide/)]);
    expect(run(fix({ guide: { code: '4.4.316', section: 'cause-nowhere' } }))).toEqual([
      expect.stringMatching(/X\.1\.1: field "guide\.section": the guide 4\.4\.316 has no section "#cause-nowhere"/),
    ]);
  });
  it('names a locale without a text, an empty field and code spans that differ', () => {
    const list = fix({});
    expect(run(list, { pl: {} })).toEqual([expect.stringMatching(/text\/pl\.ts: X\.1\.1: field "id": has no text/)]);
    expect(run(list, { pl: { 'X.1.1': { ...text, steps: [''] } } })).toEqual([expect.stringMatching(/X\.1\.1: field "steps"/)]);
    expect(run(list, { pl: { 'X.1.1': { ...text, meaning: 'Znaczenie z kodem `Get-Thing`, dość długie.' } } })).toEqual([
      expect.stringMatching(/X\.1\.1: field "code spans"/),
    ]);
  });
  it('names an IANA entry without its reference and a doubled id', () => {
    expect(run(fix({ source: 'iana' }))).toEqual([expect.stringMatching(/X\.1\.1: field "reference"/)]);
    expect(run([...fix({}), ...fix({})]).some((p) => /registered twice/.test(p))).toBe(true);
  });
});

describe('lookups', () => {
  it('parses ids and ranges, and refuses malformed ones', () => {
    expect(parseEntryId('X.7.500-699')).toEqual({ subject: 7, from: 500, to: 699 });
    expect(parseEntryId('X.2.2')).toEqual({ subject: 2, from: 2, to: 2 });
    for (const bad of ['X.8.1', '4.2.2', 'X.2', 'X.2.02', 'X.7.600-500', 'X.7.5-']) expect(parseEntryId(bad), bad).toBeNull();
  });

  it('gives one page per class, each found by its code', () => {
    expect(codePages(entries).length).toBe(entries.reduce((n, e) => n + e.classes.length, 0));
    expect(index.pages.length).toBe(codePages(entries).length);
    for (const p of index.pages) expect(index.find(p.code)).toBe(p);
  });

  it('finds a range from any member, a single code before its range, and the twin in the other class', () => {
    const ranges = index.pages.filter((p) => p.to > p.from);
    expect(ranges.length).toBeGreaterThan(0);
    for (const r of ranges) {
      for (const d of [r.from, r.to, Math.floor((r.from + r.to) / 2)]) {
        const code = `${r.cls}.${r.subject}.${d}`;
        const found = index.find(code);
        expect(found, code).toBeDefined();
        // Either the range itself or a single code registered inside it.
        if (found !== r) expect(found?.from).toBe(found?.to);
      }
      expect(index.find(`${r.cls}.${r.subject}.${r.to + 1}`)).not.toBe(r);
    }
    for (const p of index.pages.filter((x) => x.cls !== 2 && x.entry.classes.includes(4) && x.entry.classes.includes(5))) {
      const twin = index.twin(p);
      expect(twin?.entry).toBe(p.entry);
      expect(twin?.cls).toBe(p.cls === 4 ? 5 : 4);
    }
  });

  it('explains a code nobody registered, with the nearest page', () => {
    const unknownSubject = resolveCode(index, '5.9.213');
    expect(unknownSubject).toMatchObject({ kind: 'unregistered', cls: 5, subject: null });
    if (unknownSubject?.kind === 'unregistered') expect(unknownSubject.nearest?.code).toBe('5.0.0');
    // A detail nobody uses in a known subject: the subject's "other" code of that class.
    const subject = index.pages.find((p) => p.cls === 5 && p.from === 0 && p.subject === 7)!;
    const unknownDetail = resolveCode(index, '5.7.998');
    expect(unknownDetail).toMatchObject({ kind: 'unregistered', subject: 7 });
    if (unknownDetail?.kind === 'unregistered') expect(unknownDetail.nearest).toBe(subject);
    expect(resolveCode(index, 'not a code')).toBeNull();
  });
});
