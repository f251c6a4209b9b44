/**
 * Values from a pasted error that the wizard carries from step to step in the
 * query string (`?host=…&ip=…`) and fills into the result's commands. They
 * pass the rules of ./placeholder-value (a DNS name or IP address for the
 * host, an address without port for the IP) before they are read or written.
 *
 * Pure, no DOM, and light on purpose: the <wizard-flow> element loads it on
 * every wizard page, without the wizard's tree.
 */
import { isIp, isSmartHost, usableValue } from './placeholder-value';

/** Query-string names of the values. */
export const VALUE_PARAMS = { host: 'host', ip: 'ip' } as const;

/** Longest query value read at all (a DNS name has at most 253 characters). */
const MAX_VALUE = 300;

/** Values from a pasted error that fill the commands' placeholders. */
export interface WizardValues {
  /** Replaces `<smart-host>`: a DNS name or an IP address. */
  host: string | null;
  /** Replaces `<ip-address>`: an IPv4 or IPv6 address without port. */
  ip: string | null;
}

/** No values. */
export const NO_VALUES: WizardValues = Object.freeze({ host: null, ip: null });

const bounded = (v: string | null | undefined): string | null => (typeof v === 'string' && v.length <= MAX_VALUE ? v : null);

/** Keeps only well-formed values (trimmed): a DNS name or IP address as host, an IP address as ip; anything else becomes null. */
export function cleanValues(values: { host?: string | null | undefined; ip?: string | null | undefined }): WizardValues {
  return { host: usableValue(bounded(values.host), isSmartHost), ip: usableValue(bounded(values.ip), isIp) };
}

/** Reads and validates `?host=…&ip=…` (a query string with or without `?`, or URLSearchParams). */
export function readValues(query: string | URLSearchParams): WizardValues {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  return cleanValues({ host: params.get(VALUE_PARAMS.host), ip: params.get(VALUE_PARAMS.ip) });
}

/** True when at least one value is set. */
export function hasValues(values: WizardValues): boolean {
  return values.host !== null || values.ip !== null;
}

/** `?host=…&ip=…` for the valid values (in that order), `''` when there are none. */
export function valuesQuery(values: WizardValues): string {
  const clean = cleanValues(values);
  const params = new URLSearchParams();
  if (clean.host !== null) params.set(VALUE_PARAMS.host, clean.host);
  if (clean.ip !== null) params.set(VALUE_PARAMS.ip, clean.ip);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}
