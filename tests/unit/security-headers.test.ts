import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { CACHE_RULES, IMMUTABLE, REVALIDATE, SECURITY_HEADERS, cacheControlFor, headersFile, nginxCacheMap, nginxHeadersInclude } from '../../src/lib/security-headers';
import { isPrecompressedCopy, isPrecompressible } from '../../src/lib/precompress';
import { nginxIncludes } from '../../scripts/server-files';

const ROOT = new URL('../../', import.meta.url).pathname;

describe('the header list', () => {
  test('has the headers the security review asks for', () => {
    const byName = new Map(SECURITY_HEADERS.map((h) => [h.name.toLowerCase(), h.value]));
    expect(byName.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(byName.get('x-frame-options')).toBe('DENY');
    expect(byName.get('x-content-type-options')).toBe('nosniff');
    expect(byName.get('referrer-policy')).toBe('no-referrer');
    expect(byName.get('permissions-policy')).toContain('camera=()');
  });

  test('caches hashed assets for good and revalidates the rest', () => {
    expect(cacheControlFor('/_astro/site.Ab12Cd.js')).toBe(IMMUTABLE);
    expect(cacheControlFor('/en/errors/4-4-316/')).toBe(REVALIDATE);
    expect(cacheControlFor('/pagefind/pagefind.js')).toBe(REVALIDATE);
    expect(cacheControlFor('/_astrofake')).toBe(REVALIDATE);
  });
});

describe('files made from it', () => {
  test('_headers: every security header on /*, Cache-Control per hashed prefix', () => {
    const text = headersFile();
    for (const h of SECURITY_HEADERS) expect(text).toContain(`\n  ${h.name}: ${h.value}\n`);
    for (const r of CACHE_RULES) expect(text).toContain(`${r.prefix}*\n  Cache-Control: ${r.cacheControl}\n`);
  });

  test('nginx: every header with always, and a map for Cache-Control', () => {
    const inc = nginxHeadersInclude();
    for (const h of SECURITY_HEADERS) expect(inc).toContain(`add_header ${h.name} "${h.value}" always;`);
    expect(inc).toMatch(/add_header Cache-Control \$mailflow_cache_control always;/);
    expect(nginxCacheMap()).toContain(`~^/_astro/ "${IMMUTABLE}";`);
    expect(nginxCacheMap()).toContain(`default "${REVALIDATE}";`);
  });

  test('the committed nginx includes are what the list renders (npm run build rewrites them)', () => {
    for (const [rel, text] of Object.entries(nginxIncludes())) expect(readFileSync(`${ROOT}${rel}`, 'utf8'), rel).toBe(text);
  });
});

describe('precompressed files', () => {
  test('text files of some size only', () => {
    expect(isPrecompressible('dist/en/index.html', 5000)).toBe(true);
    expect(isPrecompressible('dist/_astro/a.js', 5000)).toBe(true);
    expect(isPrecompressible('dist/en/index.html', 100)).toBe(false);
    expect(isPrecompressible('dist/pagefind/fragment/en_1.pf_fragment', 5000)).toBe(false);
    expect(isPrecompressible('dist/favicon.png', 5000)).toBe(false);
  });

  test('copies are recognized', () => {
    expect(isPrecompressedCopy('dist/en/index.html.br')).toBe(true);
    expect(isPrecompressedCopy('dist/_astro/a.css.gz')).toBe(true);
    expect(isPrecompressedCopy('dist/archive.gz')).toBe(false);
    expect(isPrecompressedCopy('dist/en/index.html')).toBe(false);
  });
});
