/**
 * Stands in for `iconv-lite` in the browser bundle of @kenjiuno/msgreader
 * (alias in astro.config.mjs). msgreader needs it only for 8-bit ("ANSI")
 * strings of an explicitly chosen code page; the real package needs Node's
 * Buffer and brings hundreds of KB of code-page tables. The browser's
 * TextDecoder knows the same code pages.
 */

/** Decodes bytes in `encoding` (Latin-1 when the browser does not know it). */
export function decode(bytes: Uint8Array, encoding: string): string {
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}

/** Encodes text as UTF-8 (msgreader only writes when it builds files, which the site never does). */
export function encode(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export default { decode, encode };
