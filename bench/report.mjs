/**
 * Turns a benchmark result into the targets verdict, the printed summary, the
 * generated part of docs/benchmarks.md (between the `bench:begin` and
 * `bench:end` markers; the rest of the file is written by hand) and
 * docs/benchmarks.svg.
 *
 * Units: KB = 1,000 bytes, MB = 10^6, GB = 10^9 (the targets are read in the
 * stricter decimal units).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median, min, percentile } from './stats.mjs';

const KB = 1000;
const GB = 1e9;
const f = {
  s: (ms) => (ms == null ? 'n/a' : `${(ms / 1000).toFixed(1)} s`),
  ms: (ms) => (ms == null ? 'n/a' : `${Math.round(ms)} ms`),
  ms1: (ms) => (ms == null ? 'n/a' : `${ms.toFixed(1)} ms`),
  gb: (b) => (b == null ? 'n/a' : `${(b / GB).toFixed(2)} GB`),
  mb: (b) => (b == null ? 'n/a' : `${(b / 1e6).toFixed(1)} MB`),
  kb: (b) => (b == null ? 'n/a' : `${(b / KB).toFixed(1)} KB`),
  x: (r) => (r == null || !Number.isFinite(r) ? 'n/a' : `${r.toFixed(2)}×`),
};

const total = (run) => (run.astro?.wallMs ?? 0) + (run.pagefind?.wallMs ?? 0);
// Starlight runs Pagefind inside `astro build`: its runs have no pagefind step.
const cpu = (run) => (run.astro?.cpuMs ?? NaN) + (run.pagefind ? run.pagefind.cpuMs ?? NaN : 0);
const side = (runs) =>
  !runs || runs.length === 0
    ? null
    : {
        astro: min(runs.map((r) => r.astro?.wallMs)),
        astroMedian: median(runs.map((r) => r.astro?.wallMs)),
        pagefind: min(runs.map((r) => r.pagefind?.wallMs)),
        total: min(runs.map(total)),
        totalMedian: median(runs.map(total)),
        cpu: min(runs.map(cpu)),
        astroRss: Math.max(...runs.map((r) => r.astro?.peakRssBytes ?? 0)),
        pagefindRss: Math.max(...runs.map((r) => r.pagefind?.peakRssBytes ?? 0)),
        load: Math.max(...runs.flatMap((r) => [r.astro?.load1 ?? 0, r.pagefind?.load1 ?? 0])),
        runs: runs.length,
      };

/** Per-size build figures: min and median over the repeated builds. */
export function buildFigures(size) {
  const site = side(size.site);
  const floor = side(size.floor);
  return {
    site,
    floor,
    perPageMs: site ? site.total / size.pages : null,
    ratio: site && floor ? site.total / floor.total : null,
    ratioMedian: site && floor ? site.totalMedian / floor.totalMedian : null,
    ratioAstro: site && floor ? site.astro / floor.astro : null,
    ratioCpu: site && floor && Number.isFinite(site.cpu) && Number.isFinite(floor.cpu) ? site.cpu / floor.cpu : null,
  };
}

/** Starlight's build at one size against the site's: `{ starlight, site, ratio, ratioCpu }`, or null when not built. */
export function starlightBuildFigures(size) {
  const sl = side(size.starlight?.runs);
  const site = side(size.site);
  if (!sl) return null;
  return {
    starlight: sl,
    site,
    ratio: site ? site.total / sl.total : null,
    ratioMedian: site ? site.totalMedian / sl.totalMedian : null,
    ratioCpu: site && Number.isFinite(site.cpu) && Number.isFinite(sl.cpu) ? site.cpu / sl.cpu : null,
  };
}

/** Median and p95 of one measure over the runs of a query. */
function stat(list, key) {
  const xs = list.map((r) => r[key]);
  return { median: median(xs), p95: percentile(xs, 95) };
}

/**
 * Search figures per query. `net` takes the UI's deliberate debounce out of a
 * time that includes it (a time shorter than the debounce did not wait for it).
 */
export function searchFigures(search) {
  if (!search) return null;
  const d = search.debounceMs ?? 0;
  const net = (x) => (x == null ? null : x >= d ? x - d : x);
  return search.queries.map((q) => ({
    id: q.id,
    label: q.label,
    lang: q.lang,
    ok: q.cold.every((r) => r.ok) && q.warm.every((r) => r.ok),
    results: median(q.cold.map((r) => r.results)),
    cold: {
      bytes: stat(q.cold, 'bytes'),
      requests: median(q.cold.map((r) => r.requests)),
      fromFirstKey: stat(q.cold, 'fromFirstKey'),
      fromLastKey: stat(q.cold, 'fromLastKey'),
      netFromLastKey: { median: net(median(q.cold.map((r) => r.fromLastKey))), p95: net(percentile(q.cold.map((r) => r.fromLastKey), 95)) },
    },
    warm: {
      bytes: stat(q.warm, 'bytes'),
      requests: median(q.warm.map((r) => r.requests)),
      fromLastKey: stat(q.warm, 'fromLastKey'),
      netFromLastKey: { median: net(median(q.warm.map((r) => r.fromLastKey))), p95: net(percentile(q.warm.map((r) => r.fromLastKey), 95)) },
      done: stat(q.warm, 'doneFromLastKey'),
    },
    blocked: q.blocked ?? null,
    engine: q.engine ?? null,
  }));
}

