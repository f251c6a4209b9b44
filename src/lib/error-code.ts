/**
 * Recognizes enhanced status codes (RFC 3463, `class.subject.detail`, e.g.
 * `4.4.316`) in whatever form people type or paste, and maps them to guides.
 *
 * The list of known codes is never hard-coded here: callers pass the guides
 * from the content collection as {@link GuideRef}s.
 *
 * Every regular expression is linear: no nested quantifiers, every repetition
 * bounded, and all input is capped with {@link capInput} before parsing.
 */
import { capInput } from './search-text';

/** A guide as the search knows it: its code (`"4.4.316"`, or `"other"`) and its slug. */
export interface GuideRef {
  code: string;
  slug: string;
}

/** A recognized code and the guide it leads to. */
export interface CodeMatch {
  /** Canonical `class.subject.detail`, e.g. `"4.4.316"`. */
  code: string;
  /** The basic reply code written before it (`"450"`), or null. */
  basic: string | null;
  /** True when one of the guides is about this code. */
  known: boolean;
  /** The guide's slug, or the "other" guide's slug when unknown. */
  slug: string;
}

/** A {@link CodeMatch} with its position in the (capped) text. */
export interface LocatedCode {
  match: CodeMatch;
  /** Index of the code's first character (the class digit) in the capped text. */
  start: number;
  /** Index just after the code's last digit in the capped text. */
  end: number;
}

/** The `code` of the guide to all other codes. */
export const OTHER_CODE = 'other';
/** The slug of the guide to all other codes. */
export const OTHER_SLUG = 'other-codes';

/** A guide's title as links and search show it: `4.4.316 Connection refused`; the catch-all guide's title alone. */
export function guideTitle(code: string, title: string): string {
  return code === OTHER_CODE ? title : `${code} ${title}`;
}

/** Longest input {@link normalizeCode} accepts as "just a code". */
const MAX_CODE_INPUT = 64;

/** Separator between the parts of a code: `.`, `,`, `-` (with optional spaces) or spaces. */
const SEP = '(?:[ \\t]{0,3}[.,\\-][ \\t]{0,3}|[ \\t]{1,3})';
/** Separator between the basic reply code and the enhanced code. */
const BASIC_SEP = '(?:[ \\t]{0,3}[-:][ \\t]{0,3}|[ \\t]{1,3})';

/** A whole input that is one code, with an optional basic code before it. */
const EXACT_SEPARATED = new RegExp(
  `^(?:([245]\\d\\d)${BASIC_SEP})?([245])${SEP}(\\d{1,3})${SEP}(\\d{1,3})$`,
  'd',
);
/** A whole input that is one code written as digits only (`44316`). */
const EXACT_DIGITS = /^(?:([245]\d\d)(?:[ \t]{0,3}[-:][ \t]{0,3}|[ \t]{1,3}))?([45]\d{3,4})$/d;

/** Dotted codes inside a longer text; not part of an IPv4 address, version or word. */
const DOTTED_IN_TEXT = /(?<![\w.])([245])\.(\d{1,3})\.(\d{1,3})(?![\w]|[.,:]\d)/g;
/** Codes with other separators inside a longer text (only taken when known). */
const SEPARATED_IN_TEXT = new RegExp(
  `(?<![\\w.,:])([245])${SEP}(\\d{1,3})${SEP}(\\d{1,3})(?![\\w]|[.,:\\-]\\d)`,
  'g',
);
/** Digit-only codes inside a longer text (only taken when known). */
const DIGITS_IN_TEXT = /(?<![\w.,:\-])([245]\d{3,5})(?![\w]|[.,:\-]\d)/g;

/** A basic reply code right before a code (tested on a short slice ending at the code). */
const BASIC_BEFORE = /(?:^|[^\w.:])([245]\d\d)(?:[ \t]{0,3}[-:][ \t]{0,3}|[ \t]{1,3})$/;
/** Words that make a dotted number a version rather than a code. */
const VERSION_BEFORE =
  /(?:^|[^\w])(?:v|ver|version|release|build|rev|revision|firmware|kernel|node|npm)\.?[ \t:]{0,3}$/i;
/** A time right after a dotted number makes it a date (`5.4.24 10:15`). */
const TIME_AFTER = /^[ \t]{1,3}\d{1,2}:\d\d/;

