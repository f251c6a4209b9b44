/**
 * The rules a value must pass before it replaces a placeholder in a command
 * people copy (`fillPlaceholders` in ./wizard-path), and before the wizard
 * carries it in a URL (./wizard-values). One small module, so that browser
 * code can use the same rules without loading the wizard's tree.
 *
 * Pure, no DOM. Every regular expression is anchored and bounded.
 */

const IPV4 = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
/** Loose IPv6: hex digits, colons (at least two) and an optional IPv4 tail. */
const IPV6 = /^(?=[0-9A-Fa-f:.]{2,45}$)(?=(?:[^:]*:){2})[0-9A-Fa-f:]*(?:\d{1,3}(?:\.\d{1,3}){3})?$/;
const DNS_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
/** Connector names: letters, digits, spaces and harmless punctuation; nothing PowerShell expands in "…". */
const CONNECTOR_NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._()\-/&,+'#@!]{0,127}$/u;

/**
 * An IPv4 or IPv6 address, without port. Stricter than the decoder's reader
 * (./decode/net.ts: no leading zeros), and kept apart from it on purpose:
 * this runs on every wizard step on load, the reader loads only with a paste.
 */
export function isIp(v: string): boolean {
  return IPV4.test(v) || IPV6.test(v);
}

/** A DNS name (labels of letters, digits and inner hyphens; an optional final dot). */
export function isDnsName(v: string): boolean {
  const name = v.endsWith('.') ? v.slice(0, -1) : v;
  if (name.length === 0 || name.length > 253) return false;
  return name.split('.').every((label) => DNS_LABEL.test(label));
}

/** A smart host: a DNS name or an IP address. */
export function isSmartHost(v: string): boolean {
  return isIp(v) || isDnsName(v);
}

/** A connector name that is safe inside double quotes in PowerShell. */
export function isConnectorName(v: string): boolean {
  return CONNECTOR_NAME.test(v);
}

/** The trimmed value when it passes `valid`, else null (the placeholder stays). */
export function usableValue(value: string | null | undefined, valid: (v: string) => boolean): string | null {
  if (typeof value !== 'string') return null;
  const v = value.trim();
  return v !== '' && valid(v) ? v : null;
}
