/**
 * Runs one command as a child process and measures its wall time and peak
 * resident memory. Peak memory comes from GNU time (`/usr/bin/time`, the
 * kernel's ru_maxrss of the largest process in the tree) when it is installed;
 * in every case the process tree's summed VmRSS is also sampled from /proc
 * every 100 ms, and used when GNU time is missing.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';

const GNU_TIME = '/usr/bin/time';

function childrenOf() {
  /** @type {Map<number, number[]>} */
  const map = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = map.get(ppid) ?? [];
      list.push(Number(name));
      map.set(ppid, list);
    } catch {
      /* gone */
    }
  }
  return map;
}

function rssKb(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Summed VmRSS (kB) of `pid` and all its descendants. */
function treeRssKb(pid) {
  const kids = childrenOf();
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = /** @type {number} */ (stack.pop());
    total += rssKb(p);
    stack.push(...(kids.get(p) ?? []));
  }
  return total;
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, env?: Record<string, string>, log: string }} opts
 * @returns {Promise<{ wallMs: number, cpuMs: number | null, peakRssBytes: number | null, treeRssBytes: number | null, code: number }>}
 */
export async function runMeasured(command, args, { cwd, env = {}, log }) {
  mkdirSync(dirname(log), { recursive: true });
  const timeFile = `${log}.time`;
  rmSync(timeFile, { force: true });
  const useTime = existsSync(GNU_TIME);
  const [cmd, argv] = useTime ? [GNU_TIME, ['-o', timeFile, '-f', '%e %M %U %S', command, ...args]] : [command, args];
  const out = createWriteStream(log);
  const start = performance.now();
  const child = spawn(cmd, argv, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(out, { end: false });
  child.stderr.pipe(out, { end: false });
  let treePeak = 0;
  const hasProc = existsSync('/proc/self/status');
  if (hasProc && child.pid) treePeak = treeRssKb(child.pid);
  const timer = hasProc
    ? setInterval(() => {
        if (child.pid) treePeak = Math.max(treePeak, treeRssKb(child.pid));
      }, 100)
    : null;
  const code = await new Promise((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  const wallMs = performance.now() - start;
  if (timer) clearInterval(timer);
  await new Promise((r) => out.end(r));
  let peakRssBytes = null;
  let cpuMs = null;
  if (useTime && existsSync(timeFile)) {
    const last = readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '';
    const m = /^([\d.]+) (\d+) ([\d.]+) ([\d.]+)$/.exec(last);
    if (m) {
      peakRssBytes = Number(m[2]) * 1024;
      cpuMs = (Number(m[3]) + Number(m[4])) * 1000;
    }
  }
  const treeRssBytes = hasProc ? treePeak * 1024 : null;
  return { wallMs, cpuMs, peakRssBytes: peakRssBytes ?? treeRssBytes, treeRssBytes, code: Number(code) };
}
