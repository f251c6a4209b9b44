/** The light plan of a code typed alone must be exactly the full planner's, and must step aside for anything else. */
import { describe, expect, it } from 'vitest';
import { CODE_PREFIX, codeOnlyPlan } from '../../src/lib/code-plan';
import { planSearch } from '../../src/lib/search-plan';
import { entries } from '../../src/codes';
import { createCodeIndex } from '../../src/lib/code-registry';
import { GUIDES } from '../support/guides';

describe('codeOnlyPlan', () => {
  // Every code the registry has a page for, in the forms people type, plus unregistered and expired forms.
  // A range page (`4.7.500-699`) is checked through its first member.
  const codes = [...createCodeIndex(entries).pages.map((p) => `${p.cls}.${p.subject}.${p.from}`), '5.9.213', '5.4.316', '4.4.999'];
  const forms = (c: string) => [c, `550 ${c}`, `450-${c}`, c.replace(/\./g, ' '), c.replace(/\./g, '-'), ` ${c}. `, `#${c}`];

  it('has codes to check', () => expect(codes.length).toBeGreaterThan(100));

  it('gives the same plan as planSearch for every code alone, in every form', () => {
    for (const c of codes) {
      for (const input of forms(c)) {
        const quick = codeOnlyPlan(input, GUIDES);
        if (quick === null) continue; // a form the code reader does not take alone: planSearch answers it
        expect(quick, input).toEqual(planSearch(input, 'en', GUIDES));
      }
    }
    // The common forms are all taken.
    for (const input of ['4.4.316', '44316', '450 4.4.316', '4-4-316', '550 5.4.316']) expect(codeOnlyPlan(input, GUIDES), input).not.toBeNull();
  });

  it.each([
    ['a pasted line', '450 4.4.316 Connection refused [Message=Socket error code 10061]'],
    ['a socket error number', '10061'],
    ['an IP address', '203.0.113.5'],
    ['a code with words', '4.4.316 firewall'],
    ['a basic code alone', '550'],
    ['words', 'connector'],
    ['nothing', ''],
  ])('steps aside for %s', (_, input) => {
    expect(codeOnlyPlan(input, GUIDES)).toBeNull();
  });

  it('CODE_PREFIX takes what may be a code being typed, not words or lines', () => {
    for (const t of ['4', '44', '4.4.3', '450 4', '5-7-6']) expect(CODE_PREFIX.test(t), t).toBe(true);
    for (const t of ['4.4.316 fire', 'connector', '450 4.4.316 Connection refused']) expect(CODE_PREFIX.test(t), t).toBe(false);
  });
});
