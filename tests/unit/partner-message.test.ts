/**
 * The wizard's message for a partner's administrators (src/lib/partner-message.ts):
 * for every guide, English, the placeholders the wizard fills, and the ask
 * that fits the guide's code.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { HandoffStrings } from '../../src/lib/decode/handoff';
import { OTHER_CODE } from '../../src/lib/error-code';
import { codeFamily } from '../../src/lib/likely-cause';
import { PARTNER_PLACEHOLDERS, partnerAsk, partnerMessage } from '../../src/lib/partner-message';
import { PLACEHOLDER } from '../../src/lib/code-block';
import { GUIDES } from '../support/guides';

const en = JSON.parse(readFileSync(new URL('../../src/i18n/locales/en/decode.json', import.meta.url), 'utf8'));
const strings: HandoffStrings = { ...en.handoff.template, tokens: en.tokens };

describe('partner message', () => {
  for (const { code } of GUIDES) {
    const own = code === OTHER_CODE ? null : code;
    it(`${code}: every template filled, the placeholders marked, the ask that fits`, () => {
      const m = partnerMessage(own, strings);
      const all = `${m.subject}\n${m.body}`;
      expect(all).not.toMatch(/\{\{/);
      expect(m.subject).toContain(own ?? PARTNER_PLACEHOLDERS.code);
      for (const ph of [PARTNER_PLACEHOLDERS.line, PARTNER_PLACEHOLDERS.host, PARTNER_PLACEHOLDERS.ip, PARTNER_PLACEHOLDERS.time]) expect(all).toContain(ph);
      // The code blocks' placeholder rule marks each of them, so the wizard can fill them.
      const marked = new Set([...all.matchAll(PLACEHOLDER)].map((x) => `<${x[1]}>`));
      for (const ph of Object.values(PARTNER_PLACEHOLDERS)) if (all.includes(ph)) expect(marked).toContain(ph);
      expect(m.body).toContain(strings.ask[partnerAsk(own)]);
      expect(m.body.startsWith(strings.greeting['recipient-admin'])).toBe(true);
      expect(m.body.trimEnd().endsWith(strings.closing)).toBe(true);
    });
  }

  it('asks about the certificate as a whole for a certificate code, by cause family otherwise', () => {
    for (const { code } of GUIDES) {
      if (code === OTHER_CODE) continue;
      const family = codeFamily(code);
      expect(partnerAsk(code)).toBe(family === null ? 'code' : family.startsWith('cert-') ? 'certificate' : family);
    }
    expect(partnerAsk('4.7.320')).toBe('certificate');
    expect(partnerAsk(null)).toBe('code');
    expect(partnerAsk('5.1.1')).toBe('code');
  });
});