/** Strips one leading `#` and quote/bracket and one trailing `.`/punctuation/quote/bracket. */
function stripWrapping(raw: string): string {
  let s = raw.trim();
  if (s.startsWith('#')) s = s.slice(1).trimStart();
  if (/^['"([{]/.test(s)) s = s.slice(1).trimStart();
  if (/['")\]}]$/.test(s)) s = s.slice(0, -1).trimEnd();
  if (/[.,;:!?]$/.test(s)) s = s.slice(0, -1).trimEnd();
  return s;
}

/** Canonical number text of a 1-3 digit part (`"04"` -> `"4"`). */
function part(digits: string): string {
  return String(Number.parseInt(digits, 10));
}

/** `class.subject.detail` from three digit strings. */
function joinCode(cls: string, subject: string, detail: string): string {
  return `${part(cls)}.${part(subject)}.${part(detail)}`;
}

/** The digits of a canonical code (`"4.4.316"` -> `"44316"`). */
function compact(code: string): string {
  return code.replace(/\./g, '');
}

interface ExactParse {
  code: string;
  basic: string | null;
  /** Digits only, as typed (for matching against known codes first). */
  digits: string | null;
  /** Start and end of the code (without the basic code) in `raw`. */
  start: number;
  end: number;
}

/** Parses an input that is exactly one code (after trimming wrapping); null otherwise. */
function parseExact(raw: string): ExactParse | null {
  if (raw.length > MAX_CODE_INPUT * 2) return null;
  const s = stripWrapping(raw);
  if (s === '' || s.length > MAX_CODE_INPUT) return null;
  // stripWrapping only removes characters from the ends, so `s` occurs in `raw`.
  const offset = raw.indexOf(s);
  const sep = EXACT_SEPARATED.exec(s);
  if (sep) {
    const [, basic, cls, subject, detail] = sep;
    if (cls === undefined || subject === undefined || detail === undefined) return null;
    const start = offset + (sep.indices?.[2]?.[0] ?? 0);
    return {
      code: joinCode(cls, subject, detail),
      basic: basic ?? null,
      digits: null,
      start,
      end: offset + s.length,
    };
  }
  const dig = EXACT_DIGITS.exec(s);
  if (dig) {
    const [, basic, digits] = dig;
    if (digits === undefined) return null;
    const start = offset + (dig.indices?.[2]?.[0] ?? 0);
    // Digits only: class 4 or 5, one-digit subject, detail of 2-3 digits
    // without a leading zero. 3-digit numbers are basic reply codes, not codes.
    const detail = digits.slice(2);
    if (detail.startsWith('0')) return null;
    return {
      code: `${digits.charAt(0)}.${digits.charAt(1)}.${detail}`,
      basic: basic ?? null,
      digits,
      start,
      end: offset + s.length,
    };
  }
  return null;
}

/**
 * Returns the canonical `class.subject.detail` for an input that is one code,
 * as people type it: `4.4.316`, `450 4.4.316`, `450-4.4.316`, `44316`,
 * `4 4 316`, `4,4,316`, `4-4-316`, `#4.4.316`, `4.4.316.`, with surrounding
 * whitespace. Class is 2, 4 or 5; subject and detail 1-3 digits. Digit-only
 * input is read as class, one-digit subject, 2-3 digit detail. Null for
 * anything else (including a bare basic code like `450`).
 */
export function normalizeCode(raw: string): string | null {
  if (typeof raw !== 'string') return null;
  return parseExact(raw)?.code ?? null;
}

/** `"4.4.316"` -> `"4-4-316"`, `"other"` -> `"other-codes"`; other forms are normalized first. */
export function codeToSlug(code: string): string {
  if (code.trim().toLowerCase() === OTHER_CODE) return OTHER_SLUG;
  const canonical = normalizeCode(code) ?? code.trim();
  return canonical.replace(/\./g, '-');
}

/** The inverse of {@link codeToSlug}: `"4-4-316"` -> `"4.4.316"`, `"other-codes"` -> `"other"`; `undefined` for anything else. */
export function slugToCode(slug: string): string | undefined {
  if (slug === OTHER_SLUG) return OTHER_CODE;
  return /^[245]-\d{1,3}-\d{1,3}$/.test(slug) ? slug.replace(/-/g, '.') : undefined;
}

/** Lookup tables built from the guides passed in. */
interface GuideIndex {
  bySlug: Map<string, string>;
  byDigits: Map<string, string>;
  otherSlug: string;
}

function indexGuides(guides: readonly GuideRef[]): GuideIndex {
  const bySlug = new Map<string, string>();
  const byDigits = new Map<string, string>();
  let otherSlug = OTHER_SLUG;
  for (const guide of guides) {
    if (guide.code === OTHER_CODE) {
      otherSlug = guide.slug;
      continue;
    }
    const code = normalizeCode(guide.code);
    if (code === null || bySlug.has(code)) continue;
    bySlug.set(code, guide.slug);
    byDigits.set(compact(code), code);
  }
  return { bySlug, byDigits, otherSlug };
}

function toMatch(code: string, basic: string | null, index: GuideIndex): CodeMatch {
  const slug = index.bySlug.get(code);
  return slug === undefined
    ? { code, basic, known: false, slug: index.otherSlug }
    : { code, basic, known: true, slug };
}

/** The basic reply code written right before `start`, if any. */
function basicBefore(text: string, start: number): string | null {
  const slice = text.slice(Math.max(0, start - 12), start);
  return BASIC_BEFORE.exec(slice)?.[1] ?? null;
}

interface Candidate {
  start: number;
  end: number;
  code: string;
  basic: string | null;
  /** 1 = dotted with basic code, 2 = dotted known, 3 = other form known, 4 = dotted unknown. */
  tier: number;
}

/**
 * Finds the first code in `text` (capped first) with its position. Preference,
 * earliest match within each: a dotted code after a basic reply code
 * (`450 4.4.316`, `550 5.7.1`); a dotted known code; a known code in another
 * form (`44316`, `4 4 316`, `4-4-316`); any other well-formed dotted code.
 * IPv4 addresses, longer dotted numbers, versions (`version 2.1.0`), dates
 * followed by a time, ports and socket error numbers are not taken.
 */
export function locateCode(text: string, guides: readonly GuideRef[]): LocatedCode | null {
  const input = capInput(text).text;
  const index = indexGuides(guides);

  // The whole input is one code, as typed into a search box.
  const exact = input.length <= MAX_CODE_INPUT * 2 ? parseExact(input) : null;
  if (exact) {
    let code = exact.code;
    if (exact.digits !== null) code = index.byDigits.get(exact.digits) ?? code;
    return { match: toMatch(code, exact.basic, index), start: exact.start, end: exact.end };
  }

  let best: Candidate | null = null;
  const consider = (c: Candidate): void => {
    if (best === null || c.tier < best.tier || (c.tier === best.tier && c.start < best.start)) {
      best = c;
    }
  };

  for (const m of input.matchAll(DOTTED_IN_TEXT)) {
    const [whole, cls, subject, detail] = m;
    if (cls === undefined || subject === undefined || detail === undefined) continue;
    const start = m.index;
    const end = start + whole.length;
    const code = joinCode(cls, subject, detail);
    const basic = basicBefore(input, start);
    const known = index.bySlug.has(code);
    if (basic !== null) {
      consider({ start, end, code, basic, tier: 1 });
    } else if (known) {
      consider({ start, end, code, basic, tier: 2 });
    } else {
      const before = input.slice(Math.max(0, start - 16), start);
      const after = input.slice(end, end + 12);
      if (!VERSION_BEFORE.test(before) && !TIME_AFTER.test(after)) {
        consider({ start, end, code, basic, tier: 4 });
      }
    }
  }

  if (index.bySlug.size > 0) {
    for (const m of input.matchAll(SEPARATED_IN_TEXT)) {
      const [whole, cls, subject, detail] = m;
      if (cls === undefined || subject === undefined || detail === undefined) continue;
      const code = joinCode(cls, subject, detail);
      if (!index.bySlug.has(code)) continue;
      const start = m.index;
      consider({ start, end: start + whole.length, code, basic: basicBefore(input, start), tier: 3 });
    }
    for (const m of input.matchAll(DIGITS_IN_TEXT)) {
      const digits = m[1];
      if (digits === undefined) continue;
      const code = index.byDigits.get(digits);
      if (code === undefined) continue;
      const start = m.index;
      consider({ start, end: start + digits.length, code, basic: basicBefore(input, start), tier: 3 });
    }
  }

  const found = best as Candidate | null;
  if (found === null) return null;
  return { match: toMatch(found.code, found.basic, index), start: found.start, end: found.end };
}

/**
 * Finds the first enhanced status code in `text` — a typed code or one inside
 * a pasted bounce line, message trace or NDR — and the guide it leads to.
 * Digit-only forms are matched against the known codes first. Well-formed
 * unknown codes give `known: false` and the "other" guide's slug. See
 * {@link locateCode} for the preference rules.
 */
export function findCode(text: string, guides: readonly GuideRef[]): CodeMatch | null {
  return locateCode(text, guides)?.match ?? null;
}
