#!/usr/bin/env node
/**
 * `npm run bench`: build time, memory, page weight and search speed of the
 * site, from the real 7 codes to 1,000 (3,000 pages), against a floor (the
 * same MDX through a minimal Astro layout, and the site's code pages) and
 * against Starlight 0.42 on the same corpus (issue 16; installed at bench time
 * into bench/.cache/starlight-pkg/, skipped with --no-starlight or when the
 * install fails). See docs/benchmarks.md.
 *
 * Options (after `npm run bench --`):
 *   --sizes 7,100,1000   numbers of codes (each × 3 locales)
 *   --repeat 1           site + floor build pairs per size (alternating order; min and median reported)
 *   --search-runs 7      repetitions of every search measurement (cold and warm)
 *   --search-sizes all   sizes to measure search at ("all", or a list)
 *   --no-floor --no-search --no-weights --no-decode --no-starlight   skip parts
 *   --no-write           print only; do not rewrite docs/benchmarks.md and docs/benchmarks.svg
 *   --report FILE        measure nothing: print and write the figures of a saved run (bench/results/*.json)
 *   --wait-quiet 3       before each build, wait up to this many minutes for the load average to drop below the core count
 *
 * Everything generated goes to bench/.cache/ (corpora, projects, builds) and
 * bench/results/ (JSON, logs); both are git-ignored.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.mjs';
import { writeCodePages } from './code-pages.mjs';
import { ensureStarlight, pagefindUiDebounce, prepareStarlight, STARLIGHT_STEPS } from './starlight.mjs';
import { runMeasured } from './measure.mjs';
import { prepareFloor, prepareSite } from './sites.mjs';
import { serve } from './serve.mjs';
import { decodeInputs, launch, measureDecode, measurePageWeights, measureSearch, measureStarlightSearch } from './browser.mjs';
import { evaluateTargets, printSummary, writeDocs } from './report.mjs';
import { BUILD_STEPS } from '../scripts/build.ts';

const repo = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const cache = join(repo, 'bench', '.cache');
const resultsDir = join(repo, 'bench', 'results');

function parseArgs(argv) {
  const opts = { sizes: [7, 100, 1000], repeat: 1, searchRuns: 7, searchSizes: 'all', floor: true, starlight: true, search: true, weights: true, decode: true, write: true, waitQuiet: 3 };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    const next = () => argv[++i] ?? '';
    if (a === '--sizes') opts.sizes = next().split(',').map(Number);
    else if (a === '--repeat') opts.repeat = Math.max(1, Number(next()));
    else if (a === '--search-runs') opts.searchRuns = Math.max(1, Number(next()));
    else if (a === '--search-sizes') opts.searchSizes = next();
    else if (a === '--wait-quiet') opts.waitQuiet = Math.max(0, Number(next()));
    else if (a === '--no-floor') opts.floor = false;
    else if (a === '--no-starlight') opts.starlight = false;
    else if (a === '--no-search') opts.search = false;
    else if (a === '--no-weights') opts.weights = false;
    else if (a === '--no-decode') opts.decode = false;
    else if (a === '--no-write') opts.write = false;
    else if (a === '--report') opts.report = next();
    else throw new Error(`unknown option ${a}`);
  }
  if (opts.sizes.some((n) => !Number.isInteger(n) || n < 7)) throw new Error('--sizes: whole numbers >= 7');
  return opts;
}

function log(msg) {
  process.stdout.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
}

/** The steps of `npm run build` (scripts/build.ts, BUILD_STEPS), as shell commands, each run and measured on its own. */
export function buildSteps() {
  return BUILD_STEPS.map((step) => step.command.join(' '));
}

/** Which step a command is: its BUILD_STEPS name, else "astro", "pagefind" or the first word. */
const stepName = (cmd) =>
  BUILD_STEPS.find((s) => s.command.join(' ') === cmd)?.name ?? (/\bastro\b/.test(cmd) ? 'astro' : /\bpagefind\b/.test(cmd) ? 'pagefind' : cmd.split(/\s+/)[0]);

/**
 * On a shared machine, waits (at most `maxMs`) for the 1-minute load average
 * to drop below the number of cores before a measured build, so that other
 * work inflates the wall times less. The load at the start is recorded anyway.
 */
