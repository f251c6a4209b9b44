/**
 * A small static file server for the benchmark, behaving like a typical static
 * host: `dir/index.html` for directory URLs, the site's 404 page for anything
 * missing, gzip for text types (HTML, CSS, JS, JSON, SVG, XML), and no extra
 * compression for Pagefind's own files (`.pf_*` and `.pagefind` are gzip data
 * already). It lets the search measurement count bytes "as transferred".
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt']);

/**
 * Starts serving `root` on 127.0.0.1 (a free port). Resolves to
 * `{ url, close, log }`; `log` gets one `{ path, bytes, t }` per response
 * (status line, headers and body as sent; `t` = when the request arrived), so
 * that bytes are counted where they leave, for pages and workers alike.
 */
export function serve(root) {
  const gzCache = new Map();
  /** @type {{ path: string, bytes: number, t: number }[]} */
  const log = [];
  const server = createServer(async (req, res) => {
    const t = Date.now();
    const path0 = (req.url ?? '/').split('?')[0] ?? '/';
    const send = (status, headers, body) => {
      const head = `HTTP/1.1 ${status} X\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`;
      log.push({ path: path0, bytes: Buffer.byteLength(head) + (body ? body.length : 0), t });
      res.writeHead(status, headers);
      res.end(body);
    };
    try {
      const url = new URL(req.url ?? '/', 'http://x');
      let path = normalize(decodeURIComponent(url.pathname));
      if (path.includes(`..${sep}`)) throw new Error('bad path');
      let file = join(root, path);
      let status = 200;
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
      if (!info) {
        const lang = /^\/(\w\w)\//.exec(url.pathname)?.[1];
        const candidates = [lang && join(root, lang, '404', 'index.html'), join(root, '404.html')].filter(Boolean);
        status = 404;
        file = '';
        for (const c of candidates) if (await stat(c).catch(() => null)) { file = c; break; }
        if (!file) {
          send(404, { 'content-type': 'text/plain' }, Buffer.from('not found'));
          return;
        }
      }
      const ext = extname(file);
      const headers = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'public, max-age=600' };
      const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      let body;
      if (gzip) {
        body = gzCache.get(file) ?? gzipSync(await readFile(file), { level: 6 });
        gzCache.set(file, body);
        headers['content-encoding'] = 'gzip';
        headers['vary'] = 'accept-encoding';
      } else {
        body = await readFile(file);
      }
      headers['content-length'] = String(body.length);
      send(status, headers, req.method === 'HEAD' ? undefined : body);
    } catch {
      send(500, {}, undefined);
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolve({ url: `http://127.0.0.1:${port}`, log, close: () => new Promise((r) => server.close(() => r(undefined))) });
    });
  });
}
