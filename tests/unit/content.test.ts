import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { defaultLang, langs } from '../../src/i18n/config';
import { glossary } from '../../src/i18n/glossary';
import { entries } from '../../src/codes';
import { codePages } from '../../src/lib/code-registry';
import { guideSections, OVERVIEW_SECTIONS, sectionText } from '../../src/lib/guide-outline';
import { guideFiles, readContent, readGuide, ROOT, type ContentFile } from '../support/content-files';

const CODE_LANGS = ['powershell', 'bash', 'text'];
const COMMAND_LANGS = ['powershell', 'bash'];

const files = guideFiles(defaultLang);
/** Slugs of the code pages (`/{lang}/codes/<slug>/`), from the registry. */
const codePageSlugs = new Set(codePages(entries).map((p) => p.slug));
const overviewIds = () => readContent(`${ROOT}content/pages/${defaultLang}/overview.mdx`).headings.map((h) => h.id);

/**
 * What a section must quote verbatim in every locale (service English: cmdlets,
 * parameters, paths). From docs/guide-outline.md; the `other-codes` guide too.
 */
const SECTION_MUST_QUOTE: Readonly<Record<string, readonly string[]>> = {
  'service-health': ['Service health'],
  'find-it': ['Get-MessageTraceV2', 'Get-MessageTraceDetailV2', 'Start-HistoricalSearch', 'Messages have been delayed'],
  ndr: ['Set-TransportConfig -MessageExpiration'],
  'on-premises-logs': ['%ExchangeInstallPath%TransportRoles\\Logs\\FrontEnd\\ProtocolLog\\SmtpReceive', '-ProtocolLoggingLevel Verbose'],
  verify: ['Validate-OutboundConnector', 'Validate this connector'],
};

/** Commands that do not exist in Exchange Online, or were retired: no guide may teach them. */
const RETIRED_COMMANDS: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /\bTest-(?:Outbound)?Connector\b/, why: 'no such cmdlet in Exchange Online: use Validate-OutboundConnector' },
  { pattern: /\bGet-MessageTrace(?:Detail)?\b(?!V2)/, why: 'the V1 cmdlets are retired: use Get-MessageTraceV2 / Get-MessageTraceDetailV2' },
];

