import { describe, expect, it } from 'vitest';
import { installLine, planTool, type MachineFacts, type ToolSpec } from '../../src/lib/tool-plan';

const SPEC: ToolSpec = {
  name: 'chromium',
  envVar: 'CHROMIUM_PATH',
  candidates: [
    { path: '/usr/bin/chromium', source: 'debian' },
    { path: '/home/u/.cache/ms-playwright/chrome', source: 'playwright' },
  ],
  packages: ['chromium'],
};

function facts(over: Partial<MachineFacts> & { files?: string[] } = {}): MachineFacts {
  const files = new Set(over.files ?? []);
  return { env: {}, exists: (p) => files.has(p), root: false, sudo: false, aptGet: true, ...over };
}

describe('planTool', () => {
  it('uses the path named in the environment variable, before any candidate', () => {
    const plan = planTool(SPEC, facts({ env: { CHROMIUM_PATH: '/opt/chrome' }, files: ['/opt/chrome', '/usr/bin/chromium'] }));
    expect(plan).toEqual({ kind: 'use', path: '/opt/chrome', source: 'CHROMIUM_PATH' });
  });

  it('stops when the named path is missing instead of falling back silently', () => {
    const plan = planTool(SPEC, facts({ env: { CHROMIUM_PATH: '/opt/none' }, files: ['/usr/bin/chromium'], root: true }));
    expect(plan.kind).toBe('stop');
    expect(plan.kind === 'stop' && plan.message).toContain('CHROMIUM_PATH=/opt/none');
  });

  it('ignores an empty environment variable', () => {
    expect(planTool(SPEC, facts({ env: { CHROMIUM_PATH: ' ' }, files: ['/usr/bin/chromium'] }))).toMatchObject({ kind: 'use', path: '/usr/bin/chromium' });
  });

  it('takes the candidates in order, so a machine keeps the browser it has', () => {
    expect(planTool(SPEC, facts({ files: ['/usr/bin/chromium', '/home/u/.cache/ms-playwright/chrome'] }))).toMatchObject({ path: '/usr/bin/chromium', source: 'debian' });
    expect(planTool(SPEC, facts({ files: ['/home/u/.cache/ms-playwright/chrome'] }))).toMatchObject({ path: '/home/u/.cache/ms-playwright/chrome', source: 'playwright' });
  });

  it('installs as root with apt-get, without sudo', () => {
    const plan = planTool(SPEC, facts({ root: true }));
    expect(plan).toMatchObject({ kind: 'install', command: ['apt-get', 'install', '-y', '-qq', 'chromium'], then: '/usr/bin/chromium' });
  });

  it('installs through sudo -n when sudo needs no password', () => {
    const plan = planTool({ ...SPEC, packages: ['nginx-light', 'libnginx-mod-http-brotli-static'] }, facts({ sudo: true }));
    expect(plan.kind === 'install' && plan.command).toEqual(['sudo', '-n', 'apt-get', 'install', '-y', '-qq', 'nginx-light', 'libnginx-mod-http-brotli-static']);
  });

  it('stops with the one line to run when it cannot install', () => {
    for (const f of [facts({ aptGet: true }), facts({ root: true, aptGet: false }), facts({ sudo: true, aptGet: false })]) {
      const plan = planTool(SPEC, f);
      expect(plan.kind).toBe('stop');
      const message = plan.kind === 'stop' ? plan.message : '';
      expect(message).toContain(installLine(SPEC.packages, !f.root));
      expect(message).toContain('CHROMIUM_PATH');
    }
  });
});

describe('installLine', () => {
  it('adds sudo only for a non-root reader', () => {
    expect(installLine(['a', 'b'], true)).toBe('sudo apt-get install -y a b');
    expect(installLine(['a'], false)).toBe('apt-get install -y a');
  });
});
