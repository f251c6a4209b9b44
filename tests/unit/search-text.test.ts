import { describe, expect, it } from 'vitest';
import { capInput, foldText, lowerFor, MAX_INPUT } from '../../src/lib/search-text';

function timeMs(fn: () => unknown): number {
  fn();
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

describe('foldText: Turkish', () => {
  it.each([
    ['İSTANBUL', 'istanbul'],
    ['IŞIK', 'isik'],
    ['ILIK', 'ilik'],
    ['İç Geçiş', 'ic gecis'],
    ['Bağlayıcı', 'baglayici'],
    ['BAĞLAYICI', 'baglayici'],
    ['Bağlantı zaman aşımına uğradı', 'baglanti zaman asimina ugradi'],
    ['güvenlik duvarı', 'guvenlik duvari'],
    ['Şirket içi', 'sirket ici'],
    ['Kuyruğa alınmış', 'kuyruga alinmis'],
    ['AKILLI KONAK', 'akilli konak'],
  ])('%j -> %j', (input, folded) => {
    expect(foldText(input, 'tr')).toBe(folded);
  });

  it('accepts a region subtag', () => {
    expect(foldText('İSTANBUL', 'tr-TR')).toBe('istanbul');
    expect(foldText('IŞIK', 'TR')).toBe('isik');
  });

  it('folds Turkish letters the same way outside the Turkish locale', () => {
    // Generic lowercasing gives i + combining dot for İ; the dot is removed.
    expect(foldText('İSTANBUL', 'en')).toBe('istanbul');
    expect(foldText('Bağlayıcı', 'en')).toBe('baglayici');
    expect(foldText('İ', 'pl')).toBe('i');
  });

  it('leaves no combining marks and no dotless ı behind', () => {
    const folded = foldText('İIıi ĞğŞşÇçÖöÜü', 'tr');
    expect(folded).toBe('iiii ggssccoouu');
    expect(folded).not.toMatch(/[\u0300-\u036f\u0131]/);
  });
});

describe('foldText: Polish', () => {
  it.each([
    ['Łącznik', 'lacznik'],
    ['łącznik', 'lacznik'],
    ['ŁĄCZNIKI', 'laczniki'],
    ['POŁĄCZENIAMI', 'polaczeniami'],
    ['Połączenie odrzucone', 'polaczenie odrzucone'],
    ['Zażółć gęślą jaźń', 'zazolc gesla jazn'],
    ['przekroczono limit czasu połączenia', 'przekroczono limit czasu polaczenia'],
    ['Przepływ poczty > Łączniki', 'przeplyw poczty > laczniki'],
  ])('%j -> %j', (input, folded) => {
    expect(foldText(input, 'pl')).toBe(folded);
  });

  it('folds ł in every locale', () => {
    expect(foldText('Łódź', 'en')).toBe('lodz');
    expect(foldText('Łódź', 'tr')).toBe('lodz');
  });
});

describe('foldText: general', () => {
  it('collapses and trims whitespace, including CRLF and tabs', () => {
    expect(foldText('  450 \t 4.4.316\r\n\r\nConnection   refused  ', 'en')).toBe('450 4.4.316 connection refused');
  });

  it('keeps digits and punctuation', () => {
    expect(foldText('450-4.4.316 [Message=10061]', 'en')).toBe('450-4.4.316 [message=10061]');
  });

  it('returns an empty string for empty or whitespace-only input', () => {
    expect(foldText('', 'en')).toBe('');
    expect(foldText(' \r\n\t ', 'tr')).toBe('');
  });

  it('does not throw on an invalid or empty locale tag', () => {
    expect(foldText('Łącznik', 'not a tag!!')).toBe('lacznik');
    expect(foldText('Łącznik', '')).toBe('lacznik');
  });

  it('keeps scripts whose letters NFD decomposes (NFC again at the end)', () => {
    expect(foldText('한국어', 'ko')).toBe('한국어');
    expect(foldText('Café', 'fr')).toBe('cafe');
  });

  it('keeps characters outside the BMP intact', () => {
    expect(foldText('Fehler 😀 ŁĄ', 'pl')).toBe('fehler 😀 la');
  });

  it('folds 100,000 characters within 50 ms', () => {
    const input = 'Łącznik İSTANBUL 4.4.316 '.repeat(4_000);
    expect(input.length).toBe(100_000);
    expect(timeMs(() => foldText(input, 'tr'))).toBeLessThan(50);
  });
});

describe('capInput', () => {
  it('leaves short text alone', () => {
    expect(capInput('450 4.4.316')).toEqual({ text: '450 4.4.316', truncated: false });
    expect(capInput('')).toEqual({ text: '', truncated: false });
  });

  it('defaults to 2,000 characters', () => {
    expect(MAX_INPUT).toBe(2000);
    expect(capInput('a'.repeat(2000))).toEqual({ text: 'a'.repeat(2000), truncated: false });
    expect(capInput('a'.repeat(2001))).toEqual({ text: 'a'.repeat(2000), truncated: true });
  });

  it('takes a custom limit', () => {
    expect(capInput('abcdef', 3)).toEqual({ text: 'abc', truncated: true });
    expect(capInput('abc', 3)).toEqual({ text: 'abc', truncated: false });
    expect(capInput('abc', 0)).toEqual({ text: '', truncated: true });
  });

  it('never splits a surrogate pair', () => {
    const result = capInput(`${'a'.repeat(1999)}😀b`);
    expect(result).toEqual({ text: 'a'.repeat(1999), truncated: true });
    const small = capInput('😀😀😀', 3);
    expect(small).toEqual({ text: '😀', truncated: true });
    expect(capInput('😀😀', 4)).toEqual({ text: '😀😀', truncated: false });
    expect(capInput('a😀', 3)).toEqual({ text: 'a😀', truncated: false });
  });

  it('does not leave a lone surrogate at the end', () => {
    for (let max = 1; max <= 9; max += 1) {
      const { text } = capInput('x😀y😀😀z', max);
      const last = text.charCodeAt(text.length - 1);
      expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
      expect(text.length).toBeLessThanOrEqual(max);
    }
  });

  it('treats a nonsense limit as the default and non-strings as empty', () => {
    expect(capInput('a'.repeat(2001), Number.NaN)).toEqual({ text: 'a'.repeat(2000), truncated: true });
    expect(capInput('abcdef', 2.9)).toEqual({ text: 'ab', truncated: true });
    expect(capInput(null as unknown as string)).toEqual({ text: '', truncated: false });
  });

  it('caps 100,000 characters within 50 ms', () => {
    const input = '4.4.'.repeat(25_000);
    expect(timeMs(() => capInput(input))).toBeLessThan(50);
  });
});

describe('lowerFor', () => {
  it('lowercases with Turkish and Azerbaijani rules for I and İ', () => {
    for (const lang of ['tr', 'tr-TR', 'az', 'AZ_az']) expect(lowerFor('IŞIK İZMİR', lang), lang).toBe('ışık izmir');
  });

  it('lowercases other locales with their own (Unicode default) rules', () => {
    expect(lowerFor('IŞIK İ', 'en')).toBe('işik i̇');
    expect(lowerFor('ŁĄCZNIK', 'pl-PL')).toBe('łącznik');
  });

  it('falls back to the root locale on an empty or malformed tag', () => {
    expect(lowerFor('ABC', '')).toBe('abc');
    expect(lowerFor('ABC', 'not a tag!')).toBe('abc');
  });
});
