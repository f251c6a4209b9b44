/**
 * What counts as a warning in the output of `npm run build`, and the one
 * upstream warning the build script (scripts/build.ts) leaves out of what it
 * prints. The build is meant to be silent: the gate
 * tests/gates/build-log.test.ts reads the whole log of the last build and
 * fails on any warning that is not listed here.
 *
 * Only Astro's Shiki note is filtered here, because it cannot be filtered
 * where it is made. The other upstream warning, Vite/Rolldown's
 * MODULE_LEVEL_DIRECTIVE for the `"use astro:head-inject"` directive of
 * every MDX module (withastro/astro#18087), is dropped at its source by
 * `onwarn` in astro.config.mjs, by its code and directive; should it come
 * back in another form, the gate sees it.
 */

/** A warning from a dependency that we know, cannot fix and leave out of the printed log. */
export interface UpstreamWarning {
  /** Matches the warning's line (without colour codes), and nothing else. */
  pattern: RegExp;
  /** Where it comes from and why it stays. */
  why: string;
}

export const UPSTREAM_WARNINGS: readonly UpstreamWarning[] = [
  {
    // Astro 7 prints this whenever CSP is on and Markdown uses Shiki, without looking at the
    // policy (`warnIfCspWithShiki` in astro/dist/core/messages/runtime.js checks only those two
    // settings). Our policy allows Shiki's style attributes, and only them, through
    // `style-src-attr 'unsafe-inline'` (the `kind: 'attribute'` resources that
    // withastro/astro#14798 added); the security gate checks that `style-src` stays strict.
    pattern:
      /^\d\d:\d\d:\d\d \[WARN\] \[config\] Shiki syntax highlighting uses inline styles that are not compatible with Content Security Policy \(CSP\)\. Consider using Prism syntax highlighting instead, or disable CSP if Shiki is required\.$/,
    why: 'Astro warns about Shiki under any CSP; ours allows style attributes only (style-src-attr).',
  },
];

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

/** The line without terminal colour codes and trailing spaces. */
export function plainLine(line: string): string {
  return line.replace(ANSI, '').trimEnd();
}

/** True for a line that reports a warning (Astro's `[WARN]`, Vite's and Rolldown's, Pagefind's, Node's). */
export function isWarning(line: string): boolean {
  const text = plainLine(line);
  return /\[WARN\]|\bwarn(ing)?\b\s*[:\]]|^\s*\(!\)|\bWARNING\b|\(node:\d+\) \w*Warning/i.test(text);
}

/** True for a warning line that {@link UPSTREAM_WARNINGS} lists. */
export function isUpstreamWarning(line: string): boolean {
  const text = plainLine(line);
  return UPSTREAM_WARNINGS.some((w) => w.pattern.test(text));
}

/** The warning lines of a build log that are not known upstream ones, colour codes removed. */
export function unexpectedWarnings(log: string): string[] {
  return log
    .split(/\r?\n/)
    .filter((line) => isWarning(line) && !isUpstreamWarning(line))
    .map(plainLine);
}
