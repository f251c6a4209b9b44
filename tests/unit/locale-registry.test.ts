import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { defaultLang, isLang, langs, localeInfo, locales } from '../../src/i18n/config';
import { ROOT } from '../support/content-files';

describe('locale registry', () => {
  it('has unique codes and a default among them', () => {
    expect(new Set(langs).size).toBe(langs.length);
    expect(langs).toContain(defaultLang);
  });

  it('gives every locale a native name, a valid Intl tag and a direction', () => {
    for (const l of locales) {
      expect(l.name.length).toBeGreaterThan(1);
      expect(Intl.getCanonicalLocales(l.intl)[0]).toBe(l.intl);
      expect(['ltr', 'rtl']).toContain(l.dir);
      expect(() => new Intl.DateTimeFormat(l.intl, l.dateFormat).format(new Date())).not.toThrow();
    }
    expect(localeInfo('pl').name).toBe('Polski');
    expect(localeInfo('tr').name).toBe('Türkçe');
  });

  it('recognises locale codes and rejects others', () => {
    expect(isLang('pl')).toBe(true);
    expect(isLang('xx')).toBe(false);
    expect(isLang('PL')).toBe(false);
    expect(isLang(undefined)).toBe(false);
    expect(() => localeInfo('xx' as never)).toThrow(/Unknown locale/);
  });

  it('matches the translation and content folders exactly', () => {
    const i18n = readdirSync(`${ROOT}src/i18n/locales`).sort();
    const content = readdirSync(`${ROOT}content/errors`).sort();
    expect(i18n).toEqual([...langs].sort());
    expect(content).toEqual([...langs].sort());
  });
});
