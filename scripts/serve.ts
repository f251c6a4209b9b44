/**
 * `node scripts/serve.ts [port] [dist dir]`: the production server, nginx
 * with deploy/nginx/mailflow.conf, on 127.0.0.1:<port> (default 4330), run
 * as the current user in the foreground (`daemon off`), with its logs and
 * temporary files in a fresh folder under the system's tmp (printed; removed
 * on exit). Playwright starts it for `npm run test:e2e` (playwright.config.ts).
 *
 * The config is the deployed file itself; only its `listen` and `root` lines
 * and the folder of its two includes are replaced, and a small main config
 * (pid, logs, temp paths, the brotli_static module) is written around it.
 * nginx comes from scripts/tools.ts (NGINX_PATH, else Debian's); when it is
 * missing this stops at once with the one line to run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toolPath } from './tools.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CONF_DIR = join(ROOT, 'deploy', 'nginx');

/** Replaces exactly one match of `pattern` in `text`, or throws (the deployed file changed shape). */
function replaceOnce(text: string, pattern: RegExp, by: string): string {
  const count = text.match(new RegExp(pattern.source, 'gm'))?.length ?? 0;
  if (count !== 1) throw new Error(`deploy/nginx/mailflow.conf: expected one line matching ${pattern}, found ${count}`);
  return text.replace(new RegExp(pattern.source, 'm'), by);
}

/** Writes the config for `port` and `dist` into `prefix`; returns the main config's path. */
export function writeConfig(prefix: string, port: number, dist: string, brotliModule: string, mimeTypes: string): string {
  for (const name of ['mailflow-headers.conf', 'mailflow-cache.conf']) copyFileSync(join(CONF_DIR, name), join(prefix, name));
  let site = readFileSync(join(CONF_DIR, 'mailflow.conf'), 'utf8');
  site = replaceOnce(site, /^\s*listen\s+80;$/, `    listen 127.0.0.1:${port};`);
  site = replaceOnce(site, /^\s*root\s+\S+;$/, `    root ${dist};`);
  site = site.replaceAll('include sites-enabled/', `include ${prefix}/`);
  writeFileSync(join(prefix, 'mailflow.conf'), site);
  const main = [
    '# Written by scripts/serve.ts around deploy/nginx/mailflow.conf.',
    'daemon off;',
    // Started as root (CI), nginx's workers would run as `nobody`, who cannot read a checkout
    // in a private folder (`mktemp -d` makes it 0700): this test server on 127.0.0.1 keeps
    // the starting user. The deployed config (deploy/nginx/) is not affected.
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    'worker_processes 1;',
    `pid ${prefix}/nginx.pid;`,
    `error_log ${prefix}/error.log warn;`,
    `load_module ${brotliModule};`,
    'events { worker_connections 512; }',
    'http {',
    `    include ${mimeTypes};`,
    '    default_type application/octet-stream;',
    `    access_log ${prefix}/access.log;`,
    '    sendfile on;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `    ${t}_temp_path ${prefix}/${t};`),
    `    include ${prefix}/mailflow.conf;`,
    '}',
    '',
  ].join('\n');
  const file = join(prefix, 'nginx.conf');
  writeFileSync(file, main);
  return file;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const port = Number(process.argv[2] ?? process.env['PORT'] ?? 4330);
  const dist = resolve(process.argv[3] ?? join(ROOT, 'dist'));
  let nginx: string;
  let brotli: string;
  try {
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`serve: not a port: ${process.argv[2]}`);
    if (!existsSync(join(dist, 'index.html'))) throw new Error(`serve: ${dist} has no built site: run \`npm run build\` first.`);
    nginx = toolPath('nginx');
    brotli = toolPath('nginx-brotli');
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  const mimeTypes = process.env['NGINX_MIME_TYPES'] ?? '/etc/nginx/mime.types';
  const prefix = mkdtempSync(join(tmpdir(), 'mailflow-nginx-'));
  const conf = writeConfig(prefix, port, dist, brotli, mimeTypes);
  const args = ['-p', prefix, '-e', join(prefix, 'error.log'), '-c', conf];
  const test = spawnSync(nginx, ['-t', '-q', ...args], { encoding: 'utf8' });
  if (test.status !== 0) {
    console.error(`serve: nginx rejects the config (${conf}):\n${test.stderr}`);
    process.exit(1);
  }
  const child = spawn(nginx, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  console.log(`serve: nginx (deploy/nginx/mailflow.conf) serving ${dist} at http://127.0.0.1:${port}/ (logs: ${prefix})`);
  const stop = () => child.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code, signal) => {
    if (!process.env['SERVE_KEEP_LOGS']) rmSync(prefix, { recursive: true, force: true });
    process.exit(signal ? 0 : (code ?? 1));
  });
}