/** The issue's targets, checked against the largest N (and N = 100 for linearity). */
export function evaluateTargets(result) {
  const bySize = new Map(result.sizes.map((s) => [s.n, s]));
  const big = bySize.get(1000) ?? result.sizes[result.sizes.length - 1];
  const mid = bySize.get(100);
  const out = [];
  if (!big) return out;
  const b = buildFigures(big);
  if (b.ratio != null) out.push({ id: 'build-time', target: `Build of ${big.pages} pages (Astro + Pagefind) vs the floor`, value: f.x(b.ratio), limit: '≤ 1.20×', met: b.ratio <= 1.2 });
  if (b.site) {
    const peak = Math.max(b.site.astroRss, b.site.pagefindRss);
    out.push({ id: 'build-memory', target: `Peak memory of the build, ${big.pages} pages`, value: f.gb(peak), limit: '≤ 3.00 GB', met: peak <= 3 * GB });
  }
  if (mid && b.perPageMs != null) {
    const m = buildFigures(mid);
    if (m.perPageMs) {
      const r = b.perPageMs / m.perPageMs;
      out.push({ id: 'linear', target: `Time per page, N = ${big.n} vs N = ${mid.n}`, value: `${f.ms1(b.perPageMs)} vs ${f.ms1(m.perPageMs)} = ${f.x(r)}`, limit: '≤ 1.20×', met: r <= 1.2 });
    }
  }
  const dec = result.decode;
  if (dec) {
    const msg = dec.inputs.find((i) => i.id === 'message-75k');
    if (msg) {
      const m = median(msg.times);
      out.push({ id: 'decode-time', target: `Decoding a ${f.kb(msg.chars)} raw message in Chromium, parsers loaded (median of ${msg.times.length})`, value: f.ms1(m), limit: '≤ 30 ms', met: msg.ok && m <= 30 });
    }
    out.push({ id: 'decode-js', target: 'Decode page: JavaScript on load (gzip)', value: f.kb(dec.loadJs.bytes), limit: '≤ 12 KB', met: dec.loadJs.bytes <= 12 * KB });
  }
  const s = searchFigures(big.search);
  if (s) {
    const fullText = s.filter((q) => q.id !== 'code');
    const worst = (list, pick) => list.reduce((a, q) => (pick(q) != null && (a == null || pick(q) > pick(a)) ? q : a), null);
    const cold = worst(s, (q) => q.cold.bytes.median);
    out.push({ id: 'search-cold-bytes', target: 'Opening search + first query, bytes (worst query, median)', value: `${f.kb(cold.cold.bytes.median)} (${cold.id})`, limit: '≤ 100 KB', met: cold.cold.bytes.median <= 100 * KB });
    const warm = worst(s, (q) => q.warm.bytes.median);
    out.push({ id: 'search-warm-bytes', target: 'Later query, bytes (worst query, median)', value: `${f.kb(warm.warm.bytes.median)} (${warm.id})`, limit: '≤ 30 KB', met: warm.warm.bytes.median <= 30 * KB });
    const slow = worst(fullText.length ? fullText : s, (q) => q.warm.netFromLastKey.median);
    out.push({
      id: 'search-warm-time',
      target: `Later query, last keystroke → results, without the ${big.search.debounceMs} ms debounce (worst query, median)`,
      value: `${f.ms(slow.warm.netFromLastKey.median)} (${slow.id})`,
      limit: '≤ 50 ms',
      met: slow.warm.netFromLastKey.median != null && slow.warm.netFromLastKey.median <= 50,
    });
    const code = s.find((q) => q.id === 'code');
    if (code) {
      const blocked = code.blocked;
      const t = code.cold.fromLastKey.median;
      out.push({
        id: 'search-code',
        target: 'Code lookup `44316`, cold: last keystroke → guide shown' + (blocked ? '; and with Pagefind blocked' : ''),
        value: `${f.ms(t)}${blocked ? `; blocked: ${blocked.ok ? f.ms(blocked.fromLastKey) : 'no result'}` : ''}`,
        limit: '≤ 50 ms, no full-text index needed',
        met: t != null && t <= 50 && (!blocked || (blocked.ok && blocked.fromLastKey <= 50)),
      });
    }
  }
  out.push(...starlightTargets(result));
  return out;
}

