/**
 * The decoder's heavy half, as one module the decode page imports on the
 * first decode (src/scripts/decoder.ts), so the page loads only its shell:
 * the parsers and the verdict (./index.ts) and the whole-message readers
 * (./mime.ts).
 */
export { decode, decodeMessage } from './index';
export { fromMsgFields, fromParsedEmail, looksLikeRawMessage } from './mime';
