/**
 * Which built files get precompressed copies (`x.html.br`, `x.html.gz` next
 * to `x.html`) for servers that send them as they are (nginx's
 * `brotli_static`/`gzip_static`, Caddy's `precompressed`). Pure; the build
 * step is scripts/precompress.ts.
 */

/** Text formats worth compressing. Pagefind's `.pf_*` chunks and wasm are gzip already. */
export const PRECOMPRESSED_EXTENSIONS = ['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt'] as const;

/** The encodings written, as file suffixes. */
export const ENCODING_SUFFIXES = ['.br', '.gz'] as const;

/** Below this many bytes a compressed copy saves less than a packet: not written. */
export const MIN_BYTES = 256;

/** True when the file at `path` (of `size` bytes) gets `.br` and `.gz` copies. */
export function isPrecompressible(path: string, size: number): boolean {
  return size >= MIN_BYTES && PRECOMPRESSED_EXTENSIONS.some((ext) => path.endsWith(ext));
}

/** True for a copy the build made (`…/index.html.br`): gates that walk dist/ skip these. */
export function isPrecompressedCopy(path: string): boolean {
  return ENCODING_SUFFIXES.some((s) => path.endsWith(s)) && PRECOMPRESSED_EXTENSIONS.some((ext) => path.slice(0, path.lastIndexOf('.')).endsWith(ext));
}
