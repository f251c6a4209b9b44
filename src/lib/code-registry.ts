/**
 * Reading the code registry (src/codes/entries.ts): the pages it gives, lookups
 * by code (ranges included), twins, the explained answer for a code nobody
 * registered, and the checks that make a broken entry fail the build with the
 * entry and the field named.
 *
 * Pure: the entries and texts are passed in, so the same functions serve the
 * build (src/data/codes.ts), the browser (with the packed list of
 * /{lang}/codes.json) and the tests.
 */
import type { CodeClass, CodeDef, CodeText, Subject } from '../codes/types';

/** Where the registry lives, for error messages. */
export const REGISTRY_FILE = 'src/codes/entries.ts';

/** The subjects of RFC 3463, in order; also the groups of the codes index (`#subject-addressing`). */
export const SUBJECTS = [
  'other',
  'addressing',
  'mailbox',
  'mail-system',
  'network',
  'protocol',
  'content',
  'security',
] as const satisfies readonly string[];

/** The key of a subject (`addressing`), used in ids and interface strings. */
export type SubjectKey = (typeof SUBJECTS)[number];

/** The classes, in order. */
export const CLASSES = [2, 4, 5] as const satisfies readonly CodeClass[];

/** An entry id split up: `X.7.500-699` → subject 7, details 500…699. */
export interface ParsedId {
  subject: Subject;
  from: number;
  to: number;
}

const ID = /^X\.([0-7])\.(\d{1,3})(?:-(\d{1,3}))?$/;

/** Parses an entry id (`X.2.2`, `X.7.500-699`); null when malformed. */
export function parseEntryId(id: string): ParsedId | null {
  const m = ID.exec(id);
  if (!m) return null;
  const subject = Number(m[1]) as Subject;
  const from = Number(m[2]);
  const to = m[3] === undefined ? from : Number(m[3]);
  if (String(from) !== m[2] || (m[3] !== undefined && String(to) !== m[3]) || to <= from && m[3] !== undefined) return null;
  return { subject, from, to };
}

/** What the lookups need of an entry (the build has whole {@link CodeDef}s, the browser packed rows). */
export type RegistryEntry = Pick<CodeDef, 'id' | 'classes'> & { readonly guide?: CodeDef['guide'] };

/** One page of the registry: an entry in one class. */
export interface CodePage<E extends RegistryEntry = CodeDef> {
  /** `4.2.2`, or a range `4.7.500-699`. */
  code: string;
  cls: CodeClass;
  subject: Subject;
  /** First and last detail (equal for a single code). */
  from: number;
  to: number;
  /** URL segment: `4-2-2`, `4-7-500-699`. */
  slug: string;
  entry: E;
}

/** The URL segment of a page's code: `4.2.2` → `4-2-2`, `4.7.500-699` → `4-7-500-699`. */
export function codePageSlug(code: string): string {
  return code.replace(/\./g, '-');
}

/** A page's code as people read it: `4.2.2`, a range `4.7.500–4.7.699`. */
export function displayCode(page: Pick<CodePage, 'code' | 'cls' | 'subject' | 'from' | 'to'>): string {
  return page.from === page.to ? page.code : `${page.cls}.${page.subject}.${page.from}–${page.cls}.${page.subject}.${page.to}`;
}

/** A code as registered for one class: `X.2.2` in class 4 → `4.2.2`. */
export function codeInClass(id: string, cls: CodeClass): string {
  return `${cls}${id.slice(1)}`;
}

/** Every page of the registry, in registry order, each entry's classes in order. */
export function codePages<E extends RegistryEntry>(entries: readonly E[]): CodePage<E>[] {
  const pages: CodePage<E>[] = [];
  for (const entry of entries) {
    const parsed = parseEntryId(entry.id);
    if (parsed === null) continue;
    for (const cls of entry.classes) {
      const code = codeInClass(entry.id, cls);
      pages.push({ code, cls, subject: parsed.subject, from: parsed.from, to: parsed.to, slug: codePageSlug(code), entry });
    }
  }
  return pages;
}

