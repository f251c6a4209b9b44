/**
 * The wizard's ready-to-send message for a partner organization's mail
 * administrators (reviews/ux.md, finding 7): the decoder's hand-off template
 * (./decode/handoff.ts, in English, which partners read), with placeholders
 * where the wizard cannot know the evidence at build time. <wizard-flow>
 * fills `<smart-host>`, `<ip-address>`, `<error-line>` and `<status-code>` from a paste in the
 * page; `<utc-time>` stays for the reader.
 *
 * Pure, no DOM.
 */
import { composeHandoff, type AskKey, type Handoff, type HandoffStrings } from './decode/handoff';
import { codeFamily } from './likely-cause';

/** The placeholders of the message, as the code blocks mark them (`.ph[data-ph]`). */
export const PARTNER_PLACEHOLDERS = {
  line: '<error-line>',
  host: '<smart-host>',
  ip: '<ip-address>',
  time: '<utc-time>',
  code: '<status-code>',
} as const;

/**
 * What the message asks the partner to check, for a guide's code: its
 * cause family (4.4.316 → refused), `certificate` for 4.7.320 (the wizard's
 * partner result does not know which certificate fault it is), `code` else.
 */
export function partnerAsk(code: string | null): AskKey {
  if (code === null) return 'code';
  const family = codeFamily(code);
  if (family === null) return 'code';
  return family.startsWith('cert-') ? 'certificate' : family;
}

/**
 * The message for the partner's administrators about `code` (a guide's code,
 * or null for the other-codes guide): subject and body, from `strings`
 * (the English hand-off templates), with the placeholders above.
 */
export function partnerMessage(code: string | null, strings: HandoffStrings): Handoff {
  const p = PARTNER_PLACEHOLDERS;
  return composeHandoff(
    {
      code: code ?? p.code,
      server: p.host,
      since: p.time,
      error: p.line,
      inner: null,
      address: `${p.ip}:25`,
      time: p.time,
      recipient: null,
      token: null,
      meaning: null,
      twin: null,
    },
    partnerAsk(code),
    'm365-to-server',
    strings,
    'recipient-admin',
  );
}
