/**
 * Valid HTML: html-validate over every page Astro built, zero errors.
 *
 * The configuration is .htmlvalidate.json (strict JSON, no room for comments,
 * so the reasons live here and in README.md "Quality gates"):
 * - extends `html-validate:recommended` (the standard rules plus a11y and
 *   best-practice rules);
 * - `no-inline-style` is narrowed, not turned off: Shiki's highlighted code is
 *   coloured with `style="color:…;--shiki-dark:…"` on each token and
 *   `background-color`/`overflow-x` on the <pre>. That is correct output (the
 *   CSP allows style attributes only: `style-src-attr 'unsafe-inline'`, and
 *   keeps `style-src` strict); every other inline style is still an error.
 */
import { describe, expect, test } from 'vitest';
import { relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { DIST, assertBuilt, htmlFiles } from '../support/built-site.ts';

assertBuilt();
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('html-validate', () => {
  const files = htmlFiles();
  test('finds the built pages', () => {
    expect(files.length).toBeGreaterThan(3);
  });
  test.each(files.map((f) => [relative(DIST, f), f]))('%s', async (_name, file) => {
    const report = await validator.validateFile(file);
    const errors = report.results.flatMap((r) => r.messages).filter((m: Message) => m.severity === 2);
    expect(errors.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`)).toEqual([]);
  });
});
