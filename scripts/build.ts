/**
 * `npm run build`: the static site in dist/, its Pagefind index, the header
 * files made from src/lib/security-headers.ts (scripts/server-files.ts:
 * dist/_headers and the nginx includes), then the precompressed .br/.gz
 * copies the production server sends (scripts/precompress.ts).
 *
 * Every line the steps print goes, unchanged, to build.log (read by the gate
 * tests/gates/build-log.test.ts: no warning but the known upstream ones);
 * the terminal gets the same lines without those upstream warnings
 * (src/lib/build-log.ts), so a clean build prints no warning at all.
 * Astro's telemetry is off for these steps (ASTRO_TELEMETRY_DISABLED).
 *
 * The benchmark runs and measures the same steps one by one (BUILD_STEPS).
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isUpstreamWarning } from '../src/lib/build-log.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** One step of the build: a name (for the benchmark) and the command, run in the project folder. */
export interface BuildStep {
  name: string;
  /** Program and arguments; `node` is the Node running this script. */
  command: readonly string[];
}

export const BUILD_STEPS: readonly BuildStep[] = [
  { name: 'astro', command: ['node', 'node_modules/astro/bin/astro.mjs', 'build'] },
  { name: 'pagefind', command: ['node', 'node_modules/pagefind/lib/runner/bin.cjs', '--site', 'dist'] },
  { name: 'headers', command: ['node', 'scripts/server-files.ts', 'dist'] },
  { name: 'precompress', command: ['node', 'scripts/precompress.ts', 'dist'] },
];

/** The environment every step runs with: the project's tools first on the PATH, telemetry off. */
export function buildEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return {
    ...base,
    ASTRO_TELEMETRY_DISABLED: '1',
    PATH: `${join(ROOT, 'node_modules', '.bin')}:${dirname(process.execPath)}:${base['PATH'] ?? ''}`,
  };
}

/** The program to spawn for a step (`node` is this Node). */
export function stepArgv(step: BuildStep): [string, string[]] {
  const [cmd, ...args] = step.command;
  return [cmd === 'node' ? process.execPath : cmd!, args];
}

/** Runs one step in `cwd`, writing each output line to `log` and, unless upstream noise, to `out`. */
function runStep(step: BuildStep, cwd: string, log: NodeJS.WritableStream, out: NodeJS.WritableStream): Promise<number> {
  const [cmd, args] = stepArgv(step);
  const child = spawn(cmd, args, { cwd, env: buildEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  const relay = (stream: NodeJS.ReadableStream) => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) emit(line);
    });
    stream.on('end', () => {
      if (rest !== '') emit(rest);
    });
  };
  const emit = (line: string) => {
    log.write(`${line}\n`);
    if (!isUpstreamWarning(line)) out.write(`${line}\n`);
  };
  relay(child.stdout!);
  relay(child.stderr!);
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
}

async function main(): Promise<number> {
  const logFile = join(ROOT, 'build.log');
  const log = createWriteStream(logFile);
  try {
    for (const step of BUILD_STEPS) {
      const code = await runStep(step, ROOT, log, process.stdout);
      if (code !== 0) {
        console.error(`build: ${step.name} failed (exit ${code}); whole log: build.log`);
        return code;
      }
    }
  } finally {
    await new Promise((resolve) => log.end(resolve));
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main();
}
