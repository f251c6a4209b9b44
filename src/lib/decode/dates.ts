/**
 * Dates as mail systems print them: RFC 5322 (`Tue, 1 Dec 2026 10:55:35 +0000`),
 * ISO 8601 (`2026-12-01T10:55:35.123Z`), Exchange's US form
 * (`12/1/2026 10:55:35 AM`) and the day-first forms of localized reports
 * (`1.12.2026 10:55:35`, `01/12/2026 10:55`). Found in a text, and read into a
 * time for sorting when that can be done; the text is always kept as written.
 * Every regular expression is linear.
 */

/** A date found in a text. */
export interface FoundDateText {
  text: string;
  /** Milliseconds since the epoch, UTC unless the text names a zone; null when unreadable. */
  time: number | null;
  index: number;
  end: number;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** Zone names RFC 5322 allows (obsolete forms) and the usual `UTC`. */
const ZONES: Readonly<Record<string, number>> = {
  ut: 0, utc: 0, gmt: 0, z: 0, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
};

const TIME = '(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,7})?)?';

/** `[Day, ]D Mon YYYY HH:MM[:SS] [zone]` */
const RFC5322 = new RegExp(
  `(?<![\\w])(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6},?[ \\t]{1,3})?(\\d{1,2})[ \\t]{1,3}(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}[ \\t]{1,3}(\\d{4})[ \\t]{1,3}${TIME}(?:[ \\t]{0,3}([+-]\\d{4}|UTC|UT|GMT|[ECMP][SD]T)(?![\\w]))?(?:[ \\t]{0,3}\\([A-Za-z ]{1,40}\\))?`,
  'gi',
);
/** `YYYY-MM-DD[T ]HH:MM[:SS[.fff]][Z|±HH:MM]` */
const ISO = new RegExp(`(?<![\\w-])(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]${TIME}(Z|[+-]\\d{2}:?\\d{2})?)?(?![\\w]|-\\d)`, 'gi');
/** `M/D/YYYY h:mm[:ss] AM`, `D.M.YYYY HH:mm[:ss]`, `D/M/YYYY HH:mm`, `YYYY/MM/DD HH:mm` */
const NUMERIC = new RegExp(
  `(?<![\\w./-])(\\d{1,4})([./])(\\d{1,2})\\2(\\d{2,4})(?:,?[ \\t]{1,3}${TIME}(?:[ \\t]{0,2}([AaPp])\\.?[Mm]\\.?)?(?:[ \\t]{0,3}(UTC|GMT|Z)(?![\\w]))?)?(?![\\w]|[./]\\d)`,
  'g',
);

function utc(y: number, mo: number, d: number, h: number, mi: number, s: number): number | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return null;
  const t = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(t);
  return back.getUTCDate() === d ? t : null;
}

function offsetMinutes(zone: string | undefined): number {
  if (zone === undefined) return 0;
  const z = zone.toLowerCase();
  if (z in ZONES) return ZONES[z] ?? 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

const num = (s: string | undefined): number => (s === undefined ? 0 : Number.parseInt(s, 10));

function fromRfc(m: RegExpMatchArray): number | null {
  const month = MONTHS[(m[2] ?? '').slice(0, 3).toLowerCase()];
  if (month === undefined) return null;
  const t = utc(num(m[3]), month, num(m[1]), num(m[4]), num(m[5]), num(m[6]));
  return t === null ? null : t - offsetMinutes(m[7]) * 60_000;
}

function fromIso(m: RegExpMatchArray): number | null {
  const t = utc(num(m[1]), num(m[2]), num(m[3]), num(m[4]), num(m[5]), num(m[6]));
  return t === null ? null : t - offsetMinutes(m[7]) * 60_000;
}

function fromNumeric(m: RegExpMatchArray): number | null {
  const [a, sep, b, c] = [m[1] ?? '', m[2], m[3] ?? '', m[4] ?? ''];
  let hour = num(m[5]);
  const ampm = m[8]?.toLowerCase();
  if (ampm !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (ampm === 'p' ? 12 : 0);
  }
  const minute = num(m[6]);
  const second = num(m[7]);
  let year: number;
  let month: number;
  let day: number;
  if (a.length === 4) {
    // YYYY/MM/DD
    [year, month, day] = [num(a), num(b), num(c)];
  } else {
    if (c.length === 3 || a.length > 2) return null;
    year = c.length === 2 ? 2000 + num(c) : num(c);
    const first = num(a);
    const second_ = num(b);
    // Exchange's US form has AM/PM; dots are day-first; slashes without AM/PM are
    // day-first unless that cannot be (13/1 is day-first, 1/13 month-first).
    const monthFirst = sep === '/' && (ampm !== undefined ? first <= 12 : first <= 12 && second_ > 12);
    [month, day] = monthFirst ? [first, second_] : [second_, first];
  }
  if (m[5] === undefined) return utc(year, month, day, 0, 0, 0);
  return utc(year, month, day, hour, minute, second);
}

/** Every date in `text`, in order, overlapping matches dropped (the earliest, longest wins); at most `limit`. */
export function findDates(text: string, limit = 64): FoundDateText[] {
  const all: FoundDateText[] = [];
  const add = (m: RegExpMatchArray, time: number | null): void => {
    all.push({ text: m[0].trim(), time, index: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  };
  for (const m of text.matchAll(RFC5322)) add(m, fromRfc(m));
  for (const m of text.matchAll(ISO)) add(m, fromIso(m));
  for (const m of text.matchAll(NUMERIC)) {
    // A bare D.M.YY without a time is too easily a version number.
    if (m[5] === undefined && (m[4] ?? '').length !== 4) continue;
    add(m, fromNumeric(m));
  }
  all.sort((x, y) => x.index - y.index || y.end - x.end);
  const out: FoundDateText[] = [];
  let last = -1;
  for (const d of all) {
    if (d.index < last) continue;
    out.push(d);
    last = d.end;
    if (out.length >= limit) break;
  }
  return out;
}

/** The first date in `text` (as {@link findDates} reads it), or null. */
export function parseDate(text: string): FoundDateText | null {
  return findDates(text, 1)[0] ?? null;
}
