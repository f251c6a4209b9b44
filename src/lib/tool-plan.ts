/**
 * Which program the tests use for a tool they need from the machine (the
 * browser, the web server), and what to do when the machine has none: pure,
 * so the rules are unit-tested (tests/unit/tool-plan.test.ts);
 * scripts/tools.ts gathers the facts and acts on the plan.
 *
 * Order: the path named in the tool's environment variable (a machine's own
 * choice always wins, and a wrong one is an error, not a silent fallback),
 * then the candidates in order (Debian's package, Playwright's download …).
 * With none there: install the Debian packages where that can be done
 * without asking (root, or sudo without a password, and apt-get present),
 * else stop with the one line the reader has to run.
 */

/** One place a tool may already be. */
export interface ToolCandidate {
  path: string;
  /** Where it comes from, for the message (`Debian's chromium package`). */
  source: string;
}

/** A tool the tests need. */
export interface ToolSpec {
  /** Short name (`chromium`, `nginx`). */
  name: string;
  /** Environment variable that names the program (`CHROMIUM_PATH`). */
  envVar: string;
  /** Places to look, in order. */
  candidates: readonly ToolCandidate[];
  /** Debian packages that provide it (`apt-get install -y …`). */
  packages: readonly string[];
}

/** What is known about the machine. */
export interface MachineFacts {
  /** The environment variables (only `spec.envVar` is read). */
  env: Readonly<Record<string, string | undefined>>;
  /** True when a file exists at `path`. */
  exists(path: string): boolean;
  /** Running as root. */
  root: boolean;
  /** `sudo` runs without a password (`sudo -n true` succeeds). */
  sudo: boolean;
  /** `apt-get` is on the PATH. */
  aptGet: boolean;
}

export type ToolPlan =
  | { kind: 'use'; path: string; source: string }
  | { kind: 'install'; command: string[]; then: string; packages: readonly string[] }
  | { kind: 'stop'; message: string };

/** The command that installs `packages`, as the reader would type it. */
export function installLine(packages: readonly string[], sudo: boolean): string {
  return `${sudo ? 'sudo ' : ''}apt-get install -y ${packages.join(' ')}`;
}

/**
 * Decides where `spec`'s program comes from on a machine described by `facts`.
 * A set but missing `envVar` path stops at once (the reader meant that one).
 */
export function planTool(spec: ToolSpec, facts: MachineFacts): ToolPlan {
  const named = facts.env[spec.envVar]?.trim();
  if (named) {
    if (facts.exists(named)) return { kind: 'use', path: named, source: spec.envVar };
    return { kind: 'stop', message: `${spec.envVar}=${named} does not exist; unset it, or point it at a ${spec.name} program.` };
  }
  for (const c of spec.candidates) {
    if (facts.exists(c.path)) return { kind: 'use', path: c.path, source: c.source };
  }
  const first = spec.candidates.find((c) => c.path.startsWith('/usr/'));
  const after = first?.path ?? spec.candidates[0]?.path ?? spec.name;
  if (facts.aptGet && (facts.root || facts.sudo)) {
    const prefix = facts.root ? [] : ['sudo', '-n'];
    return { kind: 'install', command: [...prefix, 'apt-get', 'install', '-y', '-qq', ...spec.packages], then: after, packages: spec.packages };
  }
  return {
    kind: 'stop',
    message: `No ${spec.name} found for the tests. Run: ${installLine(spec.packages, !facts.root)}   (or set ${spec.envVar}=/path/to/${spec.name})`,
  };
}