async function waitForQuiet(maxMs) {
  const limit = cpus().length;
  const start = Date.now();
  let said = false;
  while (loadavg()[0] >= limit && Date.now() - start < maxMs) {
    if (!said) log(`  waiting for the machine to quieten (load ${loadavg()[0].toFixed(1)} on ${limit} cores, at most ${Math.round(maxMs / 60000)} min)`);
    said = true;
    await new Promise((r) => setTimeout(r, 5000));
  }
}

/** Runs a project's build steps, measured one by one. */
async function build(dir, steps, label, quietMs) {
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  const out = {};
  const env = {
    ASTRO_TELEMETRY_DISABLED: '1',
    PATH: `${join(dir, 'node_modules', '.bin')}:${dirname(process.execPath)}:${process.env['PATH'] ?? ''}`,
  };
  for (const [i, step] of steps.entries()) {
    const name = stepName(step);
    const logFile = join(resultsDir, 'logs', `${label}-${i}-${name}.log`);
    await waitForQuiet(quietMs);
    const load = loadavg()[0];
    const r = await runMeasured('sh', ['-c', step], { cwd: dir, env, log: logFile });
    if (r.code !== 0) {
      const tail = readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
      throw new Error(`${label}: "${step}" failed (exit ${r.code}); log: ${logFile}\n${tail}`);
    }
    out[name] = { ...r, load1: load };
  }
  return out;
}

function dirBytes(dir) {
  let total = 0;
  let files = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        total += statSync(p).size;
        files += 1;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { bytes: total, files };
}

function countHtml(dir) {
  let n = 0;
  if (!existsSync(dir)) return 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) {
        if (e.name !== 'pagefind' && e.name !== '_astro') walk(join(d, e.name));
      } else if (e.name.endsWith('.html')) n += 1;
    }
  };
  walk(dir);
  return n;
}

/** Pages under `/{lang}/codes/` (the status-code pages, their index and the basic replies), all locales. */
function countCodePages(dist) {
  if (!existsSync(dist)) return 0;
  return readdirSync(dist, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^[a-z]{2}$/.test(e.name))
    .reduce((a, e) => a + countHtml(join(dist, e.name, 'codes')), 0);
}

/** Sizes of the Pagefind bundle: the index proper, and what the browser runtime needs. */
function pagefindSizes(dist) {
  const dir = ['pagefind', '_pagefind'].map((d) => join(dist, d)).find((d) => existsSync(d));
  if (!dir) return null;
  const part = (sub) => dirBytes(join(dir, sub));
  const top = readdirSync(dir).filter((f) => statSync(join(dir, f)).isFile());
  const sum = (re) => top.filter((f) => re.test(f)).reduce((a, f) => a + statSync(join(dir, f)).size, 0);
  const index = part('index');
  const fragment = part('fragment');
  const filter = part('filter');
  const meta = sum(/\.pf_meta$/);
  return {
    total: dirBytes(dir).bytes,
    index: index.bytes + fragment.bytes + filter.bytes + meta,
    indexChunks: index.files,
    fragments: fragment.files,
    fragmentBytes: fragment.bytes,
    metaBytes: meta,
    wasm: sum(/^wasm\..*\.pagefind$/),
  };
}

