import { describe, expect, it } from 'vitest';
import { fitTitle } from '../../src/lib/page-title';

describe('fitTitle', () => {
  it('keeps short titles as they are (whitespace folded)', () => {
    expect(fitTitle('  4.4.316:  Zapora  sieciowa ', 54)).toBe('4.4.316: Zapora sieciowa');
  });

  it('cuts long titles at a word boundary with an ellipsis, within the limit', () => {
    const long = '4.4.316: Czy serwer odbierający należy do Ciebie, czy do organizacji partnerskiej?';
    const out = fitTitle(long, 54);
    expect(out.length).toBeLessThanOrEqual(54);
    expect(out.endsWith('…')).toBe(true);
    expect(long.startsWith(out.slice(0, -1))).toBe(true);
    expect(out).toBe('4.4.316: Czy serwer odbierający należy do Ciebie…');
  });

  it('cuts inside a single long word when there is no space to cut at', () => {
    const out = fitTitle('x'.repeat(100), 20);
    expect(out).toBe(`${'x'.repeat(19)}…`);
  });
});
