/**
 * The data the search element gets from the page: the locale, where the
 * Pagefind bundle, the search pages and the locale's guide list are, and
 * every interface string, rendered at build time from i18next. Rendered as
 * JSON by src/components/SearchForm.astro and read back with
 * {@link parseSearchConfig}. The guide list itself (for code recognition
 * without waiting for the index) grows with the number of codes, so it is
 * not in the page: it is published once per locale (`/{lang}/guides.json`)
 * and read back with {@link parseSearchGuides}.
 */
import { codeToSlug, guideTitle, type GuideRef } from './error-code';
import type { PluralForms } from './plural';

/** A guide as the search shows it. */
export interface SearchGuide extends GuideRef {
  /** The guide's title as its page shows it (`4.4.316 Połączenie odrzucone`). */
  title: string;
}

/**
 * `/{lang}/guide-causes.json`: the heading text of each guide's `#causes` and
 * `#cause-…` sections, by guide slug and section id. Apart from the guide
 * list because only a pasted line's likely cause needs it, and it is most of
 * the list's weight (a code lookup fetches the list, not this).
 */
export type GuideCauses = Record<string, Record<string, string>>;

/** Every string the search element shows. */
export interface SearchStrings {
  results: PluralForms;
  resultsLabel: string;
  none: string;
  /** Above the other ways in when nothing is found. */
  helpTitle: string;
  inEnglish: string;
  loading: string;
  error: string;
  cut: string;
  goToGuide: string;
  /** With `{{code}}`. */
  noGuide: string;
  analysisTitle: string;
  code: string;
  server: string;
  ip: string;
  port: string;
  socket: string;
  socket10060: string;
  socket10061: string;
  likelyCause: string;
}

export interface SearchConfig {
  /** Locale code (`pl`), used in paths. */
  lang: string;
  /** BCP 47 tag for plural rules and number formatting (`pl-PL`). */
  intl: string;
  /** URL of Pagefind's `pagefind.js`. */
  pagefind: string;
  /** This locale's search page (`/pl/search/`). */
  searchPath: string;
  /** The English search page, or null on English pages. */
  englishSearchPath: string | null;
  /** URL of the locale's guide list (`/pl/guides.json`), an array of {@link PackedGuide}. */
  guides: string;
  /** URL of the cause headings per guide (`/pl/guide-causes.json`, {@link GuideCauses}), fetched for a pasted line only. */
  causes: string;
  /** URL of the locale's code registry (`/pl/codes.json`, see src/lib/code-list.ts). */
  codes: string;
  /** URL of the codes index (`/pl/codes/`). */
  codesIndex: string;
  /** Where to go when nothing is found (troubleshooter, codes index, decoder), with their titles. */
  help: { href: string; title: string }[];
  strings: SearchStrings;
  codeStrings: CodeStrings;
}

/** What search says about codes from the registry (namespace `codes`, `search.*`). */
export interface CodeStrings {
  codePage: string;
  /** With `{{code}}`, `{{twin}}`. */
  expired: string;
  /** With `{{code}}`. */
  unregistered: string;
  /** With `{{cls}}`, `{{className}}`, `{{subject}}`, `{{subjectName}}`. */
  unregisteredTitle: string;
  unknownSubject: string;
  /** With `{{title}}`. */
  nearest: string;
  /** With `{{code}}`. */
  basic: string;
  /** Class names by class digit (`"4"`). */
  classes: Record<string, string>;
  /** Subject names, by subject number 0–7. */
  subjects: string[];
}

const CODE_STRING_KEYS = ['codePage', 'expired', 'unregistered', 'unregisteredTitle', 'unknownSubject', 'nearest', 'basic'] as const satisfies readonly (keyof CodeStrings)[];

function parseCodeStrings(value: unknown): CodeStrings | null {
  if (!isObject(value)) return null;
  const out: Partial<CodeStrings> = {};
  for (const key of CODE_STRING_KEYS) {
    const v = value[key];
    if (!isString(v)) return null;
    out[key] = v;
  }
  const { classes, subjects } = value;
  if (!isObject(classes) || !['2', '4', '5'].every((c) => isString(classes[c]))) return null;
  if (!Array.isArray(subjects) || subjects.length !== 8 || !subjects.every(isString)) return null;
  return { ...(out as Omit<CodeStrings, 'classes' | 'subjects'>), classes: classes as Record<string, string>, subjects };
}

