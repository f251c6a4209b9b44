import { describe, expect, it } from 'vitest';
import { isUpstreamWarning, isWarning, plainLine, unexpectedWarnings, UPSTREAM_WARNINGS } from '../../src/lib/build-log';

const SHIKI =
  '10:34:25 [WARN] [config] Shiki syntax highlighting uses inline styles that are not compatible with Content Security Policy (CSP). Consider using Prism syntax highlighting instead, or disable CSP if Shiki is required.';
const DIRECTIVE =
  '10:34:33 [WARN] [vite] \u001b[33m[MODULE_LEVEL_DIRECTIVE] \u001b[0mThe semantics of the module level directive "use astro:head-inject" in "content/errors/pl/4-4-316.mdx?astroPropagatedAssets" may not be preserved when bundling.';

describe('build log warnings', () => {
  it('recognizes the warning forms of Astro, Vite, Rolldown, Pagefind and Node', () => {
    for (const line of [
      SHIKI,
      DIRECTIVE,
      '10:00:00 [WARN] [csp] `security.csp.styleDirective` defines `style-src` resources',
      '(!) Some chunks are larger than 500 kB after minification.',
      'WARNING: Pagefind found no language',
      '(node:1234) ExperimentalWarning: Type Stripping is an experimental feature',
      '[vite] warning: something',
    ]) {
      expect(isWarning(line), line).toBe(true);
    }
  });

  it('does not take ordinary build lines for warnings', () => {
    for (const line of ['10:38:21 [build] Complete!', '  ├─ /tr/troubleshoot/other/index.html (+2ms)', 'Indexed 2475 words', 'Finished in 1.498 seconds', '[Building search indexes]']) {
      expect(isWarning(line), line).toBe(false);
    }
  });

  it('knows only the Shiki note as upstream noise, exactly', () => {
    expect(isUpstreamWarning(SHIKI)).toBe(true);
    expect(isUpstreamWarning(`\u001b[33m${SHIKI}\u001b[0m`)).toBe(true);
    expect(isUpstreamWarning(SHIKI.replace('Shiki', 'Prism'))).toBe(false);
    expect(isUpstreamWarning(`${SHIKI} And something else.`)).toBe(false);
    // The directive warning is dropped at its source (astro.config.mjs), so in a log it is a failure.
    expect(isUpstreamWarning(DIRECTIVE)).toBe(false);
    for (const w of UPSTREAM_WARNINGS) expect(w.why.length).toBeGreaterThan(0);
  });

  it('lists every other warning of a log, without colour codes', () => {
    const log = ['10:00:00 [build] output: "static"', SHIKI, DIRECTIVE, '10:00:01 [build] Complete!'].join('\n');
    expect(unexpectedWarnings(log)).toEqual([plainLine(DIRECTIVE)]);
    expect(unexpectedWarnings([SHIKI, '10:00:01 [build] Complete!'].join('\r\n'))).toEqual([]);
  });
});
