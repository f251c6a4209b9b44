/**
 * The code registry: every enhanced status code the site has a page for, as
 * data. The one place a code is defined; pages, search, the decoder, the
 * wizard, the sitemap and the tests read it (through src/lib/code-registry.ts
 * and src/data/codes.ts). Each entry's text in each locale is in
 * src/codes/text/{lang}.ts, keyed by `id`.
 *
 * Facts: the IANA "SMTP Enhanced Status Codes" registry (every IANA entry is
 * here, with its official name and reference) and Microsoft's documentation of
 * Exchange Online's own codes (`source: 'microsoft'`). `classes`: the
 * classes a code is used with (each is a page: X.2.2 gives 4.2.2 and 5.2.2);
 * 2 is listed where the registry names a success reply for it.
 *
 * Checked at build time and by tests/unit/code-registry.test.ts
 * (validateRegistry in src/lib/code-registry.ts): a bad id, an empty name, a
 * related code that is not registered, a guide or section that does not exist
 * fail with the entry and the field named.
 *
 * `wizard`: the troubleshooting wizard's questions for a code that has a deep
 * guide of its own (src/lib/wizard-tree.ts turns them into the steps
 * `/{lang}/troubleshoot/{id}/`; see WizardBranch in ./types). The start
 * question lists these codes in the order below, then "other"
 * ({@link otherWizard}); a code with a guide of its own but no `wizard` gets
 * the generic branch.
 */
import type { CodeDef, WizardBranch } from './types';

