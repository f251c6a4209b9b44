/**
 * What the benchmark measures in headless Chromium, against a built site
 * served by ./serve.mjs (gzip for text, as a static host would):
 *
 * - page weight: per page type, the HTML, CSS and JS a page loads (gzip bytes
 *   of each response body, and the count of requests), and anything else it
 *   fetches on load;
 * - search: bytes transferred and time to rendered results for a cold first
 *   query (fresh browser context: nothing cached) and for a later query
 *   (after another query in the same page), per query kind.
 *
 * Search is driven through the site's own UI when it is there, detected at
 * run time: the header field `#site-search-q` once it is a live combobox
 * (results as `role=option`), else the search page `/{lang}/search/` when it
 * renders results as you type. Without either, the Pagefind JS API is called
 * directly (`import('/pagefind/pagefind.js')`, `search`, then `data()` of the
 * first five results, rendered into a list): the engine's own cost, without UI.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { ensureTool } from '../scripts/tools.ts';
import { bounceEml } from '../tests/support/bounce-files.ts';

/** Chromium from scripts/tools.ts (CHROMIUM_PATH, /usr/bin/chromium, Playwright's own; installed when missing and possible). */
export function launch() {
  return chromium.launch({
    executablePath: ensureTool('chromium'),
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
}

/** Page types and the path of one page of each, in the default locale. `optional` types are skipped when absent. */
export const PAGE_TYPES = [
  { type: 'root (language choice)', path: '/', file: 'index.html' },
  { type: 'overview', path: '/en/', file: 'en/index.html' },
  { type: 'guide', path: '/en/errors/4-4-316/', file: 'en/errors/4-4-316/index.html' },
  { type: 'search', path: '/en/search/', file: 'en/search/index.html', optional: true },
  { type: 'wizard start', path: '/en/troubleshoot/', file: 'en/troubleshoot/index.html', optional: true },
  { type: 'wizard step', path: '/en/troubleshoot/4-4-316/', file: 'en/troubleshoot/4-4-316/index.html', optional: true },
  { type: '404', path: '/en/404/', file: 'en/404/index.html' },
  { type: 'code page', path: '/en/codes/5-7-64/', file: 'en/codes/5-7-64/index.html', optional: true },
  { type: 'decode', path: '/en/decode/', file: 'en/decode/index.html', optional: true },
];

const gz = (buf) => gzipSync(buf, { level: 6 }).length;

/**
 * Waits until no request of `tracker` has been in flight for `quietMs`, and
 * the server has had no request for as long (a worker's requests, which the
 * page's events may not show, count too).
 */
async function networkQuiet(tracker, quietMs = 400, maxMs = 15_000) {
  const start = Date.now();
  for (;;) {
    const idleFor = Date.now() - Math.max(tracker.lastActivity, tracker.lastServerRequest());
    if (tracker.inflight.size === 0 && idleFor >= quietMs) return;
    if (Date.now() - start > maxMs) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Follows the requests of a page (workers included) to tell when the network
 * is quiet; bytes are counted by the server (`site.log`), as sent.
 */
function trackNetwork(page, site) {
  const tracker = {
    inflight: new Set(),
    lastActivity: Date.now(),
    lastServerRequest: () => site.log[site.log.length - 1]?.t ?? 0,
  };
  page.on('request', (req) => {
    tracker.inflight.add(req);
    tracker.lastActivity = Date.now();
  });
  const finish = (req) => {
    tracker.inflight.delete(req);
    tracker.lastActivity = Date.now();
  };
  page.on('requestfinished', finish);
  page.on('requestfailed', finish);
  /** Responses to requests that arrived at or after `since` (ms epoch), optionally only some paths. */
  tracker.since = async (since, only = /./) => {
    const list = site.log.filter((r) => r.t >= since && only.test(r.path));
    return {
      bytes: list.reduce((a, r) => a + r.bytes, 0),
      requests: list.length,
      urls: list.map((r) => r.path),
      files: list.map((r) => ({ path: r.path, bytes: r.bytes })),
    };
  };
  return tracker;
}

/** Page weight of each page type present in `dist`. */
export async function measurePageWeights(browser, site, distDir) {
  const baseUrl = site.url;
  const out = [];
  for (const pt of PAGE_TYPES) {
    if (!existsSync(`${distDir}/${pt.file}`)) {
      if (pt.optional) continue;
      throw new Error(`missing ${pt.file} in ${distDir}`);
    }
    const context = await browser.newContext();
    const page = await context.newPage();
    const bodies = [];
    page.on('response', async (res) => {
      try {
        bodies.push({ type: res.request().resourceType(), url: res.url(), body: await res.body() });
      } catch {
        /* redirects have no body */
      }
    });
    const tracker = trackNetwork(page, site);
    await page.goto(baseUrl + pt.path, { waitUntil: 'load' });
    await networkQuiet(tracker, 500);
    const sum = { html: 0, css: 0, js: 0, other: 0, htmlRaw: 0, requests: bodies.length };
    for (const b of bodies) {
      const key = b.type === 'document' ? 'html' : b.type === 'stylesheet' ? 'css' : b.type === 'script' ? 'js' : 'other';
      // Pagefind's own files are gzip data already: count them as they are.
      sum[key] += /\.(pf_\w+|pagefind)$/.test(new URL(b.url).pathname) ? b.body.length : gz(b.body);
      if (key === 'html') sum.htmlRaw += b.body.length;
    }
    out.push({ type: pt.type, path: pt.path, ...sum, total: sum.html + sum.css + sum.js + sum.other });
    await context.close();
  }
  return out;
}

/** The queries: one per kind the issue names. `warmup` is the other query run first for a "later query". */
export const QUERIES = [
  { id: 'code', label: 'exact code `44316`', lang: 'en', text: '44316', input: 'type', instant: true },
  { id: 'word', label: 'word `firewall`', lang: 'en', text: 'firewall', input: 'type' },
  { id: 'pl', label: 'Polish `połączeniami`', lang: 'pl', text: 'połączeniami', input: 'type' },
  { id: 'tr', label: 'Turkish `sunucuları`', lang: 'tr', text: 'sunucuları', input: 'type' },
  {
    id: 'bounce',
    label: 'pasted bounce line',
    lang: 'en',
    text: '450 4.4.316 Connection refused [Message=Socket error code 10061] [LastAttemptedServerName=mail.contoso.com] [LastAttemptedIP=203.0.113.25:25]',
    input: 'paste',
    instant: true,
    // What a UI would send to Pagefind for the line: its English error text.
    engineText: 'connection refused',
  },
];
const WARMUP = { en: 'queue', pl: 'kolejka', tr: 'kuyruk' };
/** The page the search starts from (a guide: the header field is on every page). */
const START = (lang) => `/${lang}/errors/4-4-312/`;
/** Delay between keystrokes when typing (ms): a fast typist. */
export const KEY_DELAY = 60;

/**
 * In-page instrumentation, installed before any page script runs: the time of
 * every `input` event, and the times at which results were (re)rendered
 * (a content change while results are visible, or results becoming visible).
 */
function instrument() {
  const w = /** @type {any} */ (window);
  // A UI's "no results" state, recorded in `empty`: `emptySelector` shown with a text matching `emptyText`
  // (a RegExp source; Starlight's Pagefind UI: its message, worded as its `zero_results` translation).
  const state = { inputs: [], renders: [], done: [], empty: [], selector: '', emptySelector: '', emptyText: '', visible: 0 };
  w.__bench = state;
  const count = () => {
    if (!state.selector) return 0;
    let n = 0;
    for (const el of document.querySelectorAll(state.selector)) {
      if (/** @type {HTMLElement} */ (el).getClientRects().length > 0) n += 1;
    }
    return n;
  };
  state.count = count;
  document.addEventListener('input', () => state.inputs.push(performance.now()), true);
  const observe = () => {
    new MutationObserver((records) => {
      if (!state.selector) return;
      const now = performance.now();
      const before = state.visible;
      const n = count();
      state.visible = n;
      const content = records.some((r) => r.type !== 'attributes');
      if (n > 0 && (content || before === 0)) state.renders.push(now);
      if (n === 0 && state.emptySelector && content) {
        const el = document.querySelector(state.emptySelector);
        if (el && el.getClientRects().length > 0 && new RegExp(state.emptyText || '^$').test((el.textContent ?? '').trim())) state.empty.push(now);
      }
      // The UI's own "finished" state, when it has one (<site-search data-state>).
      const ui = document.querySelector('site-search[data-mode=panel], site-search');
      const st = ui?.getAttribute('data-state');
      if (st === 'results' || st === 'empty' || st === 'error') state.done.push(now);
    }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  };
  if (document.documentElement) observe();
  else document.addEventListener('DOMContentLoaded', observe);
}

/**
 * Which search the page offers: 'header' (live results under #site-search-q),
 * 'page' (the search page renders as you type) or 'api' (neither: Pagefind directly).
 */
async function detectMode(browser, baseUrl, lang) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(baseUrl + START(lang), { waitUntil: 'load' });
    // The header search may enhance itself only when the reader opens it.
    await page.locator('#site-search-q').focus().catch(() => undefined);
    await page.waitForTimeout(500);
    const header = await page.evaluate(() => {
      const el = document.querySelector('#site-search-q');
      if (!el) return false;
      return el.getAttribute('role') === 'combobox' || el.hasAttribute('aria-controls') || el.hasAttribute('aria-autocomplete');
    });
    if (header) return 'header';
    const res = await page.goto(`${baseUrl}/${lang}/search/`, { waitUntil: 'load' });
    if (res && res.status() === 200) {
      const live = await page.evaluate(() => !!document.querySelector('main input[type=search], main input[name=q]'));
      if (live) return 'page';
    }
    return 'api';
  } finally {
    await context.close();
  }
}

/** Selector of one rendered result, per mode. */
const RESULT_SELECTOR = {
  header: 'form[role=search] [role=option], [role=listbox] [role=option]',
  page: 'main [role=option], main [role=listbox] > *, main :is(ol, ul)[data-results] > li, main .search-results li, main #search-results li',
  api: '#__bench_results li',
};

/** Runs one query in an open page; returns its timings (ms) and bytes. */
async function runQuery(page, tracker, mode, q) {
  await page.evaluate((sel) => {
    const b = /** @type {any} */ (window).__bench;
    b.selector = sel;
    b.visible = b.count();
    b.inputs = [];
    b.renders = [];
    b.done = [];
  }, RESULT_SELECTOR[mode]);
  const since = Date.now();
  if (mode === 'api') {
    await page.evaluate(async (text) => {
      const w = /** @type {any} */ (window);
      w.__bench.inputs.push(performance.now());
      const pf = (w.__pf ??= await import(/* @vite-ignore */ '/pagefind/pagefind.js'));
      const r = await pf.search(text);
      const data = await Promise.all(r.results.slice(0, 5).map((x) => x.data()));
      let ul = document.getElementById('__bench_results');
      if (!ul) {
        ul = document.createElement('ul');
        ul.id = '__bench_results';
        document.body.prepend(ul);
      }
      ul.replaceChildren(
        ...data.map((d) => {
          const li = document.createElement('li');
          li.textContent = d.meta?.title ?? d.url;
          return li;
        }),
      );
    }, q.text);
  } else {
    const field = mode === 'header' ? page.locator('#site-search-q') : page.locator('main input[type=search], main input[name=q]').first();
    await field.click();
    if (q.input === 'paste') await page.keyboard.insertText(q.text);
    else await page.keyboard.type(q.text, { delay: KEY_DELAY });
  }
  // Rendered: results visible, (re)rendered after the last input event.
  const ok = await page
    .waitForFunction(
      () => {
        const b = /** @type {any} */ (window).__bench;
        const last = b.inputs[b.inputs.length - 1];
        return last !== undefined && b.renders.some((t) => t >= last);
      },
      null,
      { timeout: 20_000, polling: 20 },
    )
    .then(() => true)
    .catch(() => false);
  // When the UI has a "finished" state, wait for it too (full-text results after instant ones).
  await page
    .waitForFunction(
      () => {
        const b = /** @type {any} */ (window).__bench;
        const last = b.inputs[b.inputs.length - 1];
        return !document.querySelector('site-search') || b.done.some((t) => t >= last);
      },
      null,
      { timeout: 10_000, polling: 20 },
    )
    .catch(() => undefined);
  return queryResult(page, tracker, since, ok, { emptyIsAnswer: false });
}

/**
 * Once the network is quiet: a query's timings (ms, from the page's
 * `__bench` marks) and bytes since `since`. With `emptyIsAnswer`, a shown
 * "no results" message counts as the answer (Starlight's UI); otherwise the
 * query must show results.
 */
async function queryResult(page, tracker, since, ok, { emptyIsAnswer }) {
  await networkQuiet(tracker, 400);
  const t = await page.evaluate(() => {
    const b = /** @type {any} */ (window).__bench;
    return { inputs: b.inputs, renders: b.renders, done: b.done ?? [], empty: b.empty ?? [], results: b.count() };
  });
  const net = await tracker.since(since);
  const first = t.inputs[0] ?? 0;
  const last = t.inputs[t.inputs.length - 1] ?? 0;
  const rendered = t.renders.find((x) => x >= last) ?? (emptyIsAnswer ? t.empty.find((x) => x >= last) : undefined);
  const done = t.done.find((x) => x >= last);
  return {
    ok: ok && rendered !== undefined && (emptyIsAnswer || t.results > 0),
    results: t.results,
    fromFirstKey: rendered !== undefined ? rendered - first : null,
    fromLastKey: rendered !== undefined ? rendered - last : null,
    doneFromLastKey: done !== undefined ? done - last : null,
    bytes: net.bytes,
    requests: net.requests,
    urls: net.urls,
    files: net.files,
  };
}

/** Empties the field (or the API results) and waits for the page to settle. */
async function clearQuery(page, tracker, mode) {
  if (mode === 'api') {
    await page.evaluate(() => document.getElementById('__bench_results')?.replaceChildren());
  } else {
    const field = mode === 'header' ? page.locator('#site-search-q') : page.locator('main input[type=search], main input[name=q]').first();
    await field.fill('');
    await page.waitForTimeout(250);
  }
  await networkQuiet(tracker, 300);
}

async function openPage(browser, site, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(instrument);
  const tracker = trackNetwork(page, site);
  const loadedAt = Date.now();
  await page.goto(url, { waitUntil: 'load' });
  await networkQuiet(tracker, 400);
  // Search files fetched with the page itself (a preload) count as search bytes.
  const preloaded = await tracker.since(loadedAt, /^\/pagefind\//);
  return { context, page, tracker, preloaded };
}

/**
 * The search UI's deliberate debounce (ms): `data-debounce` on the page when
 * the UI publishes it, else the `DEBOUNCE_MS` constant of its source file.
 */
async function debounceOf(page, repo) {
  const declared = await page.evaluate(() => {
    const el = document.querySelector('[data-debounce]');
    const v = Number(el?.getAttribute('data-debounce'));
    return Number.isFinite(v) && v > 0 ? v : 0;
  });
  if (declared) return declared;
  const file = `${repo}/src/scripts/search-ui.ts`;
  if (!repo || !existsSync(file)) return 0;
  const m = /\bDEBOUNCE_MS\s*=\s*(\d+)/.exec(readFileSync(file, 'utf8'));
  return m ? Number(m[1]) : 0;
}

/**
 * Pagefind alone, without any UI: a fresh context imports pagefind.js (no
 * worker), searches the final query once and loads `fragments` results. The
 * least any Pagefind UI can fetch for that query (with 0 fragments).
 */
async function engineBytes(browser, site, lang, text, fragments) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const tracker = trackNetwork(page, site);
  await page.goto(site.url + START(lang), { waitUntil: 'load' });
  await networkQuiet(tracker, 300);
  const since = Date.now();
  const ms = await page.evaluate(
    async ({ text, fragments }) => {
      const t0 = performance.now();
      const pf = await import(/* @vite-ignore */ '/pagefind/pagefind.js');
      await pf.options({ noWorker: true });
      const r = await pf.search(text);
      await Promise.all(r.results.slice(0, fragments).map((x) => x.data()));
      return performance.now() - t0;
    },
    { text, fragments },
  );
  await networkQuiet(tracker, 300);
  const net = await tracker.since(since);
  await context.close();
  return { bytes: net.bytes, requests: net.requests, ms };
}

/**
 * Measures every query `runs` times, cold and warm.
 * Returns `{ mode, debounceMs, queries: [{ id, label, cold: [...], warm: [...] }] }`.
 */
export async function measureSearch(browser, site, { runs = 7, queries = QUERIES, repo = '', onProgress = () => {} } = {}) {
  const baseUrl = site.url;
  const modes = {};
  for (const lang of new Set(queries.map((q) => q.lang))) modes[lang] = await detectMode(browser, baseUrl, lang);
  const mode = modes[queries[0].lang];
  let debounceMs = 0;
  const out = [];
  for (const q of queries) {
    const entry = { id: q.id, label: q.label, lang: q.lang, cold: [], warm: [] };
    for (let i = 0; i < runs; i += 1) {
      // Cold: the first query of a fresh context (nothing cached).
      {
        const { context, page, tracker, preloaded } = await openPage(browser, site, baseUrl + START(q.lang));
        if (modes[q.lang] !== 'api') debounceMs = Math.max(debounceMs, await debounceOf(page, repo));
        const r = await runQuery(page, tracker, modes[q.lang], q);
        entry.cold.push({
          ...r,
          bytes: r.bytes + preloaded.bytes,
          requests: r.requests + preloaded.requests,
          files: [...preloaded.files, ...r.files],
          preloadedBytes: preloaded.bytes,
        });
        await context.close();
      }
      // Warm: the same query after another one in the same page.
      {
        const { context, page, tracker } = await openPage(browser, site, baseUrl + START(q.lang));
        await runQuery(page, tracker, modes[q.lang], { ...q, text: WARMUP[q.lang], input: 'type' });
        await clearQuery(page, tracker, modes[q.lang]);
        entry.warm.push(await runQuery(page, tracker, modes[q.lang], q));
        await context.close();
      }
      onProgress(`${q.id} ${i + 1}/${runs}`);
    }
    // What Pagefind alone fetches for this query (the search text the UI would send).
    const engineText = q.input === 'paste' ? q.engineText ?? q.text : q.text;
    entry.engine = {
      none: await engineBytes(browser, site, q.lang, engineText, 0),
      five: await engineBytes(browser, site, q.lang, engineText, 5),
    };
    // Answers that must not wait for the full-text index: once more with Pagefind unreachable.
    if (q.instant && modes[q.lang] !== 'api') {
      const context = await browser.newContext();
      await context.route('**/pagefind/**', (route) => route.abort());
      const page = await context.newPage();
      await page.addInitScript(instrument);
      const tracker = trackNetwork(page, site);
      await page.goto(baseUrl + START(q.lang), { waitUntil: 'load' });
      await networkQuiet(tracker, 400);
      entry.blocked = await runQuery(page, tracker, modes[q.lang], q);
      await context.close();
    }
    out.push(entry);
  }
  return { mode, modes, debounceMs, keyDelayMs: KEY_DELAY, runs, queries: out };
}

/**
 * Starlight's search (components/Search.astro of @astrojs/starlight 0.42): a
 * header button (`button[data-open-modal]`) opens the `<site-search>` dialog,
 * whose Pagefind UI (`@pagefind/default-ui`) Starlight imports on the first
 * idle moment after DOMContentLoaded and mounts in `#starlight__search`.
 * A result counts as shown when its link is rendered (Pagefind UI renders a
 * placeholder per result first, and the link when the result's fragment has
 * loaded); "no results" when its message shows with no result item at all.
 */
export const STARLIGHT = {
  open: 'button[data-open-modal]',
  input: '#starlight__search input[type=text], #starlight__search input.pagefind-ui__search-input, #starlight__search input',
  // A result's own title link (its sub-results, `.pagefind-ui__result-nested`, have links too).
  result: '#starlight__search .pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link',
  message: '#starlight__search .pagefind-ui__message',
  /** Pagefind UI's default `zero_results` text, when the page's translations (site-search[data-translations]) have none. */
  zeroResults: 'No results for [SEARCH_TERM]',
};

/**
 * Opens a Starlight page in a fresh context and waits until its search UI is
 * mounted (as a reader who looks at the page first) and the network is quiet.
 * `afterLoad`: what the page fetched after its load event (its search UI
 * chunk, imported on idle, and anything else), counted with the search.
 */
async function openStarlightPage(browser, site, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(instrument);
  const tracker = trackNetwork(page, site);
  const loadedAt = Date.now();
  await page.goto(url, { waitUntil: 'load' });
  await page.locator(STARLIGHT.input).first().waitFor({ state: 'attached', timeout: 15_000 }).catch(() => undefined);
  await networkQuiet(tracker, 400);
  const paths = new Set(
    await page.evaluate(() => {
      const nav = /** @type {PerformanceNavigationTiming | undefined} */ (performance.getEntriesByType('navigation')[0]);
      const t = nav ? nav.loadEventStart : 0;
      // The favicon, which Chromium asks for after the load event, is the page's, not the search's.
      return performance.getEntriesByType('resource').filter((r) => r.startTime >= t).map((r) => new URL(r.name).pathname).filter((p) => !/favicon/.test(p));
    }),
  );
  const files = site.log.filter((r) => r.t >= loadedAt && paths.has(r.path)).map((r) => ({ path: r.path, bytes: r.bytes }));
  return { context, page, tracker, afterLoad: { bytes: files.reduce((a, f) => a + f.bytes, 0), requests: files.length, files } };
}

/** One query in Starlight's search: opens the dialog when `open`, types (or pastes), waits for results or "no results". */
async function runStarlightQuery(page, tracker, q, { open }) {
  await page.evaluate(
    ({ sel, empty, zero }) => {
      const b = /** @type {any} */ (window).__bench;
      let text = zero;
      try {
        text = JSON.parse(document.querySelector('site-search')?.getAttribute('data-translations') ?? '{}').zero_results ?? zero;
      } catch {
        /* the default */
      }
      const emptyText = `^${text.split('[SEARCH_TERM]').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`;
      Object.assign(b, { selector: sel, emptySelector: empty, emptyText, inputs: [], renders: [], done: [], empty: [] });
      b.visible = b.count();
    },
    { sel: STARLIGHT.result, empty: STARLIGHT.message, zero: STARLIGHT.zeroResults },
  );
  const since = Date.now();
  if (open) await page.locator(STARLIGHT.open).first().click();
  const field = page.locator(STARLIGHT.input).first();
  await field.waitFor({ state: 'visible', timeout: 10_000 });
  await field.focus();
  if (q.input === 'paste') await page.keyboard.insertText(q.text);
  else await page.keyboard.type(q.text, { delay: KEY_DELAY });
  const ok = await page
    .waitForFunction(
      () => {
        const b = /** @type {any} */ (window).__bench;
        const last = b.inputs[b.inputs.length - 1];
        return last !== undefined && (b.renders.some((t) => t >= last) || b.empty.some((t) => t >= last));
      },
      null,
      { timeout: 20_000, polling: 20 },
    )
    .then(() => true)
    .catch(() => false);
  return queryResult(page, tracker, since, ok, { emptyIsAnswer: true });
}

/**
 * Starlight's search, measured as measureSearch measures ours: each query on
 * a guide page of its locale, `runs` times cold (fresh context: the bytes the
 * page fetched after its load event, then everything from opening the dialog
 * until the network is quiet) and later (after the warm-up query in the same
 * dialog, the field emptied: bytes from the first keystroke). `debounceMs`:
 * Pagefind UI's own debounce (read from the installed package by the caller).
 * Same shape as measureSearch's result (mode 'starlight').
 */
export async function measureStarlightSearch(browser, site, { runs = 7, queries = QUERIES, debounceMs = 0, onProgress = () => {} } = {}) {
  const out = [];
  for (const q of queries) {
    const entry = { id: q.id, label: q.label, lang: q.lang, cold: [], warm: [] };
    for (let i = 0; i < runs; i += 1) {
      {
        const { context, page, tracker, afterLoad } = await openStarlightPage(browser, site, site.url + START(q.lang));
        const r = await runStarlightQuery(page, tracker, q, { open: true });
        entry.cold.push({ ...r, bytes: r.bytes + afterLoad.bytes, requests: r.requests + afterLoad.requests, files: [...afterLoad.files, ...r.files], preloadedBytes: afterLoad.bytes });
        await context.close();
      }
      {
        const { context, page, tracker } = await openStarlightPage(browser, site, site.url + START(q.lang));
        await runStarlightQuery(page, tracker, { ...q, text: WARMUP[q.lang], input: 'type' }, { open: true });
        await page.locator(STARLIGHT.input).first().fill('');
        await page.waitForTimeout(250);
        await networkQuiet(tracker, 300);
        entry.warm.push(await runStarlightQuery(page, tracker, q, { open: false }));
        await context.close();
      }
      onProgress(`${q.id} ${i + 1}/${runs}`);
    }
    out.push(entry);
  }
  return { mode: 'starlight', debounceMs, keyDelayMs: KEY_DELAY, runs, queries: out };
}

/**
 * The decoder (issue 13), on `/en/decode/`: the JavaScript the page loads
 * (gzip), what its first use fetches (the parsers and the code list, then
 * postal-mime for a whole message), and the time from "Decode" to the results
 * shown, for each input, `runs` times after one warm-up decode (so the parsers
 * are loaded). Timed in the page (performance.now() to the data-state change).
 */
export async function measureDecode(browser, site, { runs = 7, inputs }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies = [];
  page.on('response', async (res) => {
    try {
      bodies.push({ type: res.request().resourceType(), url: new URL(res.url()).pathname, body: await res.body() });
    } catch {
      /* redirects have no body */
    }
  });
  const tracker = trackNetwork(page, site);
  await page.goto(`${site.url}/en/decode/`, { waitUntil: 'load' });
  await networkQuiet(tracker, 500);
  const js = (list) => list.filter((b) => b.type === 'script' || /\.js$/.test(b.url));
  const sum = (list) => list.reduce((a, b) => a + gz(b.body), 0);
  const onLoad = js(bodies);
  const loadJs = { bytes: sum(onLoad), files: onLoad.map((b) => b.url) };
  const seen = bodies.length;
  const decodeOnce = (text) =>
    page.evaluate(async (value) => {
      const host = document.querySelector('mail-decoder');
      const box = host?.querySelector('textarea');
      const form = host?.querySelector('form');
      if (!host || !box || !form) throw new Error('no decoder on the page');
      box.value = value;
      const done = new Promise((resolve) => {
        const mo = new MutationObserver(() => {
          if (/^(done|empty|error)$/.test(host.dataset.state ?? '')) {
            mo.disconnect();
            resolve(performance.now());
          }
        });
        mo.observe(host, { attributes: true, attributeFilter: ['data-state'] });
      });
      const t0 = performance.now();
      form.requestSubmit();
      const t1 = await done;
      return { ms: t1 - t0, state: host.dataset.state, found: host.querySelectorAll('.dec-failure').length };
    }, text);
  const out = { loadJs, firstUse: null, inputs: [] };
  for (const input of inputs) {
    const before = bodies.length;
    const first = await decodeOnce(input.text);
    await networkQuiet(tracker, 300);
    const fetched = js(bodies.slice(before));
    if (out.firstUse === null) out.firstUse = { bytes: sum(bodies.slice(seen)), files: bodies.slice(seen).map((b) => b.url) };
    const times = [];
    let last = first;
    for (let i = 0; i < runs; i += 1) {
      last = await decodeOnce(input.text);
      times.push(last.ms);
    }
    out.inputs.push({ id: input.id, label: input.label, chars: input.text.length, firstMs: first.ms, fetched: { bytes: sum(fetched), files: fetched.map((b) => b.url) }, times, ok: last.state === 'done' && last.found > 0 });
  }
  await context.close();
  return out;
}

/** The decoder's inputs: one error line, a 75 KB raw bounce (the target), and 1 MB of distinct error lines (the cap). */
export function decodeInputs() {
  const line = (i) =>
    `450 4.4.316 Connection refused [Message=Socket error code 10061] [LastAttemptedServerName=mail${i}.contoso.com] [LastAttemptedIP=203.0.${i % 250}.${(i * 7) % 250}:25]\n`;
  let lines = '';
  for (let i = 0; lines.length < 1_000_000; i += 1) lines += line(i);
  return [
    { id: 'line', label: 'One NDR line', text: '550 5.4.316 Message expired, connection refused(Socket error code 10061)' },
    { id: 'message-75k', label: 'Raw bounce, 75 KB (multipart/report, base64, 2 recipients)', text: bounceEml(75_000) },
    { id: 'lines-1mb', label: 'Distinct error lines, 1 MB (the input cap)', text: lines.slice(0, 1_000_000) },
  ];
}
