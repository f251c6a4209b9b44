/**
 * URLs of the troubleshooting wizard: one page per step
 * (`/{lang}/troubleshoot/` for the start, `/{lang}/troubleshoot/{id}/` for
 * every other node of ./wizard-tree), with the values from a pasted error in
 * the query string (`?host=…&ip=…`, ./wizard-values, re-exported here), and
 * the step a pasted error leads to.
 *
 * Pure: no DOM, no astro:*. Used by the step pages, the paste box (loaded
 * by src/scripts/wizard-flow.ts on first use) and the tests.
 */
import { analyzeBounce } from './bounce-line';
import { decisiveToken, findTokens } from './decode/tokens';
import { OTHER_CODE, type GuideRef } from './error-code';
import { capInput } from './search-text';
import { startFor } from './wizard-path';
import { START_ID, type NodeId } from './wizard-tree';
import { localizedPath, WIZARD_SEGMENT } from './url';
import { cleanValues, NO_VALUES, valuesQuery, type WizardValues } from './wizard-values';

export * from './wizard-values';

/** The `[...step]` route parameter of a node: `undefined` for the start, else its id. */
export function stepParam(id: NodeId): string | undefined {
  return id === START_ID ? undefined : id;
}

/** `/{lang}/troubleshoot/` for the start, `/{lang}/troubleshoot/{id}/` for any other node. */
export function stepPath(lang: string, id: NodeId): string {
  return localizedPath(lang, id === START_ID ? `/${WIZARD_SEGMENT}/` : `/${WIZARD_SEGMENT}/${id}/`);
}

/** The step's path with the values' query string. */
export function stepHref(lang: string, id: NodeId, values: WizardValues = NO_VALUES): string {
  return stepPath(lang, id) + valuesQuery(values);
}

/** What a pasted error needs from the analysis (a subset of `BounceAnalysis`). */
export interface PastedError {
  code: { slug: string } | null;
  likelyCause: { slug: string } | null;
  serverName: string | null;
  ip: string | null;
}

/** Where a pasted error leads, with the values to fill in. */
export interface PasteTarget {
  step: NodeId;
  values: WizardValues;
}

/**
 * The step a pasted error leads to: the branch of the guide its most likely
 * cause is in (the question after "Which error do you see?"), by the
 * decoder's token rules (../likely-cause.ts): `550 5.4.316 Message expired`
 * goes to the 4.4.316 branch, a `[Message=SubjectMismatch]` on a 4.4.317 line
 * to the 4.7.320 branch, a socket error alone where it points (10061 ->
 * 4.4.316). A code without a branch of its own goes to the "other" branch.
 * The branch's first question (own server or a partner's?) is never skipped:
 * the error cannot answer it. `null` when the analysis found neither a code
 * nor a cause.
 */
export function pasteTarget(analysis: PastedError | null): PasteTarget | null {
  if (analysis === null) return null;
  const slug = analysis.likelyCause?.slug ?? analysis.code?.slug;
  if (slug === undefined) return null;
  const step = startFor(slug) ?? startFor(OTHER_CODE);
  if (step === undefined) return null;
  return { step, values: cleanValues({ host: analysis.serverName, ip: analysis.ip }) };
}

/** Where the paste box sends the reader, what it read, and whether the text was cut. */
export interface PasteResult {
  /** The step's path, without the values (they stay in the page, never in the URL); null when nothing was recognized. */
  href: string | null;
  /** The server name and IP address to fill into the commands. */
  values: WizardValues;
  /** What was read, to show the reader: the code as written, the server, the IP address, the deciding token. */
  read: string[];
  /** The code as read (`450 4.4.316`), for the partner message; null when none. */
  code: string | null;
  /** The pasted line that holds the code (trimmed, at most {@link MAX_LINE} characters), for the partner message. */
  line: string | null;
  truncated: boolean;
}

/** Longest error line the partner message quotes. */
export const MAX_LINE = 1000;

/** The first line of `text` that contains `needle` (else the first non-blank line), trimmed and capped. */
export function lineWith(text: string, needle: string | null): string | null {
  const lines = text.split(/\r\n?|\n/).map((l) => l.trim()).filter((l) => l !== '');
  const line = (needle === null ? undefined : lines.find((l) => l.includes(needle))) ?? lines[0];
  return line === undefined ? null : line.slice(0, MAX_LINE);
}

/**
 * The paste box: caps the text (capInput, 2,000 characters), analyzes it
 * against the site's guides and returns the path of the step it leads to,
 * the values to fill in and what it read. The values are never put in the
 * URL: what a reader pastes stays in the page.
 */
export function pasteHref(text: string, guides: readonly GuideRef[], lang: string): PasteResult {
  const { text: input, truncated } = capInput(text);
  const analysis = analyzeBounce(input, guides);
  const target = pasteTarget(analysis);
  if (target === null || analysis === null) return { href: null, values: NO_VALUES, read: [], code: null, line: null, truncated };
  const code = analysis.code === null ? null : [analysis.replyCode, analysis.code.code].filter(Boolean).join(' ');
  const token = decisiveToken(findTokens(input))?.raw ?? null;
  const read = [code, target.values.host, target.values.ip, token].filter((v): v is string => v !== null && v !== '');
  const line = lineWith(input, analysis.code?.code ?? null);
  return { href: stepPath(lang, target.step), values: target.values, read, code, line, truncated };
}
