/**
 * URLs of the troubleshooting wizard: one page per step
 * (`/{lang}/troubleshoot/` for the start, `/{lang}/troubleshoot/{id}/` for
 * every other node of ./wizard-tree), the values from a pasted error that
 * travel in the query string (`?host=…&ip=…`), and the step a pasted error
 * leads to.
 *
 * Pure: no DOM, no astro:*. Shared by the step pages, the <wizard-flow>
 * element (src/scripts/wizard-flow.ts) and the tests.
 */
import { fillPlaceholders, isStepId, startFor } from './wizard-path';
import { START_ID, type NodeId } from './wizard-tree';
import { localizedPath } from './url';

/** The path segment of the wizard, after the locale. */
export const WIZARD_SEGMENT = 'troubleshoot';

/** Query-string names of the values carried from a pasted error. */
export const VALUE_PARAMS = { host: 'host', ip: 'ip' } as const;

/** Longest query value read at all (a DNS name has at most 253 characters). */
const MAX_VALUE = 300;

/** The `[...step]` route parameter of a node: `undefined` for the start, else its id. */
export function stepParam(id: NodeId): string | undefined {
  return id === START_ID ? undefined : id;
}

/** `/{lang}/troubleshoot/` for the start, `/{lang}/troubleshoot/{id}/` for any other node. */
export function stepPath(lang: string, id: NodeId): string {
  return localizedPath(lang, id === START_ID ? `/${WIZARD_SEGMENT}/` : `/${WIZARD_SEGMENT}/${id}/`);
}

/** Where a path is in the wizard. */
export interface StepLocation {
  lang: string;
  /** The node, or null when the path names no node (`/en/troubleshoot/no-such-step/`). */
  step: NodeId | null;
}

/**
 * Reads a pathname (`/pl/troubleshoot/316-firewall/`, with or without the
 * trailing slash) as a wizard step. `null` when the path is not under
 * `/{lang}/troubleshoot/` of one of `langs`; `step: null` when it is, but names
 * no node (unknown id, several segments, bad escapes).
 */
export function parseStepPath(pathname: string, langs: readonly string[]): StepLocation | null {
  const m = /^\/([^/?#]+)\/([^/?#]+)(?:\/([^?#]*))?$/.exec(pathname);
  if (m === null) return null;
  const [, lang = '', segment, rest = ''] = m;
  if (!langs.includes(lang) || segment !== WIZARD_SEGMENT) return null;
  const inner = rest.replace(/\/$/, '');
  if (inner === '') return { lang, step: START_ID };
  if (inner.includes('/')) return { lang, step: null };
  let id: string;
  try {
    id = decodeURIComponent(inner);
  } catch {
    return { lang, step: null };
  }
  return { lang, step: id !== START_ID && isStepId(id) ? id : null };
}

/** Values from a pasted error that fill the commands' placeholders. */
export interface WizardValues {
  /** Replaces `<smart-host>`: a DNS name or an IP address. */
  host: string | null;
  /** Replaces `<ip-address>`: an IPv4 or IPv6 address without port. */
  ip: string | null;
}

/** No values. */
export const NO_VALUES: WizardValues = Object.freeze({ host: null, ip: null });

/** `value` when `fillPlaceholders` would put it in place of `placeholder`, else null: the same rules, not a copy of them. */
function accepted(placeholder: '<smart-host>' | '<ip-address>', value: string | null | undefined): string | null {
  if (typeof value !== 'string' || value.length > MAX_VALUE) return null;
  const filled = fillPlaceholders(placeholder, placeholder === '<smart-host>' ? { smartHost: value } : { ip: value });
  return filled === placeholder ? null : filled;
}

/** Keeps only values that pass the rules of `fillPlaceholders` (trimmed); anything else becomes null. */
export function cleanValues(values: { host?: string | null | undefined; ip?: string | null | undefined }): WizardValues {
  return { host: accepted('<smart-host>', values.host), ip: accepted('<ip-address>', values.ip) };
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

/** The step's path with the values' query string. */
export function stepHref(lang: string, id: NodeId, values: WizardValues = NO_VALUES): string {
  return stepPath(lang, id) + valuesQuery(values);
}

/** What a pasted error needs from the analysis (a subset of `BounceAnalysis`). */
export interface PastedError {
  code: { slug: string } | null;
  likelyCause: { slug: string } | null;
  serverName: string | null;
  ip: string | null;
}

/** Where a pasted error leads, with the values to fill in. */
export interface PasteTarget {
  step: NodeId;
  values: WizardValues;
}

/**
 * The step a pasted error leads to: the branch of its code (the question after
 * "Which error do you see?"). A code without a branch of its own goes to the
 * "other" branch; a socket error alone goes where `likelyCause` points
 * (10061 -> 4.4.316). The branch's first question (own server or a partner's?)
 * is never skipped: the error cannot answer it. `null` when the analysis found
 * neither a code nor a cause.
 */
export function pasteTarget(analysis: PastedError | null): PasteTarget | null {
  if (analysis === null) return null;
  const slug = analysis.code?.slug ?? analysis.likelyCause?.slug;
  if (slug === undefined) return null;
  const step = startFor(slug) ?? startFor('other');
  if (step === undefined) return null;
  return { step, values: cleanValues({ host: analysis.serverName, ip: analysis.ip }) };
}
