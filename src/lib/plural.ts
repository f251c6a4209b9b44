/**
 * Plural-form choice for strings rendered at build time and used in the
 * browser (for example "3 wyniki"). No i18next here: the forms come in as an
 * object and the category is chosen with `Intl.PluralRules`.
 */

/** Plural forms of one string, keyed by `Intl.PluralRules` category; `other` is required. */
export interface PluralForms {
  /** Used for exactly 0 when present (i18next's optional `_zero`). */
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

const rulesCache = new Map<string, Intl.PluralRules | null>();
const numberCache = new Map<string, Intl.NumberFormat | null>();

function rulesFor(lang: string): Intl.PluralRules | null {
  let rules = rulesCache.get(lang);
  if (rules === undefined) {
    try {
      rules = new Intl.PluralRules(lang);
    } catch {
      rules = null;
    }
    rulesCache.set(lang, rules);
  }
  return rules;
}

function numberFormatFor(lang: string): Intl.NumberFormat | null {
  let format = numberCache.get(lang);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat(lang);
    } catch {
      format = null;
    }
    numberCache.set(lang, format);
  }
  return format;
}

/**
 * Formats `count` with `Intl.NumberFormat` for `lang` (e.g. "1000" in pl,
 * "1.000" in tr, "1,000" in en); `String(count)` for an invalid locale tag.
 */
export function formatCount(lang: string, count: number): string {
  const format = numberFormatFor(lang);
  return format ? format.format(count) : String(count);
}

/**
 * Chooses the plural form for `count` in `lang` (`zero` for 0 when given,
 * else the `Intl.PluralRules` category, falling back to `other` when that
 * form is missing or the locale tag is invalid) and replaces every
 * `{{count}}` with the count formatted for the locale.
 */
export function pluralForm(lang: string, count: number, forms: PluralForms): string {
  let form: string | undefined;
  if (count === 0 && forms.zero !== undefined) {
    form = forms.zero;
  } else {
    const category = rulesFor(lang)?.select(count) ?? 'other';
    form = forms[category];
  }
  const chosen = form ?? forms.other;
  const formatted = formatCount(lang, count);
  return chosen.replace(/\{\{ ?count ?\}\}/g, () => formatted);
}
