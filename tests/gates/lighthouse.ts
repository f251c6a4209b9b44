/**
 * Lighthouse gate: one page of each type (overview, guide, search, wizard,
 * 404) in every locale, with Lighthouse's default config, which is the mobile
 * preset (Moto G Power screen, simulated slow 4G, 4x CPU slowdown). Each must
 * score 100 in performance, accessibility, best practices and SEO, with a
 * cumulative layout shift of 0.
 *
 * The 404 type is audited at /{lang}/404/, the localized 404 page at its own
 * URL: Lighthouse refuses to audit a response with status 404
 * (ERRORED_DOCUMENT_REQUEST). A 404 page must say noindex, so for it the SEO
 * audit about that (is-crawlable) must FAIL and every other SEO audit must
 * pass: that is what "SEO 100" means for a 404.
 *
 * A page below 100 in performance is run twice more and judged on the median.
 * Runs sequentially in one Chromium against its own production server (scripts/serve.ts: nginx) (build
 * first). Usage: `npm run test:lighthouse` (all), or
 * `node tests/gates/lighthouse.ts /pl/errors/4-4-316/ …` for chosen paths.
 * Browser: scripts/tools.ts (CHROMIUM_PATH, /usr/bin/chromium, Playwright's own).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { langs } from '../../src/i18n/config.ts';
import { toolPath } from '../../scripts/tools.ts';
import { ROOT, assertBuilt, codePagePaths, fileFor, guidePaths, largestPage } from '../support/built-site.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const NOINDEX_SEO = ['is-crawlable'];
const PORT = Number(process.env['LIGHTHOUSE_PORT'] ?? 4331);
const ORIGIN = `http://127.0.0.1:${PORT}`;

interface Target {
  type: string;
  path: string;
  /** The page says noindex (404 pages). */
  noindex?: boolean;
}

function isNoindex(path: string): boolean {
  const file = fileFor(path);
  return !!file && /<meta name="robots" content="[^"]*noindex/.test(readFileSync(file, 'utf8'));
}

function targets(): Target[] {
  const chosen = process.argv.slice(2);
  if (chosen.length) return chosen.map((path) => ({ type: 'chosen', path, noindex: isNoindex(path) }));
  return langs.flatMap((lang) => [
    { type: 'overview', path: `/${lang}/` },
    { type: 'guide', path: largestPage(guidePaths().filter((p) => p.startsWith(`/${lang}/`))) ?? `/${lang}/errors/` },
    { type: 'search', path: `/${lang}/search/` },
    { type: 'wizard', path: `/${lang}/troubleshoot/` },
    { type: 'code', path: largestPage(codePagePaths().filter((p) => p.startsWith(`/${lang}/`))) ?? `/${lang}/codes/` },
    { type: 'codes index', path: `/${lang}/codes/` },
    { type: '404', path: `/${lang}/404/`, noindex: true },
  ]);
}

async function startPreview(): Promise<() => void> {
  // The production server (nginx, deploy/nginx/mailflow.conf), as in the e2e tests.
  const serve = fileURLToPath(new URL('scripts/serve.ts', `file://${ROOT}`));
  const child = spawn(process.execPath, [serve, String(PORT)], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`scripts/serve.ts exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${ORIGIN}/${langs[0]}/`)).ok) return stop;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error('scripts/serve.ts (nginx) did not start');
}

async function main(): Promise<number> {
  assertBuilt();
  const list = targets();
  const stopPreview = await startPreview();
  const chrome = await chromeLauncher.launch({
    chromePath: toolPath('chromium'),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const rows: Record<string, string | number>[] = [];
  const failures: string[] = [];
  const started = Date.now();
  try {
    for (const t of list) {
      if (!fileFor(t.path)) {
        rows.push({ type: t.type, path: `${t.path} (not built)` });
        failures.push(`${t.path}: not built`);
        continue;
      }
      const run = async () => {
        const result = await lighthouse(`${ORIGIN}${t.path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
        if (!result) throw new Error(`no Lighthouse result for ${t.path}`);
        return result.lhr;
      };
      // Timings vary from run to run (more so on a busy machine): a page below 100 in
      // performance is measured twice more and judged on the median run, as Lighthouse advises.
      const runs = [await run()];
      if ((runs[0]!.categories['performance']?.score ?? 0) < 1) runs.push(await run(), await run());
      const byPerformance = [...runs].sort((a, b) => (a.categories['performance']?.score ?? 0) - (b.categories['performance']?.score ?? 0));
      const lhr = byPerformance[Math.floor(byPerformance.length / 2)]!;
      if (lhr.runtimeError) failures.push(`${t.path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const score = (c: string) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
      const audit = (id: string) => lhr.audits[id];
      const row: Record<string, string | number> = { type: t.type, path: t.path, runs: runs.length };
      for (const c of CATEGORIES) row[c] = score(c);
      const cls = audit('cumulative-layout-shift')?.numericValue ?? NaN;
      row['CLS'] = Number(cls.toFixed(3));
      row['FCP ms'] = Math.round(audit('first-contentful-paint')?.numericValue ?? NaN);
      row['LCP ms'] = Math.round(audit('largest-contentful-paint')?.numericValue ?? NaN);
      row['TBT ms'] = Math.round(audit('total-blocking-time')?.numericValue ?? NaN);

      const failedIn = (c: string) =>
        (lhr.categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (audit(ref.id)?.score ?? 1) < 1)
          .map((ref) => `${ref.id} (${audit(ref.id)?.displayValue ?? audit(ref.id)?.score})`);
      for (const c of CATEGORIES) {
        if (c === 'seo' && t.noindex) {
          const failed = failedIn(c).map((f) => f.split(' ')[0]!);
          const unexpected = failed.filter((id) => !NOINDEX_SEO.includes(id));
          const missing = NOINDEX_SEO.filter((id) => !failed.includes(id));
          if (unexpected.length || missing.length) {
            failures.push(`${t.path}: seo on a noindex page: failed [${unexpected.join(', ')}], should fail but passed [${missing.join(', ')}]`);
          }
          row[c] = `${row[c]} (noindex)`;
          continue;
        }
        if (score(c) < 100) failures.push(`${t.path}: ${c} ${score(c)}: ${failedIn(c).join(', ') || 'metrics below the top band'}`);
      }
      if (cls !== 0) failures.push(`${t.path}: CLS ${cls}`);
      rows.push(row);
      console.log(`lighthouse ${t.path}: ${CATEGORIES.map((c) => `${c} ${row[c]}`).join(', ')}, CLS ${row['CLS']}`);
    }
  } finally {
    chrome.kill();
    stopPreview();
  }
  console.log(`\nLighthouse (mobile preset, simulated throttling), ${((Date.now() - started) / 1000).toFixed(0)} s`);
  console.table(rows);
  if (failures.length) {
    console.error(`\nLighthouse gate failed:\n- ${failures.join('\n- ')}`);
    console.log(`${rows.length - new Set(failures.map((f) => f.split(':')[0])).size} passed, ${new Set(failures.map((f) => f.split(':')[0])).size} failed`);
    return 1;
  }
  console.log(`${rows.length} passed, 0 failed`);
  return 0;
}

process.exitCode = await main();
