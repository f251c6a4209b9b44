#!/usr/bin/env node
/**
 * `npm run bench:smoke`: the benchmark at its smallest, so that it cannot rot
 * unnoticed. Part of `npm test` (after the build). It runs every piece once:
 * the corpus generator (N = 7), the code pages written from the registry, the
 * floor project with them (built and indexed, with the measurement of time
 * and memory), page weight and one search query in
 * Chromium against the site's own `dist/` (built by `npm run build` just
 * before; built here into bench/.cache/ when missing), and the report.
 *
 * Starlight (`npm run bench`'s comparison, installed at bench time) is not
 * part of it: no install, no Starlight build.
 *
 * It fails only when the benchmark breaks (a step errors, no pages, no search
 * result, a figure missing), never on timings. Writes bench/results/smoke.json.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { writeCorpus } from './corpus.mjs';
import { writeCodePages } from './code-pages.mjs';
import { runMeasured } from './measure.mjs';
import { prepareFloor, prepareSite } from './sites.mjs';
import { serve } from './serve.mjs';
import { decodeInputs, launch, measureDecode, measurePageWeights, measureSearch, QUERIES } from './browser.mjs';
import { buildSteps } from './run.mjs';
import { evaluateTargets, markdownBlock, chartSvg } from './report.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const cache = join(repo, 'bench', '.cache', 'smoke');
const resultsDir = join(repo, 'bench', 'results');
const started = performance.now();
const problems = [];
const check = (ok, what) => {
  if (!ok) problems.push(what);
};
const say = (m) => process.stdout.write(`[bench:smoke] ${m}\n`);

async function buildProject(dir, steps, label) {
  const env = { ASTRO_TELEMETRY_DISABLED: '1', PATH: `${join(dir, 'node_modules', '.bin')}:${join(repo, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}` };
  const out = {};
  for (const [i, step] of steps.entries()) {
    const name = /\bastro\b/.test(step) ? 'astro' : /\bpagefind\b/.test(step) ? 'pagefind' : `step${i}`;
    const log = join(resultsDir, 'logs', `smoke-${label}-${name}.log`);
    const r = await runMeasured('sh', ['-c', step], { cwd: dir, env, log });
    if (r.code !== 0) throw new Error(`${label}: "${step}" failed (exit ${r.code}), see ${log}`);
    check(r.wallMs > 0, `${label} ${name}: no time figure`);
    // GNU time always reports memory; /proc sampling may miss a process shorter than its 100 ms period.
    if (existsSync('/usr/bin/time')) check((r.peakRssBytes ?? 0) > 0, `${label} ${name}: no memory figure`);
    out[name] = r;
  }
  return out;
}

async function main() {
  mkdirSync(cache, { recursive: true });
  mkdirSync(resultsDir, { recursive: true });
  const n = 7;

  const corpusDir = join(cache, `corpus-${n}`);
  const corpus = writeCorpus({ realContentDir: join(repo, 'content'), outDir: corpusDir, n });
  check(corpus.codes.length === n, `corpus: ${corpus.codes.length} codes instead of ${n}`);
  say(`corpus: ${corpus.files} files`);

  const codePages = await writeCodePages({ repo, outDir: join(cache, 'code-pages') });
  check(codePages.perLang > 100, `code pages: only ${codePages.perLang} per locale`);
  say(`code pages: ${codePages.files} files (${codePages.perLang} per locale)`);

  const floorDir = prepareFloor({ repo, cache, n, corpusDir, codePagesDir: join(cache, 'code-pages') });
  const floor = await buildProject(floorDir, ['astro build', 'pagefind --site dist'], 'floor');
  check(existsSync(join(floorDir, 'dist', 'en', 'errors', '4-4-316', 'index.html')), 'floor: guide page missing');
  check(existsSync(join(floorDir, 'dist', 'pagefind', 'pagefind-entry.json')), 'floor: Pagefind index missing');
  const someCode = readdirSync(join(cache, 'code-pages', 'tr')).find((f) => /^\d/.test(f))?.replace(/\.md$/, '');
  for (const page of ['en/codes/index.html', 'pl/codes/basic/index.html', `tr/codes/${someCode}/index.html`]) check(existsSync(join(floorDir, 'dist', page)), `floor: code page ${page} missing`);
  say(`floor built: Astro ${(floor.astro.wallMs / 1000).toFixed(1)} s, Pagefind ${(floor.pagefind.wallMs / 1000).toFixed(1)} s`);

  // The site: the real dist/ when `npm run build` has made it, else a build of our own.
  let dist = join(repo, 'dist');
  let site = [];
  if (!existsSync(join(dist, 'pagefind', 'pagefind-entry.json'))) {
    say('no dist/ with a Pagefind index: building the site into bench/.cache/smoke');
    const dir = prepareSite({ repo, cache, n, corpusDir });
    site = [{ ...(await buildProject(dir, buildSteps(), 'site')), pages: 0 }];
    dist = join(dir, 'dist');
  }

  const browser = await launch();
  const server = await serve(dist);
  let weights;
  let search;
  let decode;
  try {
    weights = await measurePageWeights(browser, server, dist);
    for (const w of weights) check(w.html > 0, `page weight: no HTML for ${w.type}`);
    search = await measureSearch(browser, server, { runs: 1, repo, queries: QUERIES.filter((q) => q.id === 'word') });
    const q = search.queries[0];
    check(q.cold[0].ok && q.warm[0].ok, `search (${search.mode} mode): no results rendered for "${QUERIES.find((x) => x.id === 'word')?.text}"`);
    check(q.cold[0].bytes > 0, 'search: no bytes counted');
    say(`search (${search.mode} mode): cold ${(q.cold[0].bytes / 1000).toFixed(1)} KB, ${Math.round(q.cold[0].fromLastKey ?? -1)} ms; later ${(q.warm[0].bytes / 1000).toFixed(1)} KB, ${Math.round(q.warm[0].fromLastKey ?? -1)} ms`);
    decode = await measureDecode(browser, server, { runs: 1, inputs: decodeInputs().filter((i) => i.id !== 'lines-1mb') });
    for (const i of decode.inputs) check(i.ok && i.times.length === 1, `decoder: no result for "${i.label}"`);
    check(decode.loadJs.bytes > 0 && (decode.firstUse?.bytes ?? 0) > 0, 'decoder: no bytes counted');
    say(`decoder: page JS ${(decode.loadJs.bytes / 1000).toFixed(1)} KB; ${decode.inputs.map((i) => `${i.id} ${i.times[0].toFixed(1)} ms`).join(', ')}`);
  } finally {
    await server.close();
    await browser.close();
  }

  const result = {
    startedAt: new Date().toISOString(),
    finishedAt: new Date().toISOString(),
    command: 'npm run bench:smoke',
    options: { repeat: 1 },
    machine: { cores: 0, cpu: 'smoke', memBytes: 0, os: '', node: process.version, astro: '', mdx: '', pagefind: '', playwright: '', commit: '', dirty: false, gnuTime: existsSync('/usr/bin/time') },
    sizes: [{ n, pages: 1, corpus, dist: { bytes: 1, files: 1 }, pagefind: { total: 1, index: 1, indexChunks: 1, fragments: 1, fragmentBytes: 1, metaBytes: 1, wasm: 1 }, site, floor: [{ ...floor, pages: 1 }], weights, search }],
    decode,
  };
  result.targets = evaluateTargets(result);
  check(markdownBlock(result).includes('### Targets') && chartSvg(result).startsWith('<svg'), 'report: could not be rendered');
  writeFileSync(join(resultsDir, 'smoke.json'), JSON.stringify(result, null, 2));

  if (problems.length) {
    for (const p of problems) console.error(`[bench:smoke] FAIL: ${p}`);
    process.exit(1);
  }
  say(`ok in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((e) => {
  console.error(`[bench:smoke] FAIL: ${e instanceof Error ? e.stack : e}`);
  process.exit(1);
});
