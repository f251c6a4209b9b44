/**
 * Build step (scripts/build.ts, after Pagefind): writes `.br` (brotli quality 5:
 * 10x faster than 10–11 for 10% more bytes) and `.gz` (gzip -9) copies next to every text file in dist/
 * (src/lib/precompress.ts says which), for servers that send them as they
 * are (deploy/nginx/mailflow.conf: brotli_static, gzip_static). The work
 * runs on libuv's thread pool, a few files at a time.
 *
 * `node scripts/precompress.ts [dir]` (default dist).
 */
import { readdirSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { isPrecompressible } from '../src/lib/precompress.ts';

const br = promisify(brotliCompress);
const gz = promisify(gzip);

/** Compresses every eligible file under `dir`; returns the counts and bytes. */
export async function precompress(dir: string): Promise<{ files: number; bytes: number; br: number; gz: number }> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((f) => {
      const st = statSync(f);
      return st.isFile() && isPrecompressible(f, st.size);
    });
  const total = { files: files.length, bytes: 0, br: 0, gz: 0 };
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      const data = await readFile(file);
      const [b, g] = await Promise.all([
        br(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
        gz(data, { level: 9 }),
      ]);
      await Promise.all([writeFile(`${file}.br`, b), writeFile(`${file}.gz`, g)]);
      total.bytes += data.length;
      total.br += b.length;
      total.gz += g.length;
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return total;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = resolve(process.argv[2] ?? 'dist');
  const started = Date.now();
  const t = await precompress(dir);
  const mb = (n: number) => (n / 1e6).toFixed(1);
  console.log(
    `precompress: ${t.files} files, ${mb(t.bytes)} MB → brotli ${mb(t.br)} MB, gzip ${mb(t.gz)} MB (.br and .gz beside each) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}
