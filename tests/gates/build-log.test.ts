/**
 * The build is silent: the whole log of the last `npm run build`
 * (build.log, written by scripts/build.ts) has no warning except the known
 * upstream ones of src/lib/build-log.ts, which the build leaves out of what
 * it prints. Run after a build, like the other dist gates.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainLine, unexpectedWarnings } from '../../src/lib/build-log';
import { ROOT, assertBuilt } from '../support/built-site';

const LOG = join(ROOT, 'build.log');

describe('build log', () => {
  it('is the log of the build in dist/ (both steps ran to the end)', () => {
    assertBuilt();
    expect(existsSync(LOG), 'build.log exists: build with `npm run build`').toBe(true);
    // Without the colour codes Astro adds under CI.
    const log = readFileSync(LOG, 'utf8').split('\n').map(plainLine).join('\n');
    expect(log).toMatch(/\[build\] Complete!/);
    expect(log).toMatch(/Finished in [\d.]+ seconds/);
    // The log was written by the build that made dist/ (not left from an older one).
    const built = statSync(join(ROOT, 'dist', 'pagefind', 'pagefind-entry.json')).mtimeMs;
    expect(Math.abs(statSync(LOG).mtimeMs - built), 'build.log and dist/pagefind come from the same build').toBeLessThan(10 * 60_000);
  });

  it('has no warning but the known upstream ones', () => {
    expect(unexpectedWarnings(readFileSync(LOG, 'utf8'))).toEqual([]);
  });
});
