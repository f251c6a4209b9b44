import { describe, expect, it } from 'vitest';
import { fitDescription, inlineParts, plainText, seenForClass } from '../../src/lib/code-text';

describe('inlineParts', () => {
  it('splits backticked spans out, keeping the rest as text', () => {
    expect(inlineParts('Run `Get-AcceptedDomain` then `Get-OutboundConnector`.')).toEqual([
      { code: false, text: 'Run ' },
      { code: true, text: 'Get-AcceptedDomain' },
      { code: false, text: ' then ' },
      { code: true, text: 'Get-OutboundConnector' },
      { code: false, text: '.' },
    ]);
  });
  it('leaves an unpaired backtick and plain text alone', () => {
    expect(inlineParts('a ` b')).toEqual([{ code: false, text: 'a ` b' }]);
    expect(inlineParts('')).toEqual([]);
    expect(plainText('x `y` z')).toBe('x y z');
  });
});

describe('seenForClass', () => {
  const seen = ['450 4.4.316 Connection refused', '550 5.4.316 Message expired, connection refused', 'QUEUE.Expired'];
  it('keeps the lines of the class and those without a code', () => {
    expect(seenForClass(seen, 4)).toEqual([seen[0], seen[2]]);
    expect(seenForClass(seen, 5)).toEqual([seen[1], seen[2]]);
    expect(seenForClass(undefined, 5)).toEqual([]);
  });
});

describe('fitDescription', () => {
  it('keeps short text and cuts long text at a sentence, else a word', () => {
    expect(fitDescription('Short.')).toBe('Short.');
    const sentences = `${'A'.repeat(100)}. ${'B'.repeat(100)}.`;
    expect(fitDescription(sentences)).toBe(`${'A'.repeat(100)}.`);
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const cut = fitDescription(words, 80);
    expect(cut.length).toBeLessThanOrEqual(80);
    expect(cut.endsWith('…')).toBe(true);
    expect(words.startsWith(cut.slice(0, -1))).toBe(true);
  });
});