/** The largest size measured with Starlight's search as well as ours. */
function starlightSearchSize(result) {
  return [...result.sizes].filter((x) => x.search && x.starlight?.search).sort((a, b) => b.n - a.n)[0] ?? null;
}

/**
 * Issue 16's targets against Starlight 0.42 on the same corpus, at the largest
 * size where both searches were measured (bytes: medians; "later": the same
 * query after another one). The build ratio at the largest size Starlight built.
 */
export function starlightTargets(result) {
  const out = [];
  const size = starlightSearchSize(result);
  if (size) {
    const ours = searchFigures(size.search);
    const theirs = searchFigures(size.starlight.search);
    const both = ours.map((o) => ({ o, t: theirs.find((x) => x.id === o.id) })).filter((p) => p.t);
    for (const { o, t } of both.filter((p) => ['word', 'pl', 'tr'].includes(p.o.id))) {
      const a = o.cold.bytes.median;
      const b = t.cold.bytes.median;
      const r = a != null && b ? a / b : null;
      out.push({ id: `sl-cold-${o.id}`, target: `vs Starlight, N = ${size.n}: ${o.label}, opening search + query, bytes (median)`, value: `${f.kb(a)} vs ${f.kb(b)} = ${f.x(r)}`, limit: '≤ 0.80× Starlight', met: r != null && r <= 0.8 });
    }
    const instant = both.filter((p) => ['code', 'bounce'].includes(p.o.id));
    if (instant.length) {
      const worst = instant.reduce((a, p) => (a == null || (p.o.cold.bytes.median ?? Infinity) > (a.o.cold.bytes.median ?? Infinity) ? p : a), null);
      out.push({
        id: 'sl-cold-instant',
        target: `vs Starlight, N = ${size.n}: code and pasted-line queries, opening search + query, bytes (worst, median)`,
        value: instant.map((p) => `${p.o.id} ${f.kb(p.o.cold.bytes.median)}`).join(', ') + ` (Starlight: ${instant.map((p) => `${f.kb(p.t.cold.bytes.median)}`).join(', ')})`,
        limit: '≤ 20 KB',
        met: worst.o.cold.bytes.median != null && worst.o.cold.bytes.median <= 20 * KB,
      });
    }
    if (both.length) {
      const rows = both.map((p) => ({ ...p, limit: Math.max(30 * KB, 0.8 * (p.t.warm.bytes.median ?? 0)) }));
      const worst = rows.reduce((a, p) => (a == null || (p.o.warm.bytes.median ?? Infinity) / p.limit > (a.o.warm.bytes.median ?? Infinity) / a.limit ? p : a), null);
      out.push({
        id: 'sl-warm',
        target: `vs Starlight, N = ${size.n}: later query, bytes (median; query furthest over its limit)`,
        value: `${f.kb(worst.o.warm.bytes.median)} (${worst.o.id}; Starlight ${f.kb(worst.t.warm.bytes.median)})`,
        limit: `≤ max(30 KB, 0.8× Starlight) = ${f.kb(worst.limit)}`,
        met: rows.every((p) => p.o.warm.bytes.median != null && p.o.warm.bytes.median <= p.limit),
      });
    }
  }
  const built = [...result.sizes].filter((x) => starlightBuildFigures(x)?.ratio != null).sort((a, b) => b.n - a.n)[0];
  if (built) {
    const b = starlightBuildFigures(built);
    out.push({ id: 'sl-build', target: `Build of ${built.pages} pages vs Starlight 0.42 (${built.starlight.pages} pages, same corpus), wall time`, value: `${f.s(b.site.total)} vs ${f.s(b.starlight.total)} = ${f.x(b.ratio)} (CPU ${f.x(b.ratioCpu)})`, limit: '≤ 0.78×', met: b.ratio <= 0.78 });
  }
  return out;
}

