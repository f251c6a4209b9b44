/**
 * Shared Playwright fixtures: every test fails on a console error, an uncaught
 * page error, or a request that leaves the site's origin.
 */
import { test as base, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { langs } from '../../src/i18n/config';

export const test = base.extend<{ problems: string[] }>({
  problems: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL!).origin;
      // A 404 page is a 404 document: the browser logs that load as an error, which is expected.
      const notFoundDocs = new Set<string>();
      page.on('response', (res) => {
        // The error pages themselves: 404, and 400 for a malformed URL (the production server, deploy/nginx).
        if (res.request().resourceType() === 'document' && (res.status() === 404 || res.status() === 400)) notFoundDocs.add(res.url());
      });
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        if (msg.text().startsWith('Failed to load resource') && notFoundDocs.has(msg.location().url)) return;
        problems.push(`console: ${msg.text()} (${msg.location().url})`);
      });
      page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
      page.on('request', (req) => {
        const url = req.url();
        if (/^(data|blob|about):/.test(url)) return;
        if (new URL(url).origin !== origin) problems.push(`third-party request: ${url}`);
      });
      await use(problems);
      expect(problems, 'console errors, page errors or third-party requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The locale codes, from the registry. */
export const LANGS: readonly string[] = langs;

/** A flattened view of one locale's translation namespace, for expected texts. */
export function strings(lang: string, ns = 'common'): (key: string) => string {
  const json = JSON.parse(readFileSync(new URL(`../../src/i18n/locales/${lang}/${ns}.json`, import.meta.url), 'utf8'));
  return (key) => key.split('.').reduce((o, k) => o?.[k], json) as string;
}