/** Lookups over the registry's pages. */
export interface CodeIndex<E extends RegistryEntry = CodeDef> {
  pages: readonly CodePage<E>[];
  /** The page of a canonical code (`4.7.550` finds `4.7.500-699`) or of a range as written (`4.7.500-699`); a single code wins over a range. */
  find(code: string): CodePage<E> | undefined;
  /** The page of the same entry in the other failure class (4 ↔ 5), if registered. */
  twin(page: CodePage<E>): CodePage<E> | undefined;
}

const CANONICAL = /^([245])\.(\d{1,3})\.(\d{1,3})(?:-(\d{1,3}))?$/;

/** Builds the lookups once (O(pages)); each lookup is O(1) for single codes, O(ranges of the subject) for range members. */
export function createCodeIndex<E extends RegistryEntry>(entries: readonly E[]): CodeIndex<E> {
  const pages = codePages(entries);
  const exact = new Map<string, CodePage<E>>();
  const ranges: CodePage<E>[] = [];
  for (const page of pages) {
    if (!exact.has(page.code)) exact.set(page.code, page);
    if (page.to !== page.from) ranges.push(page);
  }
  const find = (code: string): CodePage<E> | undefined => {
    const hit = exact.get(code);
    if (hit !== undefined) return hit;
    const m = CANONICAL.exec(code);
    if (!m || m[4] !== undefined) return undefined;
    const cls = Number(m[1]);
    const subject = Number(m[2]);
    const detail = Number(m[3]);
    // The narrowest range that holds the detail.
    let best: CodePage<E> | undefined;
    for (const r of ranges) {
      if (r.cls === cls && r.subject === subject && r.from <= detail && detail <= r.to) {
        if (best === undefined || r.to - r.from < best.to - best.from) best = r;
      }
    }
    return best;
  };
  const twin = (page: CodePage<E>): CodePage<E> | undefined => {
    if (page.cls === 2) return undefined;
    const other = page.cls === 4 ? 5 : 4;
    return page.entry.classes.includes(other) ? exact.get(codeInClass(page.entry.id, other)) : undefined;
  };
  return { pages, find, twin };
}

/** What the site can say about a code. */
export type CodeAnswer<E extends RegistryEntry = CodeDef> =
  | { kind: 'registered'; page: CodePage<E> }
  | {
      kind: 'unregistered';
      code: string;
      cls: CodeClass;
      /** The subject when it is one of RFC 3463's (0–7), else null. */
      subject: Subject | null;
      /** The nearest page: the subject's "other" code in that class (`5.7.0`), else the class's `X.0.0`; null when neither exists. */
      nearest: CodePage<E> | null;
    };

/**
 * Resolves a canonical code (`5.9.213`, as normalizeCode gives it) against
 * the registry: its page, or, for a code nobody registered, its class and
 * subject and the nearest page.
 */
export function resolveCode<E extends RegistryEntry>(index: CodeIndex<E>, code: string): CodeAnswer<E> | null {
  const m = CANONICAL.exec(code);
  if (!m || m[4] !== undefined) return null;
  const page = index.find(code);
  if (page !== undefined) return { kind: 'registered', page };
  const cls = Number(m[1]) as CodeClass;
  const s = Number(m[2]);
  const subject = s <= 7 ? (s as Subject) : null;
  const nearest = (subject !== null ? index.find(`${cls}.${subject}.0`) : undefined) ?? index.find(`${cls}.0.0`) ?? null;
  return { kind: 'unregistered', code, cls, subject, nearest };
}

/** Where a guide's sections are, for the checks: guide code (`4.4.316`, `other`) → its section ids. */
export type GuideSections = ReadonlyMap<string, ReadonlySet<string>>;

