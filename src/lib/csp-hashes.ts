/**
 * Astro's security.csp puts every hash it knows into every page's policy: the
 * inline scripts and styles of the whole site, its island directives (unused
 * here) and its bundled files (already allowed by 'self'). A page only needs
 * the hashes of its own inline scripts and styles, so the build keeps those
 * and drops the rest (astro.config.mjs, astro:build:done): a shorter <meta>
 * on every page, the same protection. Build-time only.
 */
import { createHash } from 'node:crypto';

const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const HASH_SOURCE = /'(sha256|sha384|sha512)-([A-Za-z0-9+/=]+)'/g;
const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The bodies of the inline scripts the browser runs, and of the inline styles. */
export function inlineBodies(html: string): string[] {
  const bodies: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? '';
    if (/\ssrc\s*=/i.test(attrs)) continue;
    const type = (/\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attrs)?.[1] ?? '').toLowerCase();
    if (EXECUTABLE.has(type)) bodies.push(m[2] ?? '');
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) bodies.push(m[1] ?? '');
  return bodies;
}

/** The page with only the CSP hash sources that match one of its own inline scripts or styles. */
export function pruneCspHashes(html: string): string {
  const meta = CSP_META.exec(html);
  if (!meta) return html;
  const bodies = inlineBodies(html);
  const digests = new Map<string, Set<string>>();
  const digestsFor = (algorithm: string) => {
    let set = digests.get(algorithm);
    if (!set) {
      set = new Set(bodies.map((b) => createHash(algorithm).update(b, 'utf8').digest('base64')));
      digests.set(algorithm, set);
    }
    return set;
  };
  const policy = (meta[2] ?? '')
    .replace(HASH_SOURCE, (source, algorithm: string, value: string) => (digestsFor(algorithm).has(value) ? source : ''))
    .replace(/ {2,}/g, ' ')
    .replace(/ ;/g, ';');
  return html.replace(CSP_META, (_all, open: string, _old: string, close: string) => `${open}${policy}${close}`);
}
