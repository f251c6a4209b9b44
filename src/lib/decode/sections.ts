/**
 * The guide section each cause family leads to: the one place that names
 * guide sections for a cause. The decoder's verdict (./verdict.ts), the
 * search's "most likely cause" and the wizard's paste box (../likely-cause.ts)
 * all read it; a unit test checks every one against the guides' `{#id}`s.
 */
import type { CauseFamily } from './types';

/** The guide (its code) and section each cause family leads to. */
export const FAMILY_SECTIONS: Readonly<Record<CauseFamily, { guide: string; section: string }>> = {
  refused: { guide: '4.4.316', section: 'cause-firewall' },
  timeout: { guide: '4.4.315', section: 'cause-server-down' },
  unreachable: { guide: '4.4.315', section: 'cause-network-changed' },
  dropped: { guide: '4.4.318', section: 'cause-packet-inspection' },
  tls: { guide: '4.4.317', section: 'cause-tls-required' },
  'cert-name': { guide: '4.7.320', section: 'cause-name-mismatch' },
  'cert-expired': { guide: '4.7.320', section: 'cause-expired' },
  'cert-untrusted': { guide: '4.7.320', section: 'cause-not-valid' },
  dns: { guide: '4.4.312', section: 'cause-dns-hosting' },
  'dns-no-records': { guide: '4.4.312', section: 'cause-mx-changed' },
  'dns-nonexistent': { guide: '4.4.312', section: 'cause-domain-expired' },
  service: { guide: '4.4.317', section: 'cause-service-unavailable' },
};
