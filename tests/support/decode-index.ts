/** The decoder's code index, built from the registry (never a hand-written code list). */
import { entries } from '../../src/codes';
import { createCodeIndex } from '../../src/lib/code-registry';
import type { DecodeEntry } from '../../src/lib/decode';

export const decodeIndex = createCodeIndex<DecodeEntry>(entries);

/** The same text with CRLF, LF and CR line ends. */
export function lineEnds(text: string): [string, string][] {
  const lf = text.replace(/\r\n?/g, '\n');
  return [
    ['LF', lf],
    ['CRLF', lf.replace(/\n/g, '\r\n')],
    ['CR', lf.replace(/\n/g, '\r')],
  ];
}