export const entries = [
  // ── IANA registry (RFC 3463, RFC 5248 and later) ───────────────────────
  { id: 'X.0.0', classes: [2, 4, 5], name: 'Other undefined Status', source: 'iana', reference: '[RFC3463]', actors: ['recipient-admin'] },
  { id: 'X.1.0', classes: [4, 5], name: 'Other address status', source: 'iana', reference: '[RFC3463]', m365: true, actors: ['sender', 'you'], related: ['5.1.1'] },
  { id: 'X.1.1', classes: [4, 5], name: 'Bad destination mailbox address', source: 'iana', reference: '[RFC3463]', m365: true, seen: ["550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"], actors: ['sender', 'recipient-admin'], related: ['5.1.10', '5.4.1'] },
  { id: 'X.1.2', classes: [4, 5], name: 'Bad destination system address', source: 'iana', reference: '[RFC3463]', actors: ['sender', 'dns-host'], related: ['5.4.310'] },
  { id: 'X.1.3', classes: [4, 5], name: 'Bad destination mailbox address syntax', source: 'iana', reference: '[RFC3463]', actors: ['sender', 'recipient-admin'] },
  { id: 'X.1.4', classes: [4, 5], name: 'Destination mailbox address ambiguous', source: 'iana', reference: '[RFC3463]', actors: ['sender', 'recipient-admin'] },
  { id: 'X.1.5', classes: [2], name: 'Destination address valid', source: 'iana', reference: '[RFC3463]', actors: ['sender', 'recipient-admin'] },
  { id: 'X.1.6', classes: [4, 5], name: 'Destination mailbox has moved, No forwarding address', source: 'iana', reference: '[RFC3463]', actors: ['sender', 'recipient-admin'] },
  { id: 'X.1.7', classes: [4, 5], name: 'Bad sender\'s mailbox address syntax', source: 'iana', reference: '[RFC3463]', actors: ['sender', 'recipient-admin'] },
  { id: 'X.1.8', classes: [4, 5], name: 'Bad sender\'s system address', source: 'iana', reference: '[RFC3463]', m365: true, actors: ['you'], related: ['5.1.90', '5.2.121'] },
  { id: 'X.1.9', classes: [4, 5], name: 'Message relayed to non-compliant mailer', source: 'iana', reference: '[RFC3886]', actors: ['sender', 'recipient-admin'] },
  { id: 'X.1.10', classes: [4, 5], name: 'Recipient address has null MX', source: 'iana', reference: '[RFC7505]', m365: true, actors: ['sender', 'you'], related: ['5.1.1', '5.4.1'] },
  { id: 'X.2.0', classes: [4, 5], name: 'Other or undefined mailbox status', source: 'iana', reference: '[RFC3463]', actors: ['recipient-admin'] },
  { id: 'X.2.1', classes: [4, 5], name: 'Mailbox disabled, not accepting messages', source: 'iana', reference: '[RFC3463]', actors: ['recipient-admin'] },
  { id: 'X.2.2', classes: [4, 5], name: 'Mailbox full', source: 'iana', reference: '[RFC3463]', m365: true, actors: ['recipient-admin'], related: ['5.2.121', '5.2.122'] },
  { id: 'X.2.3', classes: [4, 5], name: 'Message length exceeds administrative limit', source: 'iana', reference: '[RFC3463]', actors: ['sender', 'recipient-admin'], related: ['5.3.4'] },
  { id: 'X.2.4', classes: [4, 5], name: 'Mailing list expansion problem', source: 'iana', reference: '[RFC3463]', actors: ['recipient-admin'] },
  { id: 'X.3.0', classes: [2, 4, 5], name: 'Other or undefined mail system status', source: 'iana', reference: '[RFC3463]', actors: ['recipient-admin'] },
  { id: 'X.3.1', classes: [4, 5], name: 'Mail system full', source: 'iana', reference: '[RFC3463]', actors: ['recipient-admin'] },
  { id: 'X.3.2', classes: [4, 5], name: 'System not accepting network messages', source: 'iana', reference: '[RFC3463]', m365: true, actors: ['recipient-admin'], related: ['5.2.121'] },
  { id: 'X.3.3', classes: [4, 5], name: 'System not capable of selected features', source: 'iana', reference: '[RFC3463]', actors: ['recipient-admin'] },
  { id: 'X.3.4', classes: [4, 5], name: 'Message too big for system', source: 'iana', reference: '[RFC3463]', actors: ['sender', 'recipient-admin'], related: ['5.2.3'] },
  { id: 'X.3.5', classes: [4, 5], name: 'System incorrectly configured', source: 'iana', reference: '[RFC3463]', actors: ['recipient-admin'] },
  { id: 'X.3.6', classes: [2], name: 'Requested priority was changed', source: 'iana', reference: '[RFC6710]', actors: ['recipient-admin'] },
  { id: 'X.4.0', classes: [4, 5], name: 'Other or undefined network or routing status', source: 'iana', reference: '[RFC3463]', m365: true, seen: ["451 4.4.0 Socket error SocketError", "451 4.4.0 TLS negotiation failed with error"], actors: ['you', 'network-team'], related: ['4.4.317', '4.4.397'] },
  { id: 'X.4.1', classes: [4, 5], name: 'No answer from host', source: 'iana', reference: '[RFC3463]', m365: true, seen: ["550 5.4.1 Recipient address rejected: Access denied. AS(201806281)", "550 5.4.1 Relay Access Denied"], actors: ['you', 'sender'], related: ['5.1.10', '5.1.1', '4.4.315'] },
  { id: 'X.4.2', classes: [4, 5], name: 'Bad connection', source: 'iana', reference: '[RFC3463]', m365: true, seen: ["421 4.4.2 Connection dropped due to SocketError"], actors: ['you', 'network-team'], related: ['4.4.318'] },
  { id: 'X.4.3', classes: [4, 5], name: 'Directory server failure', source: 'iana', reference: '[RFC3463]', actors: ['recipient-admin', 'dns-host'], related: ['4.4.312'] },
  { id: 'X.4.4', classes: [4, 5], name: 'Unable to route', source: 'iana', reference: '[RFC3463]', actors: ['you', 'dns-host'], related: ['5.4.310', '4.4.312'] },
  { id: 'X.4.5', classes: [4, 5], name: 'Mail system congestion', source: 'iana', reference: '[RFC3463]', actors: ['you', 'recipient-admin', 'network-team'] },
  { id: 'X.4.6', classes: [4, 5], name: 'Routing loop detected', source: 'iana', reference: '[RFC3463]', m365: true, seen: ["Hop count exceeded - possible mail loop"], actors: ['you'], related: ['5.4.14'] },
  { id: 'X.4.7', classes: [4, 5], name: 'Delivery time expired', source: 'iana', reference: '[RFC3463]', m365: true, seen: ["QUEUE.Expired"], actors: ['you', 'recipient-admin'], related: ['5.4.300', '4.4.316', '4.4.315'] },
  { id: 'X.5.0', classes: [2, 4, 5], name: 'Other or undefined protocol status', source: 'iana', reference: '[RFC3463]', m365: true, actors: ['sender', 'recipient-admin'] },
  { id: 'X.5.1', classes: [4, 5], name: 'Invalid command', source: 'iana', reference: '[RFC3463]', actors: ['you'] },
  { id: 'X.5.2', classes: [4, 5], name: 'Syntax error', source: 'iana', reference: '[RFC3463]', actors: ['you'] },
  { id: 'X.5.3', classes: [4, 5], name: 'Too many recipients', source: 'iana', reference: '[RFC3463]', m365: true, actors: ['sender'] },
  { id: 'X.5.4', classes: [4, 5], name: 'Invalid command arguments', source: 'iana', reference: '[RFC3463]', actors: ['you'] },
  { id: 'X.5.5', classes: [4, 5], name: 'Wrong protocol version', source: 'iana', reference: '[RFC3463]', actors: ['you'] },
  { id: 'X.5.6', classes: [4, 5], name: 'Authentication Exchange line is too long', source: 'iana', reference: '[RFC4954]', actors: ['you'] },
  { id: 'X.6.0', classes: [4, 5], name: 'Other or undefined media error', source: 'iana', reference: '[RFC3463]', actors: ['sender'] },
  { id: 'X.6.1', classes: [4, 5], name: 'Media not supported', source: 'iana', reference: '[RFC3463]', actors: ['sender'] },
  { id: 'X.6.2', classes: [4, 5], name: 'Conversion required and prohibited', source: 'iana', reference: '[RFC3463]', actors: ['sender'] },
  { id: 'X.6.3', classes: [4, 5], name: 'Conversion required but not supported', source: 'iana', reference: '[RFC3463]', actors: ['sender'] },
  { id: 'X.6.4', classes: [2], name: 'Conversion with loss performed', source: 'iana', reference: '[RFC3463]', actors: ['sender'] },
  { id: 'X.6.5', classes: [4, 5], name: 'Conversion Failed', source: 'iana', reference: '[RFC3463]', actors: ['sender'] },
  { id: 'X.6.6', classes: [4, 5], name: 'Message content not available', source: 'iana', reference: '[RFC4468]', actors: ['sender'] },
  { id: 'X.6.7', classes: [4, 5], name: 'Non-ASCII addresses not permitted for that sender/recipient', source: 'iana', reference: '[RFC6531]', actors: ['sender'] },
  { id: 'X.6.8', classes: [2, 4, 5], name: 'UTF-8 string reply is required, but not permitted by the SMTP client', source: 'iana', reference: '[RFC6531]', actors: ['sender'] },
  { id: 'X.6.9', classes: [4, 5], name: 'UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected', source: 'iana', reference: '[RFC6531]', actors: ['sender'] },
  { id: 'X.6.10', classes: [4, 5], name: 'Deprecated: a duplicate of X.6.8 (the registry gives it no name)', source: 'iana', reference: '[RFC6531]', actors: ['sender'] },
  { id: 'X.7.0', classes: [2, 4, 5], name: 'Other or undefined security status', source: 'iana', reference: '[RFC3463]', actors: ['sender', 'you'] },
  { id: 'X.7.1', classes: [4, 5], name: 'Delivery not authorized, message refused', source: 'iana', reference: '[RFC3463]', m365: true, seen: ["550 5.7.1 Unable to relay"], actors: ['sender', 'recipient-admin', 'you'], related: ['5.7.64', '5.7.12', '5.7.57'] },
  { id: 'X.7.2', classes: [4, 5], name: 'Mailing list expansion prohibited', source: 'iana', reference: '[RFC3463]', actors: ['sender', 'you'] },
  { id: 'X.7.3', classes: [4, 5], name: 'Security conversion required but not possible', source: 'iana', reference: '[RFC3463]', m365: true, seen: ["451 5.7.3 STARTTLS is required to send mail"], actors: ['recipient-admin', 'you'], related: ['4.4.317', '4.7.320'] },
  { id: 'X.7.4', classes: [4, 5], name: 'Security features not supported', source: 'iana', reference: '[RFC3463]', actors: ['sender', 'you'] },
  { id: 'X.7.5', classes: [4, 5], name: 'Cryptographic failure', source: 'iana', reference: '[RFC3463]', m365: true, actors: ['recipient-admin'], related: ['4.4.8', '4.7.320'] },
  { id: 'X.7.6', classes: [4, 5], name: 'Cryptographic algorithm not supported', source: 'iana', reference: '[RFC3463]', actors: ['sender', 'you'] },
  { id: 'X.7.7', classes: [4, 5], name: 'Message integrity failure', source: 'iana', reference: '[RFC3463]', actors: ['sender', 'you'] },
  { id: 'X.7.8', classes: [4, 5], name: 'Authentication credentials invalid', source: 'iana', reference: '[RFC4954]', actors: ['sender', 'you'] },
  { id: 'X.7.9', classes: [4, 5], name: 'Authentication mechanism is too weak', source: 'iana', reference: '[RFC4954]', actors: ['sender', 'you'] },
  { id: 'X.7.10', classes: [4, 5], name: 'Encryption Needed', source: 'iana', reference: '[RFC5248]', actors: ['sender', 'you'] },
  { id: 'X.7.11', classes: [4, 5], name: 'Encryption required for requested authentication mechanism', source: 'iana', reference: '[RFC4954]', actors: ['sender', 'you'] },
  { id: 'X.7.12', classes: [4, 5], name: 'A password transition is needed', source: 'iana', reference: '[RFC4954]', m365: true, actors: ['sender', 'recipient-admin'], related: ['5.7.1', '5.7.133'] },
  { id: 'X.7.13', classes: [4, 5], name: 'User Account Disabled', source: 'iana', reference: '[RFC5248]', m365: true, actors: ['recipient-admin'], related: ['5.7.133', '5.7.134'] },
  { id: 'X.7.14', classes: [4, 5], name: 'Trust relationship required', source: 'iana', reference: '[RFC5248]', actors: ['sender', 'you'] },
  { id: 'X.7.15', classes: [4, 5], name: 'Priority Level is too low', source: 'iana', reference: '[RFC6710]', actors: ['sender', 'you'] },
  { id: 'X.7.16', classes: [4, 5], name: 'Message is too big for the specified priority', source: 'iana', reference: '[RFC6710]', actors: ['sender', 'you'] },
  { id: 'X.7.17', classes: [4, 5], name: 'Mailbox owner has changed', source: 'iana', reference: '[RFC7293]', actors: ['sender', 'you'] },
  { id: 'X.7.18', classes: [4, 5], name: 'Domain owner has changed', source: 'iana', reference: '[RFC7293]', actors: ['sender', 'you'] },
  { id: 'X.7.19', classes: [4, 5], name: 'RRVS test cannot be completed', source: 'iana', reference: '[RFC7293]', actors: ['sender', 'you'] },
  { id: 'X.7.20', classes: [4, 5], name: 'No passing DKIM signature found', source: 'iana', reference: '[RFC7372]', actors: ['sender', 'you'] },
  { id: 'X.7.21', classes: [4, 5], name: 'No acceptable DKIM signature found', source: 'iana', reference: '[RFC7372]', actors: ['sender', 'you'] },
  { id: 'X.7.22', classes: [4, 5], name: 'No valid author-matched DKIM signature found', source: 'iana', reference: '[RFC7372]', actors: ['sender', 'you'] },
  { id: 'X.7.23', classes: [4, 5], name: 'SPF validation failed', source: 'iana', reference: '[RFC7372]', m365: true, actors: ['sender', 'dns-host'], related: ['5.7.509', '5.7.515'] },
  { id: 'X.7.24', classes: [4, 5], name: 'SPF validation error', source: 'iana', reference: '[RFC7372]', actors: ['sender', 'you'] },
  { id: 'X.7.25', classes: [4, 5], name: 'Reverse DNS validation failed', source: 'iana', reference: '[RFC7372], Section 3.3', m365: true, actors: ['sender', 'dns-host'], related: ['4.7.26'] },
  { id: 'X.7.26', classes: [4, 5], name: 'Multiple authentication checks failed', source: 'iana', reference: '[RFC7372]', m365: true, actors: ['sender', 'dns-host'], related: ['5.7.23', '5.7.25'] },
  { id: 'X.7.27', classes: [4, 5], name: 'Sender address has null MX', source: 'iana', reference: '[RFC7505]', actors: ['sender', 'you'] },
  { id: 'X.7.28', classes: [4, 5], name: 'Mail flood detected', source: 'iana', reference: '[draft-levine-mailbomb-header]', actors: ['sender', 'you'] },
  { id: 'X.7.29', classes: [4, 5], name: 'ARC validation failure', source: 'iana', reference: '[RFC8617]', actors: ['sender', 'you'] },
  { id: 'X.7.30', classes: [4, 5], name: 'REQUIRETLS support required', source: 'iana', reference: '[RFC8689]', actors: ['sender', 'you'] },
  // ── Microsoft 365 / Exchange Online ────────────────────────────────────
  {
    id: 'X.4.312', classes: [4, 5], name: 'DNS query failed', source: 'microsoft', seen: ["450 4.4.312 DNS query failed", "550 5.4.312 Message expired, DNS query failed"], actors: ['dns-host', 'you', 'recipient-admin'], guide: { code: '4.4.312' }, related: ['5.4.310', '4.4.315'],
    wizard: {
      partner: ['resolveA', 'digA'],
      yours: {
        question: 'registration',
        answers: {
          expired: { result: 'domain-expired', steps: 4, commands: ['resolveMx', 'nslookupMx', 'digMx', 'resolveA'], verify: 'dns' },
          registered: {
            question: 'recent-change',
            answers: {
              changed: { result: 'mx-changed', steps: 4, commands: ['resolveMx', 'digMx', 'resolveA', 'connect', 'showConnector'], verify: 'dns' },
              unchanged: { result: 'dns-hosting', steps: 4, commands: ['connect', 'showConnector', 'resolveA', 'digA', 'resolveMx'], verify: 'dns' },
            },
          },
        },
      },
    },
  },
  {
    id: 'X.4.315', classes: [4, 5], name: 'Connection timed out', source: 'microsoft', seen: ["450 4.4.315 Connection timed out"], actors: ['you', 'network-team', 'recipient-admin'], guide: { code: '4.4.315' }, related: ['4.4.316', '4.4.317'],
    wizard: {
      partner: ['testPort'],
      // "Did it work before?" and "Was the connector changed?" are one question
      // with three answers, so that no path needs more than four questions.
      yours: {
        question: 'history',
        answers: {
          unchanged: {
            question: 'site-change',
            answers: {
              changed: { result: 'network-changed', steps: 4, commands: ['resolveA', 'connect', 'showConnector', 'testPort'], verify: 'port25' },
              unchanged: { result: 'server-down', steps: 4, commands: ['testPort', 'testPortIp'], verify: 'port25' },
            },
          },
          changed: { result: 'wrong-smart-host', steps: 4, commands: ['connect', 'showConnector', 'resolveA', 'testPort'], verify: 'port25' },
          never: { result: 'new-connector', sameAs: 'wrong-smart-host' },
        },
      },
    },
  },
  {
    id: 'X.4.316', classes: [4, 5], name: 'Connection refused', source: 'microsoft', seen: ["450 4.4.316 Connection refused", "550 5.4.316 Message expired, connection refused"], actors: ['you', 'network-team', 'recipient-admin'], guide: { code: '4.4.316' }, related: ['4.4.315', '5.4.1'],
    wizard: {
      partner: ['testPort'],
      yours: {
        question: 'mailboxes',
        answers: {
          yes: { result: 'firewall', steps: 4, commands: ['connect', 'showConnector', 'testPort'], verify: 'port25' },
          no: {
            result: 'no-on-premises',
            steps: 4,
            commands: ['connect', 'showConnector', 'disableConnector', 'removeConnector', 'listDomains', 'setAuthoritative'],
            verify: 'noOnPremises',
          },
        },
      },
    },
  },
  {
    id: 'X.4.317', classes: [4, 5], name: 'Cannot connect to remote server', source: 'microsoft', seen: ["450 4.4.317 Cannot connect to remote server", "450 4.4.317 Cannot establish session with remote server", "550 5.4.317 Message expired, cannot connect to remote server"], actors: ['you', 'recipient-admin'], guide: { code: '4.4.317' }, related: ['4.7.320', '5.7.3', '4.4.318'],
    wizard: {
      partner: ['testPort', 'openssl'],
      yours: {
        question: 'symptom',
        answers: {
          immediate: { result: 'service-unavailable', steps: 4, commands: ['testPort', 'openssl'], verify: 'service' },
          tls: { result: 'tls-required', steps: 4, commands: ['connect', 'showConnector', 'openssl'], verify: 'certificate' },
        },
      },
    },
  },
  {
    id: 'X.4.318', classes: [4, 5], name: 'Connection was closed abruptly', source: 'microsoft', seen: ["450 4.4.318 Connection was closed abruptly"], actors: ['you', 'network-team', 'recipient-admin'], guide: { code: '4.4.318' }, related: ['4.4.317', '4.4.2'],
    wizard: {
      partner: ['testPort'],
      yours: {
        question: 'inspection',
        answers: {
          yes: { result: 'packet-inspection', steps: 4, commands: ['testPort', 'openssl'], verify: 'stable' },
          no: {
            question: 'health',
            answers: {
              unhealthy: { result: 'server-unhealthy', steps: 4, commands: ['testPort'], verify: 'stable' },
              healthy: { result: 'network', steps: 4, commands: ['testPort', 'testPortIp'], verify: 'stable' },
            },
          },
        },
      },
    },
  },
  {
    id: 'X.7.320', classes: [4], name: 'Certificate validation failed', source: 'microsoft', seen: ["450 4.7.320 Certificate validation failed"], actors: ['you', 'recipient-admin'], guide: { code: '4.7.320' }, related: ['4.4.317', '4.7.5'],
    wizard: {
      partner: ['openssl'],
      yours: {
        question: 'problem',
        answers: {
          expired: { result: 'expired', steps: 4, commands: ['openssl'], verify: 'certificate' },
          nameMismatch: { result: 'name-mismatch', steps: 4, commands: ['connect', 'showConnector', 'openssl'], verify: 'certificate' },
          notValid: { result: 'not-valid', steps: 4, commands: ['openssl'], verify: 'certificate' },
          // "Not sure": how to find out, then go Back and choose.
          notSure: { result: 'check', section: 'causes', steps: 5, commands: ['openssl', 'connect', 'showConnector'], verify: 'identify' },
        },
      },
    },
  },
  { id: 'X.4.300', classes: [5], name: 'Message expired', source: 'microsoft', seen: ["550 5.4.300 Message expired"], actors: ['you', 'recipient-admin'], guide: { code: 'other' }, related: ['4.4.7', '5.4.316', '5.4.315'] },
  { id: 'X.4.310', classes: [5], name: 'DNS domain does not exist', source: 'microsoft', seen: ["550 5.4.310 DNS domain does not exist"], actors: ['sender', 'dns-host'], related: ['4.4.312', '5.1.2'] },
  { id: 'X.4.397', classes: [4], name: 'Error communicating with target host', source: 'microsoft', seen: ["451 4.4.397 Error communicating with target host."], actors: ['you', 'network-team'], guide: { code: 'other' }, related: ['4.4.0', '4.4.2', '4.4.1'] },
  { id: 'X.4.8', classes: [4, 5], name: 'MTA-STS policy validation failed for the MX hosts', source: 'microsoft', actors: ['recipient-admin'], related: ['4.7.5'] },
  { id: 'X.4.14', classes: [5], name: 'Hop count exceeded - possible mail loop', source: 'microsoft', seen: ["554 5.4.14 Hop count exceeded - possible mail loop"], actors: ['you'], related: ['5.4.6'] },
  { id: 'X.7.321', classes: [4, 5], name: 'DANE: starttls-not-supported', source: 'microsoft', actors: ['recipient-admin'], related: ['4.7.322', '5.7.3'] },
  { id: 'X.7.322', classes: [4, 5], name: 'DANE: certificate-expired', source: 'microsoft', actors: ['recipient-admin'], related: ['4.7.323', '4.7.320'] },
  { id: 'X.7.323', classes: [4, 5], name: 'DANE: tlsa-invalid', source: 'microsoft', actors: ['recipient-admin', 'dns-host'], related: ['4.7.324'] },
  { id: 'X.7.324', classes: [4, 5], name: 'DANE: dnssec-invalid', source: 'microsoft', actors: ['recipient-admin', 'dns-host'], related: ['4.7.323'] },
  { id: 'X.7.325', classes: [4, 5], name: 'DANE: certificate-host-mismatch', source: 'microsoft', actors: ['recipient-admin'], related: ['4.7.322', '4.7.320'] },
  { id: 'X.7.500-699', classes: [4], name: 'Server busy. Please try again later', source: 'microsoft', seen: ["451 4.7.500 Server busy. Please try again later from [<IP address>]. (AS…)"], actors: ['you', 'sender'], related: ['4.7.850-899', '5.7.606-649'] },
  { id: 'X.7.850-899', classes: [4], name: 'Server busy. Please try again later', source: 'microsoft', actors: ['you', 'sender'], related: ['4.7.500-699'] },
  { id: 'X.7.66', classes: [4], name: 'TLS 1.0 and 1.1 are not supported', source: 'microsoft', seen: ["421 4.7.66 TLS 1.0 and 1.1 are not supported"], actors: ['you'], related: ['5.7.57'] },
  { id: 'X.0.350', classes: [5], name: 'Generic rejection with the reason in the text', source: 'microsoft', actors: ['sender', 'recipient-admin'], related: ['5.6.11'] },
  { id: 'X.1.90', classes: [5], name: 'Daily recipient limit reached', source: 'microsoft', actors: ['sender', 'you'], related: ['5.2.121', '5.1.8'] },
  { id: 'X.2.121', classes: [5], name: 'Hourly limit from one sender exceeded', source: 'microsoft', actors: ['sender', 'you'], related: ['5.2.122', '5.1.90'] },
  { id: 'X.2.122', classes: [5], name: 'Hourly limit to one recipient exceeded', source: 'microsoft', actors: ['sender', 'recipient-admin'], related: ['5.2.121'] },
  { id: 'X.3.190', classes: [5], name: 'Journaling on-premises messages to Microsoft 365 is not supported', source: 'microsoft', actors: ['you'] },
  { id: 'X.6.11', classes: [5], name: 'Invalid characters (bare line feeds)', source: 'microsoft', actors: ['sender', 'you'], related: ['5.0.350'] },
  { id: 'X.7.57', classes: [5], name: 'Client was not authenticated to send anonymous mail during MAIL FROM', source: 'microsoft', actors: ['you', 'sender'], related: ['4.7.66', '5.7.1'] },
  { id: 'X.7.64', classes: [5], name: 'TenantAttribution; Relay Access Denied', source: 'microsoft', seen: ["550 5.7.64 TenantAttribution; Relay Access Denied"], actors: ['you'], related: ['5.7.1', '5.4.1'] },
  { id: 'X.7.124', classes: [5], name: 'Sender not in the allowed senders list', source: 'microsoft', actors: ['recipient-admin', 'sender'], related: ['5.7.133', '5.7.12'] },
  { id: 'X.7.133', classes: [5], name: 'Group accepts mail only from authenticated senders', source: 'microsoft', actors: ['recipient-admin', 'sender'], related: ['5.7.134', '5.7.12'] },
  { id: 'X.7.134', classes: [5], name: 'Mailbox accepts mail only from authenticated senders', source: 'microsoft', actors: ['recipient-admin', 'sender'], related: ['5.7.133', '5.7.135'] },
  { id: 'X.7.135', classes: [5], name: 'Public folder accepts mail only from authenticated senders', source: 'microsoft', actors: ['recipient-admin', 'sender'], related: ['5.7.134', '5.7.136'] },
  { id: 'X.7.136', classes: [5], name: 'Mail user accepts mail only from authenticated senders', source: 'microsoft', actors: ['recipient-admin', 'sender'], related: ['5.7.135', '5.7.133'] },
  { id: 'X.7.501-513', classes: [5], name: 'Access denied: banned or blocked sender', source: 'microsoft', actors: ['sender', 'you'], related: ['5.7.606-649', '5.7.509'] },
  { id: 'X.7.509', classes: [5], name: 'Access denied, sending domain does not pass DMARC verification', source: 'microsoft', actors: ['sender', 'dns-host'], related: ['5.7.23', '5.7.515'] },
  { id: 'X.7.510', classes: [5], name: 'Access denied, the recipient does not accept mail over IPv6', source: 'microsoft', actors: ['sender', 'you'], related: ['4.7.26', '5.7.25'] },
  { id: 'X.7.512', classes: [5], name: 'Message must be RFC 5322 section 3.6.2 compliant', source: 'microsoft', actors: ['sender', 'you'], related: ['5.7.509'] },
  { id: 'X.7.513', classes: [5], name: 'Service unavailable, the recipient blocked the sender', source: 'microsoft', actors: ['recipient-admin', 'sender'], related: ['5.7.1'] },
  { id: 'X.7.515', classes: [5], name: 'Access denied, sending domain does not meet the required authentication level', source: 'microsoft', actors: ['sender', 'dns-host'], related: ['5.7.509', '5.7.23'] },
  { id: 'X.7.606-649', classes: [5], name: 'Access denied, banned sending IP', source: 'microsoft', actors: ['you', 'sender'], related: ['5.7.501-513', '4.7.500-699'] },
  { id: 'X.7.703', classes: [5], name: 'Tenant blocked by the Tenant Allow/Block List', source: 'microsoft', actors: ['you', 'microsoft'], related: ['5.7.705', '5.7.708'] },
  { id: 'X.7.705', classes: [5], name: 'Tenant has exceeded its threshold', source: 'microsoft', actors: ['you', 'microsoft'], related: ['5.7.703', '5.7.708'] },
  { id: 'X.7.708', classes: [5], name: 'Traffic not accepted from this IP', source: 'microsoft', actors: ['you', 'microsoft'], related: ['5.7.705', '5.7.606-649'] },
  { id: 'X.7.750', classes: [5], name: 'Client blocked from sending from unregistered domains', source: 'microsoft', actors: ['you', 'microsoft'], related: ['5.7.705', '5.7.64'] },
] as const satisfies readonly CodeDef[];

/**
 * The wizard's branch for the catch-all "other codes" guide (`I don't know /
 * another code`, always the start question's last answer). It is not an
 * entry, because it stands for no code: it has no class, name or code page.
 * It sits here rather than in src/lib/wizard-tree.ts because it is the same
 * kind of data as the codes' `wizard` branches above (questions, the guide's
 * sections, commands): one file holds everything the wizard asks, and the
 * tree builder stays free of any one guide's content.
 */
export const otherWizard = {
  partner: ['resolveA', 'testPort'],
  yours: {
    question: 'server-name',
    answers: {
      yes: { result: 'destination-server', steps: 4, commands: ['resolveA', 'testPort', 'testPortIp'], verify: 'port25' },
      no: { result: 'connector-misconfigured', steps: 4, commands: ['connect', 'showConnector', 'resolveA', 'testPort'], verify: 'port25' },
    },
  },
} as const satisfies WizardBranch;

/** The id of a registry entry (`X.4.316`, `X.7.500-699`). */
export type EntryId = (typeof entries)[number]['id'];
