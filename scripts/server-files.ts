/**
 * Build step (scripts/build.ts, after Pagefind): the header files made from
 * the one list in src/lib/security-headers.ts: `dist/_headers` (Netlify,
 * Cloudflare Pages) and the nginx includes `deploy/nginx/mailflow-headers.conf`
 * and `deploy/nginx/mailflow-cache.conf` (committed, so the config is
 * readable in the repo; tests/unit/security-headers.test.ts fails when they
 * are not what the list renders).
 *
 * `node scripts/server-files.ts [dist dir]`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, nginxCacheMap, nginxHeadersInclude } from '../src/lib/security-headers.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The nginx includes, by path in the repo, with their content. */
export function nginxIncludes(): Record<string, string> {
  return {
    'deploy/nginx/mailflow-headers.conf': nginxHeadersInclude(),
    'deploy/nginx/mailflow-cache.conf': nginxCacheMap(),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dist = resolve(process.argv[2] ?? 'dist');
  writeFileSync(join(dist, '_headers'), headersFile());
  for (const [rel, text] of Object.entries(nginxIncludes())) {
    const file = join(ROOT, rel);
    if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, text);
    console.log(`server-files: wrote ${rel} (the header list changed: commit it)`);
  }
}
