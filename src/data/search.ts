/**
 * Build-time data for the search element: the locale's guides with their
 * titles (published as /{lang}/guides.json) and their cause sections
 * (/{lang}/guide-causes.json), and every string it shows, from i18next.
 */
import { render } from 'astro:content';
import { defaultLang, localeInfo, type Lang } from '../i18n/config';
import { pluralForms, useTranslations } from '../i18n';
import { guideTitle } from '../lib/error-code';
import { packGuide, type GuideCauses, type PackedGuide, type SearchConfig, type SearchGuide } from '../lib/search-config';
import { codePath, codesDataPath, localizedPath } from '../lib/url';
import { SUBJECTS } from '../lib/code-registry';
import { guideCausesUrl, guidesFor, guidesUrl } from './guides';
import { underBase } from './base';

interface GuideEntry {
  code: string;
  slug: string;
  /** The guide's own title, without the code. */
  title: string;
  causes: Record<string, string>;
}

const cache = new Map<Lang, Promise<GuideEntry[]>>();

async function load(lang: Lang): Promise<GuideEntry[]> {
  const guides = await guidesFor(lang);
  return Promise.all(
    guides.map(async ({ slug, entry }) => {
      const { headings } = await render(entry);
      const causes: Record<string, string> = {};
      for (const h of headings) {
        if (h.slug === 'causes' || (h.depth === 3 && h.slug.startsWith('cause-'))) causes[h.slug] = h.text;
      }
      return { code: entry.data.code, slug, title: entry.data.title, causes };
    }),
  );
}

function entries(lang: Lang): Promise<GuideEntry[]> {
  let guides = cache.get(lang);
  if (guides === undefined) {
    guides = load(lang);
    cache.set(lang, guides);
  }
  return guides;
}

/** The guides of one locale as the search shows them, in guide order. */
export async function searchGuides(lang: Lang): Promise<SearchGuide[]> {
  return (await entries(lang)).map(({ code, slug, title }) => ({ code, slug, title: guideTitle(code, title) }));
}

/** The cause headings of each guide, as `/{lang}/guide-causes.json` publishes them (read back by parseGuideCauses). */
export async function guideCauses(lang: Lang): Promise<GuideCauses> {
  return Object.fromEntries((await entries(lang)).map((g) => [g.slug, g.causes]));
}

/** The same list as `/{lang}/guides.json` publishes it (read back by parseSearchGuides). */
export async function packedSearchGuides(lang: Lang): Promise<PackedGuide[]> {
  return (await entries(lang)).map(packGuide);
}

/** Everything the search element needs, for one locale (the guides by URL: see src/pages/[lang]/guides.json.ts). */
export function searchConfig(lang: Lang): SearchConfig {
  const ts = useTranslations(lang, 'search');
  const tc = useTranslations(lang, 'codes');
  return {
    lang,
    intl: localeInfo(lang).intl,
    pagefind: underBase('/pagefind/pagefind.js'),
    searchPath: localizedPath(lang, '/search/'),
    englishSearchPath: lang === defaultLang ? null : localizedPath(defaultLang, '/search/'),
    guides: guidesUrl(lang),
    causes: guideCausesUrl(lang),
    codes: underBase(codesDataPath(lang)),
    codesIndex: codePath(lang),
    help: [
      { href: localizedPath(lang, '/troubleshoot/'), title: ts('results.help.wizard') },
      { href: codePath(lang), title: ts('results.help.codes') },
      { href: localizedPath(lang, '/decode/'), title: ts('results.help.decode') },
    ],
    codeStrings: {
      codePage: tc('search.codePage'),
      expired: tc('search.expired', { code: '{{code}}', twin: '{{twin}}' }),
      unregistered: tc('search.unregistered', { code: '{{code}}' }),
      unregisteredTitle: tc('search.unregisteredTitle', { cls: '{{cls}}', className: '{{className}}', subject: '{{subject}}', subjectName: '{{subjectName}}' }),
      unknownSubject: tc('search.unknownSubject'),
      nearest: tc('search.nearest', { title: '{{title}}' }),
      basic: tc('search.basic', { code: '{{code}}' }),
      classes: { '2': tc('class.2'), '4': tc('class.4'), '5': tc('class.5') },
      subjects: SUBJECTS.map((s) => tc(`subject.${s}`)),
    },
    strings: {
      results: pluralForms(lang, 'search', 'results.count'),
      resultsLabel: ts('results.label'),
      none: ts('results.none'),
      helpTitle: ts('results.help.title'),
      inEnglish: ts('results.inEnglish'),
      loading: ts('results.loading'),
      error: ts('results.error'),
      cut: ts('results.cut'),
      goToGuide: ts('code.goToGuide'),
      noGuide: ts('code.noGuide', { code: '{{code}}' }),
      analysisTitle: ts('analysis.title'),
      code: ts('analysis.code'),
      server: ts('analysis.server'),
      ip: ts('analysis.ip'),
      port: ts('analysis.port'),
      socket: ts('analysis.socket'),
      socket10060: ts('analysis.socket10060'),
      socket10061: ts('analysis.socket10061'),
      likelyCause: ts('analysis.likelyCause'),
    },
  };
}