/** Frontmatter fields declared once per guide, in the English file (other locales read them from there). */
const ENGLISH_ONLY = ['ndrForms', 'tokens', 'sources'] as const;
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))) : []);
const ids = (f: ContentFile) => f.headings.map((h) => h.id);
const prose = (f: ContentFile) => f.body.replace(/\{\s*#[A-Za-z0-9_-]+\s*\}/g, ' ').replace(/```[\s\S]*?```/g, ' ').replace(/`[^`]*`/g, ' ');

/**
 * Per heading id: how many numbered steps (top-level `1.` items) and code
 * blocks the part under it has, so that "step 2" of a section is the same step
 * in every language (reviews/ux.md, finding 14).
 */
function stepShape(body: string): Record<string, { steps: number; codeBlocks: number }> {
  const out: Record<string, { steps: number; codeBlocks: number }> = {};
  let current: { steps: number; codeBlocks: number } | null = null;
  let inFence = false;
  for (const line of body.split('\n')) {
    if (/^\s*```/.test(line)) {
      if (!inFence && current) current.codeBlocks += 1;
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    const heading = /^#{2,6}\s.*\{\s*#([A-Za-z0-9_-]+)\s*\}\s*$/.exec(line);
    if (heading) out[heading[1]!] = current = { steps: 0, codeBlocks: 0 };
    else if (current && /^\d+\.\s/.test(line)) current.steps += 1;
  }
  return out;
}

describe('guides', () => {
  it('exist for every code, with identical file names in every locale', () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
    for (const lang of langs) expect(guideFiles(lang), lang).toEqual(files);
  });

  for (const file of files) {
    describe(file, () => {
      const en = readGuide(defaultLang, file);

      for (const lang of langs) {
        const g = readGuide(lang, file);
        const where = `content/errors/${lang}/${file}`;

        it(`${lang}: every heading has an explicit id, sections in order`, () => {
          expect(g.headings.filter((h) => h.depth === 1), `${where}: no h1`).toEqual([]);
          for (const h of g.headings) expect(h.id, `${where}:${h.line} "${h.text}" needs {#id}`).not.toBeNull();
          expect(g.headings.filter((h) => h.depth === 2).map((h) => h.id), where).toEqual([...guideSections(String(en.frontmatter['code']))]);
          expect(new Set(ids(g)).size, `${where}: duplicate ids`).toBe(ids(g).length);
        });

        it(`${lang}: each cause has a way to confirm it and a fix`, () => {
          const causes = g.headings.filter((h) => h.depth === 3);
          expect(causes.length, where).toBeGreaterThanOrEqual(2);
          for (const c of causes) {
            expect(c.id, where).toMatch(/^cause-[a-z0-9-]+$/);
            const i = g.headings.indexOf(c);
            expect(g.headings.slice(i + 1, i + 3).map((h) => h.id), `${where}: ${c.id}`).toEqual([`${c.id}-confirm`, `${c.id}-fix`]);
          }
          const causeSection = g.headings.findIndex((h) => h.id === 'causes');
          const partner = g.headings.findIndex((h) => h.id === 'partner');
          const afterCauses = g.headings.findIndex((h, i) => i > causeSection && h.depth === 2);
          for (const c of causes) expect(g.headings.indexOf(c)).toBeGreaterThan(causeSection);
          for (const c of causes) expect(g.headings.indexOf(c), `${where}: ${c.id} belongs in #causes`).toBeLessThan(afterCauses < 0 ? partner : afterCauses);
        });

        it(`${lang}: quotes its NDR form(s) in #ndr and its real Message tokens in #error-text (declared in English)`, () => {
          const ndr = sectionText(g.body, 'ndr') ?? '';
          const errorText = sectionText(g.body, 'error-text') ?? '';
          for (const form of list(en.frontmatter['ndrForms'])) expect(ndr.includes(form), `${where} #ndr quotes "${form}"`).toBe(true);
          for (const token of list(en.frontmatter['tokens'])) expect(errorText.includes(token), `${where} #error-text quotes "${token}"`).toBe(true);
        });

        it(`${lang}: each section quotes the commands and labels it must (service English)`, () => {
          for (const [id, needles] of Object.entries(SECTION_MUST_QUOTE)) {
            const text = sectionText(g.body, id) ?? '';
            for (const n of needles) expect(text.includes(n), `${where} #${id} quotes "${n}"`).toBe(true);
          }
          for (const r of RETIRED_COMMANDS) expect(r.pattern.exec(g.body)?.[0], `${where}: ${r.why}`).toBeUndefined();
        });

        it(`${lang}: frontmatter follows the outline (English-only fields, translatedFrom on translations)`, () => {
          if (lang === defaultLang) {
            expect(g.frontmatter['translatedFrom'], `${where}: the English file is the source, no translatedFrom`).toBeUndefined();
            expect(list(g.frontmatter['ndrForms']).length, `${where}: ndrForms`).toBeGreaterThan(0);
            expect(list(g.frontmatter['sources']).length, `${where}: sources`).toBeGreaterThanOrEqual(2);
            if (g.frontmatter['code'] !== 'other') expect(list(g.frontmatter['tokens']).length, `${where}: tokens`).toBeGreaterThanOrEqual(2);
          } else {
            for (const key of ENGLISH_ONLY) expect(g.frontmatter[key], `${where}: ${key} is declared once, in the English file`).toBeUndefined();
            expect(g.frontmatter['translatedFrom'], `${where}: translatedFrom (npm run translation-hash -- errors/${file.replace(/\.mdx$/, '')})`).toMatch(/^[0-9a-f]{12}$/);
          }
        });

        it(`${lang}: has the same heading ids as English`, () => {
          expect(ids(g), where).toEqual(ids(en));
        });

        it(`${lang}: every section has English's numbered steps and code blocks, in the same count`, () => {
          expect(stepShape(g.body), where).toEqual(stepShape(en.body));
        });

        it(`${lang}: keeps the code, the English error text and the metadata of English`, () => {
          for (const key of ['code', 'errorText', 'related', 'order']) {
            expect(g.frontmatter[key], `${where}: ${key}`).toEqual(en.frontmatter[key]);
          }
          const code = String(g.frontmatter['code']);
          if (code !== 'other') {
            expect(g.body, `${where}: mentions ${code}`).toContain(code);
            const errorText = String(g.frontmatter['errorText']);
            const texts = g.codeBlocks.filter((b) => b.lang === 'text').map((b) => b.code);
            expect(texts.some((t) => t.includes(errorText)), `${where}: a text block quotes "${errorText}"`).toBe(true);
          }
          expect((g.frontmatter['keywords'] as unknown[]).length, `${where}: keywords`).toBeGreaterThanOrEqual(5);
        });

        it(`${lang}: code blocks are commands (copyable) or output, never unmarked`, () => {
          for (const b of g.codeBlocks) expect(CODE_LANGS, `${where}:${b.line} fence language`).toContain(b.lang);
          expect(g.codeBlocks.filter((b) => COMMAND_LANGS.includes(b.lang)).length, `${where}: commands`).toBeGreaterThan(0);
        });

        it(`${lang}: links stay in the locale and resolve, with their #section`, () => {
          for (const link of g.links) {
            const m = /^\/([a-z]{2})\/errors\/([a-z0-9-]+)\/(?:#([a-z0-9-]+))?$/.exec(link);
            if (!link.startsWith('/')) {
              expect(link, `${where}: external links are https`).toMatch(/^(https:\/\/|#|mailto:)/);
              if (link.startsWith('#')) expect(ids(g), `${where}: ${link}`).toContain(link.slice(1));
              continue;
            }
            const codeLink = /^\/([a-z]{2})\/codes\/([a-z0-9-]+)\/$/.exec(link);
            if (codeLink) {
              expect(codeLink[1], `${where}: ${link} crosses locales`).toBe(lang);
              expect(codePageSlugs.has(codeLink[2]!), `${where}: ${link} is not a code page of the registry (src/codes)`).toBe(true);
              continue;
            }
            const home = /^\/([a-z]{2})\/(?:#([a-z0-9-]+))?$/.exec(link);
            if (home) {
              expect(home[1], `${where}: ${link} crosses locales`).toBe(lang);
              if (home[2]) expect(overviewIds(), `${where}: ${link}`).toContain(home[2]);
              continue;
            }
            expect(m, `${where}: internal link ${link} must be /${lang}/errors/<slug>/#id`).not.toBeNull();
            expect(m![1], `${where}: ${link} crosses locales`).toBe(lang);
            const target = `content/errors/${lang}/${m![2]}.mdx`;
            expect(existsSync(`${ROOT}${target}`), `${where}: ${link}`).toBe(true);
            if (m![3] && m![3] !== 'related') expect(ids(readContent(`${ROOT}${target}`)), `${where}: ${link}`).toContain(m![3]);
          }
        });

        it(`${lang}: uses the glossary's terms and none it rules out`, () => {
          const text = prose(g);
          for (const f of glossary[lang]?.forbidden ?? []) {
            const hit = f.pattern.exec(text);
            expect(hit?.[0], `${where}: "${f.term}": ${f.why}`).toBeUndefined();
          }
          for (const r of glossary[lang]?.required ?? []) expect(text, `${where}: uses "${r.term}"`).toMatch(r.pattern);
        });
      }
    });
  }
});

describe('overview pages', () => {
  for (const lang of langs) {
    it(`${lang}: exists with explicit heading ids identical to English`, () => {
      const path = `${ROOT}content/pages/${lang}/overview.mdx`;
      expect(existsSync(path), path).toBe(true);
      const page = readContent(path);
      const en = readContent(`${ROOT}content/pages/${defaultLang}/overview.mdx`);
      for (const h of page.headings) expect(h.id, `${path}:${h.line}`).not.toBeNull();
      expect(page.headings.filter((h) => h.depth === 2).map((h) => h.id), path).toEqual([...OVERVIEW_SECTIONS]);
      expect(ids(page)).toEqual(ids(en));
      for (const r of RETIRED_COMMANDS) expect(r.pattern.exec(page.body)?.[0], `${path}: ${r.why}`).toBeUndefined();
      if (lang === defaultLang) expect(page.frontmatter['translatedFrom'], path).toBeUndefined();
      else {
        expect(page.frontmatter['sources'], `${path}: sources are declared once, in the English file`).toBeUndefined();
        expect(page.frontmatter['translatedFrom'], `${path}: translatedFrom (npm run translation-hash -- pages/overview)`).toMatch(/^[0-9a-f]{12}$/);
      }
    });
  }
});

describe('source documents', () => {
  it('no text in content/ or src/ repeats a seed (../shared/tools/seed-overlap)', () => {
    const tool = `${ROOT}../shared/tools/seed-overlap`;
    expect(existsSync(tool), `${tool} is needed beside the repo`).toBe(true);
    let out = '';
    let status = 0;
    try {
      out = execFileSync(process.execPath, [tool, 'content', 'src'], { cwd: ROOT, encoding: 'utf8' });
    } catch (e) {
      const err = e as { status: number; stdout: string };
      status = err.status;
      out = err.stdout;
    }
    expect(status, out).toBe(0);
  });
});
