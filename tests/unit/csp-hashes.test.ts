import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineBodies, pruneCspHashes } from '../../src/lib/csp-hashes';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const page = (policy: string, body: string) =>
  `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('CSP hashes per page', () => {
  it('finds the inline scripts that run and the inline styles, not data blocks or external scripts', () => {
    const html = '<script>a()</script><script type="module">b()</script><script type="application/json">{}</script><script src="/x.js"></script><style>p{}</style>';
    expect(inlineBodies(html)).toEqual(['a()', 'b()', 'p{}']);
  });

  it('keeps the hashes of the page\'s own inline code and drops the others', () => {
    const own = 'theme()';
    const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${sha(own)} ${sha('elsewhere()')}; style-src 'self' ${sha('x{}')}; style-src-attr 'unsafe-inline';`;
    const out = pruneCspHashes(page(policy, `<script>${own}</script>`));
    expect(out).toContain(`script-src 'self' 'wasm-unsafe-eval' ${sha(own)};`);
    expect(out).not.toContain(sha('elsewhere()'));
    expect(out).toContain(`style-src 'self'; style-src-attr 'unsafe-inline';`);
  });

  it('leaves a page without a CSP <meta> as it is', () => {
    expect(pruneCspHashes('<p>hi</p>')).toBe('<p>hi</p>');
  });
});