/** A Markdown table; the first `left` columns are left-aligned, the rest (numbers) right-aligned. */
function table(head, rows, left = 1) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map((_, i) => (i < left ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

export function buildTable(result) {
  return table(
    ['N codes', 'Pages', 'Floor pages', 'Code pages (site / floor)', 'Astro', 'Astro peak RSS', 'Pagefind', 'Pagefind peak RSS', 'Total', 'Per page', 'Floor Astro', 'Floor Pagefind', 'Floor total', 'Floor peak RSS', 'Ratio (time)', 'Ratio (Astro only)', 'Ratio (CPU time)', 'dist', 'Pagefind dir'],
    result.sizes.map((s) => {
      const b = buildFigures(s);
      return [
        String(s.n),
        String(s.pages),
        String(s.floorPages ?? 'n/a'),
        s.codePages ? `${s.codePages.site ?? 'n/a'} / ${s.codePages.floor ?? 'n/a'}` : 'n/a',
        f.s(b.site?.astro),
        f.gb(b.site?.astroRss),
        f.s(b.site?.pagefind),
        f.gb(b.site?.pagefindRss),
        f.s(b.site?.total),
        f.ms1(b.perPageMs),
        f.s(b.floor?.astro),
        f.s(b.floor?.pagefind),
        f.s(b.floor?.total),
        b.floor ? f.gb(Math.max(b.floor.astroRss, b.floor.pagefindRss)) : 'n/a',
        f.x(b.ratio),
        f.x(b.ratioAstro),
        f.x(b.ratioCpu),
        f.mb(s.dist.bytes),
        f.mb(s.pagefind.total),
      ];
    }),
  );
}

/** Starlight's build at each size, against the site's. */
export function starlightBuildTable(result) {
  const rows = [];
  for (const s of result.sizes) {
    const b = starlightBuildFigures(s);
    if (!b) {
      if (s.starlight?.error) rows.push([String(s.n), `${s.pages} / –`, '–', f.s(buildFigures(s).site?.total), 'build failed', '–', '–', '–', '–', '–']);
      continue;
    }
    rows.push([
      String(s.n),
      `${s.pages} / ${s.starlight.pages}`,
      `${s.codePages?.site ?? 'n/a'} / ${s.codePages?.starlight ?? 'n/a'}`,
      f.s(b.site?.total),
      f.s(b.starlight.total),
      f.x(b.ratio),
      f.x(b.ratioCpu),
      f.gb(b.starlight.astroRss),
      s.starlight.dist ? f.mb(s.starlight.dist.bytes) : 'n/a',
      s.starlight.pagefind ? f.mb(s.starlight.pagefind.total) : 'n/a',
    ]);
  }
  return rows.length
    ? table(['N codes', 'Pages (site / Starlight)', 'Code pages (site / Starlight)', 'Site build (Astro + Pagefind)', 'Starlight build (astro build, Pagefind inside)', 'Ratio (time)', 'Ratio (CPU time)', 'Starlight peak RSS', 'Starlight dist', 'Starlight Pagefind dir'], rows)
    : '';
}

/** Our search against Starlight's at one size, per query (medians). */
export function starlightSearchTable(size) {
  const ours = searchFigures(size.search);
  const theirs = searchFigures(size.starlight?.search);
  if (!ours || !theirs) return '';
  const r = (a, b) => (a != null && b ? f.x(a / b) : 'n/a');
  return table(
    ['Query', 'Cold: ours', 'Cold: Starlight', 'Cold ratio', 'Later: ours', 'Later: Starlight', 'Later ratio', 'Later, last key → results: ours', 'Starlight', 'Ratio', 'Same without debounce: ours', 'Starlight', 'Cold, last key → results: ours / Starlight', 'Results shown: ours / Starlight'],
    ours
      .map((o) => ({ o, t: theirs.find((x) => x.id === o.id) }))
      .filter((p) => p.t)
      .map(({ o, t }) => [
        `${o.label} (${o.lang})${t.ok ? '' : ' ⚠ Starlight: no result shown in some runs'}`,
        f.kb(o.cold.bytes.median),
        f.kb(t.cold.bytes.median),
        r(o.cold.bytes.median, t.cold.bytes.median),
        f.kb(o.warm.bytes.median),
        f.kb(t.warm.bytes.median),
        r(o.warm.bytes.median, t.warm.bytes.median),
        f.ms(o.warm.fromLastKey.median),
        f.ms(t.warm.fromLastKey.median),
        r(o.warm.fromLastKey.median, t.warm.fromLastKey.median),
        f.ms(o.warm.netFromLastKey.median),
        f.ms(t.warm.netFromLastKey.median),
        `${f.ms(o.cold.fromLastKey.median)} / ${f.ms(t.cold.fromLastKey.median)}`,
        `${o.results ?? 'n/a'} / ${t.results ?? 'n/a'}`,
      ]),
  );
}

export function pagefindTable(result) {
  return table(
    ['N codes', 'Index (meta + chunks + fragments + filters)', 'pf_meta (3 locales)', 'Index chunks', 'Fragments', 'Fragment bytes'],
    result.sizes.map((s) => [String(s.n), f.mb(s.pagefind.index), f.kb(s.pagefind.metaBytes), String(s.pagefind.indexChunks), String(s.pagefind.fragments), f.mb(s.pagefind.fragmentBytes)]),
  );
}

export function weightTable(result) {
  const rows = [];
  for (const s of result.sizes) {
    for (const w of s.weights ?? []) {
      rows.push([w.type, String(s.n), f.kb(w.html), f.kb(w.css), f.kb(w.js), f.kb(w.other), f.kb(w.total), String(w.requests), f.kb(w.htmlRaw)]);
    }
  }
  rows.sort((a, b) => a[0].localeCompare(b[0]) || Number(a[1]) - Number(b[1]));
  return table(['Page type', 'N codes', 'HTML (gzip)', 'CSS (gzip)', 'JS (gzip)', 'Other', 'Total', 'Requests', 'HTML (raw)'], rows);
}

export function searchTable(size) {
  const s = searchFigures(size.search);
  if (!s) return '';
  const pm = (x) => `${f.ms(x.median)} / ${f.ms(x.p95)}`;
  return table(
    ['Query', 'Results', 'Cold: bytes', 'Cold: requests', 'Cold: first key → results', 'Cold: last key → results', 'Later: bytes', 'Later: last key → results', 'Later: same, without debounce', 'Later: last key → final list', 'Pagefind alone: 0 / 5 results loaded'],
    s.map((q) => [
      `${q.label} (${q.lang})${q.ok ? '' : ' ⚠ no result in some runs'}`,
      String(q.results ?? 'n/a'),
      f.kb(q.cold.bytes.median),
      String(q.cold.requests ?? 'n/a'),
      pm(q.cold.fromFirstKey),
      pm(q.cold.fromLastKey),
      f.kb(q.warm.bytes.median),
      pm(q.warm.fromLastKey),
      pm(q.warm.netFromLastKey),
      pm(q.warm.done),
      q.engine ? `${f.kb(q.engine.none.bytes)} / ${f.kb(q.engine.five.bytes)}` : 'n/a',
    ]),
  );
}

/** What a file fetched by the search is, for the breakdown of a query's bytes. */
function kindOf(path, uiLabel = 'site search JS') {
  if (/pagefind-worker\.js$/.test(path)) return 'Pagefind worker';
  if (/\/_?pagefind\/pagefind\.js$/.test(path)) return 'pagefind.js';
  if (/pagefind-entry\.json$/.test(path)) return 'pagefind-entry.json';
  if (/\.pagefind$/.test(path)) return 'Pagefind wasm';
  if (/\.pf_meta$/.test(path)) return 'pf_meta (page list, chunk table)';
  if (/\.pf_index$/.test(path)) return 'index chunks';
  if (/\.pf_fragment$/.test(path)) return 'fragments (one per result shown)';
  if (/\.pf_filter$/.test(path)) return 'filters';
  if (/\.js$/.test(path)) return uiLabel;
  if (/\.css$/.test(path)) return 'CSS';
  if (/\/guides\.json$/.test(path)) return 'guide list (/{lang}/guides.json)';
  return 'other';
}

/** Bytes of the median cold and later run of one query, by kind of file. */
export function breakdownTable(size, id = 'word', search = size.search, uiLabel = 'site search JS') {
  const q = search?.queries.find((x) => x.id === id);
  if (!q || !q.cold[0]?.files) return '';
  const pickMedian = (runs) => [...runs].sort((a, b) => a.bytes - b.bytes)[Math.floor((runs.length - 1) / 2)];
  const sum = (run) => {
    const m = new Map();
    for (const file of run.files) {
      const k = kindOf(file.path, uiLabel);
      const e = m.get(k) ?? { bytes: 0, n: 0 };
      e.bytes += file.bytes;
      e.n += 1;
      m.set(k, e);
    }
    return m;
  };
  const cold = sum(pickMedian(q.cold));
  const warm = sum(pickMedian(q.warm));
  const kinds = [...new Set([...cold.keys(), ...warm.keys()])].sort((a, b) => (cold.get(b)?.bytes ?? 0) - (cold.get(a)?.bytes ?? 0));
  const cell = (e) => (e ? `${f.kb(e.bytes)} (${e.n})` : '–');
  return table(['File', 'Cold (files)', 'Later (files)'], kinds.map((k) => [k, cell(cold.get(k)), cell(warm.get(k))]));
}

function searchBytesTable(result) {
  const rows = [];
  for (const s of result.sizes) {
    const fig = searchFigures(s.search);
    if (!fig) continue;
    for (const q of fig) rows.push([String(s.n), q.id, f.kb(q.cold.bytes.median), f.kb(q.warm.bytes.median)]);
  }
  return rows.length ? table(['N codes', 'Query', 'Cold: open + first query', 'Later query'], rows, 2) : '';
}

/** The decoder's figures: what loads when, and the time per input. */
export function decodeTable(result) {
  const dec = result.decode;
  if (!dec) return null;
  const rows = [
    ['JavaScript on page load (gzip)', f.kb(dec.loadJs.bytes), dec.loadJs.files.map((p) => p.replace(/^.*\//, '')).join(', ')],
    ['First use (parsers and code list, gzip)', f.kb(dec.firstUse?.bytes ?? null), (dec.firstUse?.files ?? []).map((p) => p.replace(/^.*\//, '')).join(', ')],
  ];
  for (const i of dec.inputs) {
    const extra = i.fetched.bytes > 0 ? `; fetched on its first decode: ${f.kb(i.fetched.bytes)} (${i.fetched.files.map((p) => p.replace(/^.*\//, '')).join(', ')})` : '';
    rows.push([`${i.label}, ${f.kb(i.chars)}`, `${f.ms1(median(i.times))} median, ${f.ms1(Math.max(...i.times))} max`, `first decode ${f.ms1(i.firstMs)}${extra}${i.ok ? '' : '; **no result**'}`]);
  }
  return table(['Decoder', 'Measured', 'Notes'], rows, 1);
}

export function targetTable(result) {
  return table(['Target', 'Measured', 'Limit', 'Met'], result.targets.map((t) => [t.target, t.value, t.limit, t.met ? 'yes' : '**no**']), 4);
}

function machineLine(result) {
  const m = result.machine;
  return `${m.cores} × ${m.cpu}, ${(m.memBytes / 2 ** 30).toFixed(0)} GiB RAM, ${m.os}; Node ${m.node}, Astro ${m.astro}, @astrojs/mdx ${m.mdx}, Pagefind ${m.pagefind}, Chromium ${m.chromium ?? 'n/a'} (Playwright ${m.playwright}); ${m.starlight ? `Starlight ${m.starlight.version} (Astro ${m.starlight.astro}, Pagefind ${m.starlight.pagefind}); ` : ''}commit ${m.commit}${m.dirty ? ' plus uncommitted changes' : ''}; peak RSS from ${m.gnuTime ? 'GNU time (ru_maxrss)' : '/proc sampling'}`;
}

/** The summary printed at the end of a run. */
export function printSummary(result) {
  const out = [];
  out.push('', `Machine: ${machineLine(result)}`, '', 'Build', buildTable(result), '', 'Pagefind index', pagefindTable(result));
  if (result.sizes.some((s) => s.weights)) out.push('', 'Page weight on load', weightTable(result));
  for (const s of result.sizes) {
    if (s.search) out.push('', `Search, N = ${s.n} (${s.search.mode} mode, median / p95 over ${s.search.runs} runs, typing ${s.search.keyDelayMs} ms per key, debounce ${s.search.debounceMs} ms)`, searchTable(s));
  }
  const sb = starlightBuildTable(result);
  if (sb) out.push('', 'Starlight build', sb);
  for (const s of result.sizes) {
    const st = s.starlight?.search ? starlightSearchTable(s) : '';
    if (st) out.push('', `Starlight comparison, N = ${s.n} (median over ${s.search.runs} runs)`, st);
  }
  if (result.starlightNote) out.push('', `Starlight: ${result.starlightNote}`);
  const dt = decodeTable(result);
  if (dt) out.push('', 'Decoder (/en/decode/, Chromium)', dt);
  if (result.targets.length) out.push('', 'Targets', targetTable(result));
  process.stdout.write(`${out.join('\n')}\n`);
}

/** The chart: build time and search bytes against page count (log scale). */
export function chartSvg(result) {
  const W = 820;
  const H = 330;
  const panelW = 360;
  const pad = { l: 56, r: 16, t: 40, b: 44 };
  const sizes = result.sizes.filter((s) => s.pages > 0);
  const xs = sizes.map((s) => s.pages);
  const allX = [...xs, ...sizes.map((s) => s.floorPages).filter((x) => x > 0)];
  const xMin = Math.min(...allX);
  const xMax = Math.max(...allX);
  const lx = (v, x0) => x0 + pad.l + ((Math.log10(v) - Math.log10(xMin)) / Math.max(1e-9, Math.log10(xMax) - Math.log10(xMin))) * (panelW - pad.l - pad.r);
  const esc = (t) => String(t).replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const parts = [];
  const panel = (x0, title, yLabel, series, unit) => {
    const all = series.flatMap((s) => s.points.map((p) => p[1])).filter((v) => v != null);
    const yMax = Math.max(1, ...all) * 1.1;
    const ly = (v) => H - pad.b - (v / yMax) * (H - pad.t - pad.b);
    parts.push(`<text x="${x0 + panelW / 2}" y="20" text-anchor="middle" font-weight="bold">${esc(title)}</text>`);
    parts.push(`<line x1="${x0 + pad.l}" y1="${H - pad.b}" x2="${x0 + panelW - pad.r}" y2="${H - pad.b}" stroke="#888"/>`);
    parts.push(`<line x1="${x0 + pad.l}" y1="${pad.t}" x2="${x0 + pad.l}" y2="${H - pad.b}" stroke="#888"/>`);
    for (let i = 0; i <= 4; i += 1) {
      const v = (yMax / 4) * i;
      parts.push(`<text x="${x0 + pad.l - 6}" y="${ly(v) + 4}" text-anchor="end" font-size="11">${v >= 10 ? Math.round(v) : v.toFixed(1)}</text>`);
      parts.push(`<line x1="${x0 + pad.l}" y1="${ly(v)}" x2="${x0 + panelW - pad.r}" y2="${ly(v)}" stroke="#8884"/>`);
    }
    const ticks = [10, 30, 100, 300, 1000, 3000, 10000].filter((t) => t >= xMin * 0.9 && t <= xMax * 1.1);
    for (const p of ticks) {
      parts.push(`<line x1="${lx(p, x0)}" y1="${H - pad.b}" x2="${lx(p, x0)}" y2="${H - pad.b + 4}" stroke="#888"/>`);
      parts.push(`<text x="${lx(p, x0)}" y="${H - pad.b + 16}" text-anchor="middle" font-size="11">${p.toLocaleString('en')}</text>`);
    }
    parts.push(`<text x="${x0 + panelW / 2}" y="${H - 8}" text-anchor="middle" font-size="11">pages (log scale)</text>`);
    parts.push(`<text transform="translate(${x0 + 14} ${H / 2}) rotate(-90)" text-anchor="middle" font-size="11">${esc(yLabel)}</text>`);
    series.forEach((s, i) => {
      const pts = s.points.filter((p) => p[1] != null);
      if (!pts.length) return;
      parts.push(`<polyline fill="none" stroke="${s.color}" stroke-width="2" ${s.dash ? 'stroke-dasharray="5 4"' : ''} points="${pts.map((p) => `${lx(p[0], x0).toFixed(1)},${ly(p[1]).toFixed(1)}`).join(' ')}"/>`);
      if (!s.dash || !s.name.startsWith('limit')) for (const p of pts) parts.push(`<circle cx="${lx(p[0], x0).toFixed(1)}" cy="${ly(p[1]).toFixed(1)}" r="3" fill="${s.color}"><title>${esc(`${s.name}: ${p[1].toFixed(1)} ${unit} at ${p[0]} pages`)}</title></circle>`);
      parts.push(`<rect x="${x0 + pad.l + 8}" y="${pad.t + 4 + i * 16}" width="10" height="3" fill="${s.color}"/><text x="${x0 + pad.l + 22}" y="${pad.t + 9 + i * 16}" font-size="11">${esc(s.name)}</text>`);
    });
  };
  const figs = sizes.map((s) => ({ s, b: buildFigures(s), q: searchFigures(s.search) }));
  panel(0, 'Build time', 'seconds (Astro + Pagefind)', [
    { name: 'site', color: '#0969da', points: figs.map(({ s, b }) => [s.pages, b.site ? b.site.total / 1000 : null]) },
    { name: 'floor', color: '#8250df', dash: true, points: figs.map(({ s, b }) => [s.floorPages ?? s.pages, b.floor ? b.floor.total / 1000 : null]) },
  ], 's');
  const qb = (q, id, k) => q?.find((x) => x.id === id)?.[k].bytes.median ?? null;
  panel(W - panelW - 20, 'Search bytes (word query)', 'KB transferred', [
    { name: 'open + first query', color: '#cf222e', points: figs.map(({ s, q }) => [s.pages, qb(q, 'word', 'cold') != null ? qb(q, 'word', 'cold') / KB : null]) },
    { name: 'later query', color: '#1a7f37', points: figs.map(({ s, q }) => [s.pages, qb(q, 'word', 'warm') != null ? qb(q, 'word', 'warm') / KB : null]) },
    {
      name: 'Pagefind alone, cold, 0 results',
      color: '#6e7781',
      points: figs.map(({ s, q }) => {
        const e = q?.find((x) => x.id === 'word')?.engine;
        return [s.pages, e ? e.none.bytes / KB : null];
      }),
    },
    { name: 'limit: 100 KB', color: '#cf222e', dash: true, points: figs.map(({ s }) => [s.pages, 100]) },
    { name: 'limit: 30 KB', color: '#1a7f37', dash: true, points: figs.map(({ s }) => [s.pages, 30]) },
  ], 'KB');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="system-ui, sans-serif" role="img" aria-label="Build time and search bytes against page count">
<rect width="100%" height="100%" fill="#fff"/>
${parts.join('\n')}
</svg>
`;
}

/** The Starlight part of the generated block. */
function starlightBlock(result) {
  const out = [];
  const bt = starlightBuildTable(result);
  if (!bt && !result.sizes.some((s) => s.starlight?.search)) {
    if (result.starlightNote) out.push('', '### Starlight comparison', '', `Starlight: ${result.starlightNote}.`);
    return out;
  }
  const v = result.machine.starlight;
  out.push('', '### Starlight comparison', '', `Starlight ${v?.version ?? ''} on the same corpus (guides, overview, code pages), Astro ${v?.astro ?? 'n/a'}, Pagefind ${v?.pagefind ?? 'n/a'}; built and searched in this run, same server, same Chromium. Ratios are ours ÷ Starlight's (below 1: ours is smaller or faster).`);
  if (bt) out.push('', 'Build (best of the runs; Starlight\'s `astro build` runs Pagefind itself):', '', bt);
  for (const s of result.sizes) {
    const st = s.starlight?.search ? starlightSearchTable(s) : '';
    if (!st) continue;
    out.push(
      '',
      `#### N = ${s.n}: search (${s.pages} / ${s.starlight.pages} pages)`,
      '',
      `Median over ${s.search.runs} runs. Starlight: its header button opens the search dialog (Pagefind UI, debounce ${s.starlight.search.debounceMs} ms); cold bytes are what the page fetches after its load event (the search UI, imported on idle) plus everything from opening the dialog until the network is quiet; "results" when the first result's link is rendered (or the "no results" message).`,
      '',
      st,
    );
    if (s.starlight.searchError) out.push('', `Starlight search failed: ${s.starlight.searchError.split('\n')[0]}`);
  }
  const size = starlightSearchSize(result);
  if (size) {
    const bd = breakdownTable(size, 'word', size.starlight.search, 'Starlight search UI JS');
    if (bd) out.push('', `Where Starlight's bytes for the word query go (N = ${size.n}):`, '', bd);
  }
  return out;
}

/** The generated block of docs/benchmarks.md. */
export function markdownBlock(result) {
  const out = [];
  out.push(`Last run: ${result.startedAt.slice(0, 16).replace('T', ' ')} UTC, \`${result.command}\` (${((Date.parse(result.finishedAt) - Date.parse(result.startedAt)) / 60000).toFixed(0)} min).`);
  out.push('', `Machine: ${machineLine(result)}.`);
  const loads = result.sizes.flatMap((s) => [...s.site, ...s.floor].flatMap((r) => [r.astro?.load1, r.pagefind?.load1])).filter((x) => x != null);
  if (loads.length) out.push('', `Load average (1 min) when the builds started: ${Math.min(...loads).toFixed(1)} to ${Math.max(...loads).toFixed(1)} on ${result.machine.cores} cores (other work on the machine slows wall times; CPU time is less affected).`);
  out.push('', '### Targets', '', targetTable(result));
  out.push('', '### Build', '', `Wall time is the best of ${result.options.repeat} run(s) per size; peak RSS is the largest. Ratios are site ÷ floor.`, '', buildTable(result));
  out.push('', '### Pagefind index', '', pagefindTable(result));
  if (result.sizes.some((s) => s.weights)) out.push('', '### Page weight on load', '', 'One page of each type in English, gzip level 6 per response (Pagefind files as served: they are gzip data already).', '', weightTable(result));
  for (const s of result.sizes) {
    if (!s.search || s.n !== Math.max(...result.sizes.filter((x) => x.search).map((x) => x.n))) continue;
    out.push(
      '',
      `### Search, N = ${s.n} (${s.pages} pages)`,
      '',
      `Driven through the ${s.search.mode === 'header' ? 'header search field (`#site-search-q`, results as `role=option`)' : s.search.mode === 'page' ? 'search page' : 'Pagefind JS API (no search UI found)'}; median / p95 over ${s.search.runs} runs; typing ${s.search.keyDelayMs} ms per key; the UI's debounce is ${s.search.debounceMs} ms. "Cold": the first query in a fresh browser context (no cache), bytes from focusing the field until the network is quiet. "Later": the same query after another one in the same page.`,
      '',
      searchTable(s),
    );
    const bd = breakdownTable(s, 'word');
    if (bd) out.push('', `Where the bytes of the word query go (${s.pages} pages):`, '', bd);
  }
  const dt = decodeTable(result);
  if (dt) out.push('', '### Decoder', '', `On \`/en/decode/\` of the site as built for the first size, in the same Chromium; time from "Decode" to the results shown (the page's \`data-state\`), measured in the page, after one warm-up decode of the same input; ${result.decode.inputs[0]?.times.length ?? 0} runs each.`, '', dt);
  const sb = searchBytesTable(result);
  if (sb) out.push('', '### Search bytes by size', '', sb);
  out.push(...starlightBlock(result));
  out.push('', '![Build time and search bytes against page count](benchmarks.svg)');
  return out.join('\n');
}

const BEGIN = '<!-- bench:begin (generated by `npm run bench`; edit outside these markers) -->';
const END = '<!-- bench:end -->';

/** Rewrites the generated block of docs/benchmarks.md and the chart. */
export function writeDocs(result, repo) {
  const file = join(repo, 'docs', 'benchmarks.md');
  const block = `${BEGIN}\n${markdownBlock(result)}\n${END}`;
  let text = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmarks\n\n${BEGIN}\n${END}\n`;
  const a = text.indexOf('<!-- bench:begin');
  const b = text.indexOf(END);
  text = a >= 0 && b > a ? text.slice(0, a) + block + text.slice(b + END.length) : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, text);
  writeFileSync(join(repo, 'docs', 'benchmarks.svg'), chartSvg(result));
}
