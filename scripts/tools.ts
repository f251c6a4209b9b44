/**
 * The programs the tests need from the machine, found in one place for
 * playwright.config.ts, tests/gates/lighthouse.ts, the production server
 * (scripts/serve.ts) and bench/browser.mjs:
 *
 * - chromium: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else
 *   Playwright's own download (for machines that have it);
 * - nginx (the production server, deploy/nginx/mailflow.conf) with its
 *   brotli_static module: NGINX_PATH, else Debian's /usr/sbin/nginx.
 *
 * `node scripts/tools.ts [chromium] [nginx]` (run by `npm test`, `test:e2e`,
 * `test:lighthouse` and .ci/run) installs what is missing from Debian's
 * packages when it can do so without asking (root, or sudo without a
 * password, and apt-get present), saying so; otherwise it stops at once with
 * the one line to run. The rules are src/lib/tool-plan.ts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { planTool, type MachineFacts, type ToolSpec } from '../src/lib/tool-plan.ts';

function playwrightChromium(): string | null {
  try {
    return chromium.executablePath();
  } catch {
    return null;
  }
}

/** Every tool the tests may need, by name. */
export const TOOLS = {
  chromium: {
    name: 'chromium',
    envVar: 'CHROMIUM_PATH',
    candidates: [
      { path: '/usr/bin/chromium', source: "Debian's chromium package" },
      ...(playwrightChromium() ? [{ path: playwrightChromium()!, source: "Playwright's own browser" }] : []),
    ],
    packages: ['chromium'],
  },
  nginx: {
    name: 'nginx',
    envVar: 'NGINX_PATH',
    candidates: [{ path: '/usr/sbin/nginx', source: "Debian's nginx package" }],
    packages: ['nginx-light', 'libnginx-mod-http-brotli-static'],
  },
  'nginx-brotli': {
    name: "nginx's brotli_static module",
    envVar: 'NGINX_BROTLI_MODULE',
    candidates: [{ path: '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so', source: "Debian's libnginx-mod-http-brotli-static package" }],
    packages: ['libnginx-mod-http-brotli-static'],
  },
} satisfies Record<string, ToolSpec>;

export type ToolName = keyof typeof TOOLS;

function onPath(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/** The facts tool-plan decides on, read from this machine. */
export function machineFacts(): MachineFacts {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  return {
    env: process.env,
    exists: (path) => {
      try {
        accessSync(path, constants.R_OK);
        return true;
      } catch {
        return false;
      }
    },
    root,
    sudo: !root && onPath('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0,
    aptGet: onPath('apt-get'),
  };
}

/**
 * The path of `name`'s program when the machine has it; throws the one line
 * to run when it does not (never installs: see {@link ensureTool}).
 */
export function toolPath(name: ToolName): string {
  const plan = planTool(TOOLS[name], machineFacts());
  if (plan.kind === 'use') return plan.path;
  if (plan.kind === 'stop') throw new Error(plan.message);
  throw new Error(`No ${TOOLS[name].name} found. Run \`npm test\` (it installs it) or: ${plan.command.filter((w) => w !== '-qq' && w !== '-n').join(' ')}`);
}

let updated = false;

/** Like {@link toolPath}, but installs the missing program first where the plan says it can. */
export function ensureTool(name: ToolName, say: (line: string) => void = (l) => console.log(l)): string {
  const plan = planTool(TOOLS[name], machineFacts());
  if (plan.kind === 'use') return plan.path;
  if (plan.kind === 'stop') throw new Error(plan.message);
  say(`== ${TOOLS[name].name} is missing: installing Debian's ${plan.packages.join(' ')} (${plan.command.join(' ')})`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const prefix = plan.command.slice(0, plan.command.indexOf('apt-get'));
  if (!updated) {
    // A fresh machine's package lists may be empty or old.
    const [cmd, ...args] = [...prefix, 'apt-get', 'update', '-qq'];
    execFileSync(cmd!, args, { stdio: ['ignore', 'ignore', 'inherit'], env });
    updated = true;
  }
  execFileSync(plan.command[0]!, plan.command.slice(1), { stdio: ['ignore', 'ignore', 'inherit'], env });
  const after = planTool(TOOLS[name], machineFacts());
  if (after.kind !== 'use') throw new Error(`Installing ${plan.packages.join(' ')} did not provide ${TOOLS[name].name} (looked for ${plan.then}).`);
  return after.path;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const asked = process.argv.slice(2);
  const names = (asked.length ? asked : ['chromium', 'nginx']) as string[];
  try {
    for (const name of names) {
      if (!(name in TOOLS)) throw new Error(`unknown tool ${name} (known: ${Object.keys(TOOLS).join(', ')})`);
      for (const tool of (name === 'nginx' ? ['nginx', 'nginx-brotli'] : [name]) as ToolName[]) {
        const path = ensureTool(tool);
        console.log(`== ${TOOLS[tool].name}: ${path}`);
      }
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