/** Backticked spans of a text (`Get-AcceptedDomain`), which must be the same in every locale. */
export function codeSpans(text: string): string[] {
  return [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
}

function textSpans(t: CodeText): string[] {
  const all = [t.title, t.meaning, ...t.causes, ...t.steps, ...Object.values(t.classNotes ?? {})];
  return all.flatMap(codeSpans).sort();
}

/**
 * Every problem in the registry, as `file: entry: field "…": problem` lines
 * (empty when it is sound): ids, names, classes, actors, related codes,
 * guides and their sections (when `guides` is given), and per locale a
 * complete text for every entry, no empty field, the same backticked code
 * spans as English, class notes only for the entry's classes.
 */
export function validateRegistry(
  entries: readonly CodeDef[],
  texts: Readonly<Record<string, Readonly<Record<string, CodeText | undefined>>>>,
  options: { sourceLang: string; guides?: GuideSections } = { sourceLang: 'en' },
): string[] {
  const problems: string[] = [];
  const at = (id: string, field: string, problem: string) => problems.push(`${REGISTRY_FILE}: ${id}: field "${field}": ${problem}`);
  const ids = new Set<string>();
  for (const e of entries) {
    if (parseEntryId(e.id) === null) at(e.id, 'id', 'must be X.subject.detail (subject 0-7) or X.subject.first-last, e.g. "X.4.316"');
    if (ids.has(e.id)) at(e.id, 'id', 'is registered twice');
    ids.add(e.id);
    if (typeof e.name !== 'string' || e.name.trim().length < 3) at(e.id, 'name', 'is missing (the official English name)');
    if (e.classes.length === 0) at(e.id, 'classes', 'is empty');
    if (new Set(e.classes).size !== e.classes.length) at(e.id, 'classes', 'lists a class twice');
    if (e.actors.length === 0) at(e.id, 'actors', 'is empty');
    if (e.source === 'iana' && !e.reference) at(e.id, 'reference', 'is required for an IANA entry');
  }
  const index = createCodeIndex(entries);
  for (const e of entries) {
    for (const rel of e.related ?? []) {
      if (index.find(rel) === undefined) at(e.id, 'related', `"${rel}" is not a registered code`);
      else if (e.classes.some((c) => codeInClass(e.id, c) === rel)) at(e.id, 'related', `"${rel}" is the entry itself`);
    }
    if (e.guide && options.guides) {
      const sections = options.guides.get(e.guide.code);
      if (sections === undefined) at(e.id, 'guide', `no guide has the code "${e.guide.code}"`);
      else if (e.guide.section !== undefined && !sections.has(e.guide.section)) {
        at(e.id, 'guide.section', `the guide ${e.guide.code} has no section "#${e.guide.section}"`);
      }
    }
  }
  const source = texts[options.sourceLang] ?? {};
  for (const [lang, byId] of Object.entries(texts)) {
    const file = `src/codes/text/${lang}.ts`;
    const bad = (id: string, field: string, problem: string) => problems.push(`${file}: ${id}: field "${field}": ${problem}`);
    for (const id of Object.keys(byId)) if (!ids.has(id)) bad(id, 'id', 'is not an entry of the registry');
    for (const e of entries) {
      const t = byId[e.id];
      if (t === undefined) {
        bad(e.id, 'id', 'has no text');
        continue;
      }
      if (!t.title?.trim()) bad(e.id, 'title', 'is empty');
      if (!t.meaning?.trim() || t.meaning.trim().length < 20) bad(e.id, 'meaning', 'is empty or too short');
      if (t.causes.length === 0 || t.causes.some((c) => !c.trim())) bad(e.id, 'causes', 'is empty or has an empty item');
      if (t.steps.length === 0 || t.steps.some((s) => !s.trim())) bad(e.id, 'steps', 'is empty or has an empty item');
      for (const [cls, note] of Object.entries(t.classNotes ?? {})) {
        if (!e.classes.includes(Number(cls) as CodeClass)) bad(e.id, `classNotes.${cls}`, `the entry has no class ${cls}`);
        if (!note?.trim()) bad(e.id, `classNotes.${cls}`, 'is empty');
      }
      const en = source[e.id];
      if (lang !== options.sourceLang && en !== undefined) {
        const mine = textSpans(t).join('\u0000');
        const theirs = textSpans(en).join('\u0000');
        if (mine !== theirs) bad(e.id, 'code spans', `the backticked texts differ from ${options.sourceLang} (they are verbatim in every locale)`);
        const notes = Object.keys(t.classNotes ?? {}).sort().join();
        const enNotes = Object.keys(en.classNotes ?? {}).sort().join();
        if (notes !== enNotes) bad(e.id, 'classNotes', `has notes for classes [${notes}], ${options.sourceLang} for [${enNotes}]`);
      }
    }
  }
  return problems;
}