const STRING_KEYS = [
  'resultsLabel',
  'none',
  'helpTitle',
  'inEnglish',
  'loading',
  'error',
  'cut',
  'goToGuide',
  'noGuide',
  'analysisTitle',
  'code',
  'server',
  'ip',
  'port',
  'socket',
  'socket10060',
  'socket10061',
  'likelyCause',
] as const satisfies readonly (keyof SearchStrings)[];

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function parseForms(value: unknown): PluralForms | null {
  if (!isObject(value) || !isString(value['other'])) return null;
  const forms: PluralForms = { other: value['other'] };
  for (const key of ['zero', 'one', 'two', 'few', 'many'] as const) {
    const form = value[key];
    if (isString(form)) forms[key] = form;
  }
  return forms;
}

/**
 * A guide as `/{lang}/guides.json` carries it, compact because the list grows
 * with the number of codes: `[code, title]`, plus the slug when it is not the
 * one {@link codeToSlug} gives. The title is the guide's own, without the code.
 */
export type PackedGuide = [code: string, title: string, slug?: string];

/** Packs one guide for `/{lang}/guides.json` (`title`: the guide's own, without the code). */
export function packGuide(guide: GuideRef & { title: string }): PackedGuide {
  const packed: PackedGuide = [guide.code, guide.title];
  if (codeToSlug(guide.code) !== guide.slug) packed.push(guide.slug);
  return packed;
}

/** Reads `/{lang}/guides.json` back; null when it is not a list of well-formed packed guides. */
export function parseSearchGuides(data: unknown): SearchGuide[] | null {
  if (!Array.isArray(data)) return null;
  const list: SearchGuide[] = [];
  for (const item of data) {
    if (!Array.isArray(item) || item.length < 2 || item.length > 3) return null;
    const [code, title, slug = isString(code) ? codeToSlug(code) : null] = item as unknown[];
    if (!isString(code) || !isString(title) || !isString(slug)) return null;
    list.push({ code, slug, title: guideTitle(code, title) });
  }
  return list;
}

/** Reads `/{lang}/guide-causes.json` back, keeping only string headings; null when it is not an object of objects. */
export function parseGuideCauses(data: unknown): GuideCauses | null {
  if (!isObject(data)) return null;
  const causes: GuideCauses = {};
  for (const [slug, sections] of Object.entries(data)) {
    if (!isObject(sections)) return null;
    const headings: Record<string, string> = {};
    for (const [id, text] of Object.entries(sections)) if (isString(text)) headings[id] = text;
    causes[slug] = headings;
  }
  return causes;
}

/**
 * Reads the JSON the page rendered; null when it is missing a field or has
 * one of the wrong type (the element then stays a plain form).
 */
export function parseSearchConfig(json: string): SearchConfig | null {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isObject(data)) return null;
  const { lang, intl, pagefind, searchPath, englishSearchPath, guides, causes, codes, codesIndex, strings } = data;
  if (!isString(lang) || !isString(intl) || !isString(pagefind) || !isString(searchPath)) return null;
  if (englishSearchPath !== null && !isString(englishSearchPath)) return null;
  if (!isString(guides) || !isString(causes) || !isString(codes) || !isString(codesIndex) || !isObject(strings)) return null;
  const help = data['help'];
  if (!Array.isArray(help) || !help.every((h) => isObject(h) && isString(h['href']) && isString(h['title']))) return null;
  const codeStrings = parseCodeStrings(data['codeStrings']);
  if (codeStrings === null) return null;
  const results = parseForms(strings['results']);
  if (results === null) return null;
  const parsed: Partial<SearchStrings> = { results };
  for (const key of STRING_KEYS) {
    const value = strings[key];
    if (!isString(value)) return null;
    parsed[key] = value;
  }
  return {
    lang,
    intl,
    pagefind,
    searchPath,
    englishSearchPath,
    guides,
    causes,
    codes,
    codesIndex,
    help: help.map((h: Record<string, string>) => ({ href: h['href']!, title: h['title']! })),
    strings: parsed as SearchStrings,
    codeStrings,
  };
}