function versions() {
  const v = (p) => {
    try {
      return JSON.parse(readFileSync(join(repo, 'node_modules', p, 'package.json'), 'utf8')).version;
    } catch {
      return 'n/a';
    }
  };
  let commit = 'n/a';
  let dirty = false;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo }).toString().trim();
    dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'astro.config.mjs', 'package.json'], { cwd: repo }).toString().trim() !== '';
  } catch {
    /* not a git checkout */
  }
  let os = release();
  try {
    os = /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? os;
  } catch {
    /* not Linux */
  }
  return { node: process.version, astro: v('astro'), mdx: v('@astrojs/mdx'), pagefind: v('pagefind'), playwright: v('@playwright/test'), commit, dirty, os };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.report) {
    // Re-render a saved run (after a change to the report), targets included.
    const result = JSON.parse(readFileSync(opts.report, 'utf8'));
    result.targets = evaluateTargets(result);
    printSummary(result);
    if (opts.write) {
      writeDocs(result, repo);
      log(`wrote docs/benchmarks.md and docs/benchmarks.svg from ${opts.report}`);
    }
    return;
  }
  mkdirSync(resultsDir, { recursive: true });
  mkdirSync(cache, { recursive: true });
  const siteSteps = buildSteps();
  const floorSteps = ['astro build', 'pagefind --site dist'];
  // The site's code pages as Markdown, for the floor and Starlight (from the registry in src/codes/, not from a build).
  let codePages = null;
  if (opts.floor || opts.starlight) {
    try {
      const dir = join(cache, 'code-pages');
      codePages = { dir, ...(await writeCodePages({ repo, outDir: dir })) };
      log(`code pages for the floor and Starlight: ${codePages.files} files (${codePages.perLang} per locale) from src/codes/`);
    } catch (e) {
      log(`code pages: could not load the registry (${e instanceof Error ? e.message : e}); the floor and Starlight get the guides only`);
    }
  }
  // Starlight (issue 16): installed at bench time; without it the run goes on.
  let starlight = null;
  let starlightNote = opts.starlight ? null : 'skipped (--no-starlight)';
  if (opts.starlight) {
    const r = await ensureStarlight({ repo, cache, resultsDir, log });
    if (r.ok) {
      starlight = { ...r, debounceMs: pagefindUiDebounce(r.dir) };
      log(`Starlight ${r.version} (Astro ${r.astro}, Pagefind ${r.pagefind}) in bench/.cache/starlight-pkg/; Pagefind UI debounce ${starlight.debounceMs} ms`);
    } else {
      starlightNote = `not measured: install failed (${r.error})`;
      log(`Starlight: NOT MEASURED, install failed; continuing without it. ${r.error}`);
    }
  }
  const startedAt = new Date();
  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memBytes: totalmem(),
    gnuTime: existsSync('/usr/bin/time'),
    ...versions(),
  };
  if (starlight) machine.starlight = { version: starlight.version, astro: starlight.astro, pagefind: starlight.pagefind, mdx: starlight.mdx };
  log(`machine: ${machine.cores} × ${machine.cpu}, ${(machine.memBytes / 1024 ** 3).toFixed(0)} GiB, ${machine.os}, Node ${machine.node}, Astro ${machine.astro}, Pagefind ${machine.pagefind}`);
  log(`site build steps: ${siteSteps.join('  |  ')}`);

  const sizes = [];
  let decode = null;
  const browser = opts.search || opts.weights || opts.decode ? await launch() : null;
  if (browser) machine.chromium = browser.version();
  try {
    for (const n of opts.sizes) {
      log(`N = ${n}: corpus`);
      const corpusDir = join(cache, `corpus-${n}`);
      const corpus = writeCorpus({ realContentDir: join(repo, 'content'), outDir: corpusDir, n });
      const runs = { site: [], floor: [], starlight: [] };
      let siteDir = '';
      let starlightDir = '';
      let starlightError = null;
      const kinds = ['site', ...(opts.floor ? ['floor'] : []), ...(starlight ? ['starlight'] : [])];
      for (let r = 0; r < opts.repeat; r += 1) {
        // Alternating order, so that no project always builds first (or last) on a warming machine.
        const order = r % 2 === 0 ? kinds : [...kinds].reverse();
        for (const kind of order) {
          if (kind === 'starlight' && starlightError) continue;
          const dir =
            kind === 'site'
              ? prepareSite({ repo, cache, n, corpusDir })
              : kind === 'floor'
                ? prepareFloor({ repo, cache, n, corpusDir, codePagesDir: codePages?.dir ?? null })
                : prepareStarlight({ pkgDir: starlight.dir, cache, n, corpusDir, codePagesDir: codePages?.dir ?? null });
          if (kind === 'site') siteDir = dir;
          else if (kind === 'starlight') starlightDir = dir;
          log(`N = ${n}: building ${kind} (${r + 1}/${opts.repeat})`);
          const steps = kind === 'site' ? siteSteps : kind === 'floor' ? floorSteps : STARLIGHT_STEPS;
          let res;
          try {
            res = await build(dir, steps, `${kind}-${n}-r${r + 1}`, opts.waitQuiet * 60_000);
          } catch (e) {
            if (kind !== 'starlight') throw e;
            // Starlight is a comparison, not the subject: its failure is reported, the run goes on.
            starlightError = e instanceof Error ? e.message : String(e);
            log(`N = ${n}: Starlight build FAILED; continuing without it at this size. ${starlightError.split('\n')[0]}`);
            continue;
          }
          const pages = countHtml(join(dir, 'dist'));
          runs[kind].push({ ...res, pages, codePages: countCodePages(join(dir, 'dist')) });
          const parts = Object.entries(res).map(([k, v]) => `${k} ${(v.wallMs / 1000).toFixed(1)} s, ${(v.peakRssBytes / 1e9).toFixed(2)} GB`);
          log(`N = ${n}: ${kind}: ${pages} pages (${countCodePages(join(dir, 'dist'))} under /{lang}/codes/); ${parts.join('; ')}`);
        }
      }
      // The last site build stays on disk (builds are deterministic): measure its output.
      const dist = join(siteDir, 'dist');
      const entry = {
        n,
        corpus: { files: corpus.files, bytes: corpus.bytes },
        pages: countHtml(dist),
        dist: dirBytes(dist),
        pagefind: pagefindSizes(dist),
        site: runs.site,
        floor: runs.floor,
        floorPages: runs.floor[0]?.pages ?? null,
        codePages: { site: countCodePages(dist), floor: runs.floor[0]?.codePages ?? null, starlight: runs.starlight[0]?.codePages ?? null },
        weights: null,
        search: null,
        starlight: starlight
          ? {
              version: starlight.version,
              runs: runs.starlight,
              pages: runs.starlight[0]?.pages ?? null,
              dist: starlightError ? null : dirBytes(join(starlightDir, 'dist')),
              pagefind: starlightError ? null : pagefindSizes(join(starlightDir, 'dist')),
              error: starlightError,
              search: null,
            }
          : null,
      };
      if (browser) {
        const server = await serve(dist);
        try {
          if (opts.weights) {
            log(`N = ${n}: page weight`);
            entry.weights = await measurePageWeights(browser, server, dist);
          }
          if (opts.decode && decode === null) {
            log(`N = ${n}: decoder (${opts.searchRuns} runs per input)`);
            decode = await measureDecode(browser, server, { runs: opts.searchRuns, inputs: decodeInputs() });
          }
          const searchHere = opts.search && (opts.searchSizes === 'all' || opts.searchSizes.split(',').map(Number).includes(n));
          if (searchHere) {
            log(`N = ${n}: search (${opts.searchRuns} runs per query, cold and warm)`);
            entry.search = await measureSearch(browser, server, { runs: opts.searchRuns, repo, onProgress: (m) => log(`  search ${m}`) });
          }
        } finally {
          await server.close();
        }
        const searchStarlight = opts.search && entry.starlight && !entry.starlight.error && (opts.searchSizes === 'all' || opts.searchSizes.split(',').map(Number).includes(n));
        if (searchStarlight) {
          // Same server code, same Chromium, same queries and typing speed.
          const slServer = await serve(join(starlightDir, 'dist'));
          try {
            log(`N = ${n}: Starlight search (${opts.searchRuns} runs per query, cold and warm)`);
            entry.starlight.search = await measureStarlightSearch(browser, slServer, { runs: opts.searchRuns, debounceMs: starlight.debounceMs, onProgress: (m) => log(`  starlight search ${m}`) });
          } catch (e) {
            entry.starlight.searchError = e instanceof Error ? e.message : String(e);
            log(`N = ${n}: Starlight search FAILED; continuing. ${entry.starlight.searchError.split('\n')[0]}`);
          } finally {
            await slServer.close();
          }
        }
      }
      sizes.push(entry);
    }
  } finally {
    await browser?.close();
  }

  const result = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    options: opts,
    machine,
    sizes,
    decode,
    codePages: codePages ? { files: codePages.files, perLang: codePages.perLang, bytes: codePages.bytes } : null,
    starlightNote,
  };
  result.targets = evaluateTargets(result);
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  writeFileSync(join(resultsDir, `bench-${stamp}.json`), JSON.stringify(result, null, 2));
  writeFileSync(join(resultsDir, 'latest.json'), JSON.stringify(result, null, 2));
  printSummary(result);
  if (opts.write) {
    writeDocs(result, repo);
    log('wrote docs/benchmarks.md and docs/benchmarks.svg');
  }
  log(`raw figures: bench/results/bench-${stamp}.json`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
