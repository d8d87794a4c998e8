// .trustlintrc.json: found upward from each draft (nearest wins), or given with --config; broken or
// unknown settings are one-line errors naming the file.
import { describe, expect, it } from 'vitest';
import { DRAFTS, STACK_FRAME, errorLines, trustlint, useBuiltCli, useScratchDirectory, writeFiles } from './helpers.ts';

useBuiltCli();
const scratch = useScratchDirectory();

type Report = Array<{ path: string; kind: string; messages: Array<{ category: string; severity: string }> }>;

function categories(report: Report, path: string): string[] {
  return report.find((file) => file.path === path)!.messages.map((message) => message.category);
}

describe('config discovery', () => {
  it('uses the nearest .trustlintrc.json above each draft', () => {
    writeFiles(scratch(), {
      'dept/.trustlintrc.json': JSON.stringify({ rules: { 'status-inquiry': 'off' } }),
      'dept/orders/deep/order.md': DRAFTS.violating,
      'dept/outreach/.trustlintrc.json': JSON.stringify({ rules: { 'status-inquiry': 'warn' }, kind: 'outreach' }),
      'dept/outreach/flyer.md': DRAFTS.violating,
      'elsewhere/order.md': DRAFTS.violating,
    });
    const run = trustlint(['--format', 'json', 'dept/orders/deep/order.md', 'dept/outreach/flyer.md', 'elsewhere/order.md'], {
      cwd: scratch(),
    });
    const report = JSON.parse(run.stdout) as Report;
    expect(categories(report, 'dept/orders/deep/order.md')).not.toContain('status-inquiry');
    const flyer = report.find((file) => file.path === 'dept/outreach/flyer.md')!;
    expect(flyer.kind).toBe('outreach');
    expect(flyer.messages.filter((message) => message.category === 'status-inquiry').map((message) => message.severity)).toContain(
      'warning',
    );
    expect(flyer.messages.some((message) => message.category === 'status-inquiry' && message.severity === 'error')).toBe(false);
    expect(categories(report, 'elsewhere/order.md')).toContain('status-inquiry');
    expect(run.code).toBe(1);
  });

  it('--config replaces discovery for every draft', () => {
    writeFiles(scratch(), {
      'explicit/.trustlintrc.json': JSON.stringify({ rules: { 'status-inquiry': 'error' } }),
      'explicit/order.md': DRAFTS.violating,
      'quiet.json': JSON.stringify({ rules: { 'status-inquiry': 'off' } }),
    });
    const run = trustlint(['--format', 'json', '--config', 'quiet.json', 'explicit/order.md'], { cwd: scratch() });
    expect(categories(JSON.parse(run.stdout) as Report, 'explicit/order.md')).not.toContain('status-inquiry');
  });

  it('a config found for stdin is the one above the working directory or --stdin-filename', () => {
    writeFiles(scratch(), { 'stdin-dir/.trustlintrc.json': JSON.stringify({ kind: 'bulletin' }) });
    const run = trustlint(['--stdin', '--stdin-filename', 'stdin-dir/x.md', '--format', 'json'], {
      cwd: scratch(),
      input: DRAFTS.violating,
    });
    expect((JSON.parse(run.stdout) as Report)[0]!.kind).toBe('bulletin');
  });
});

describe('config errors', () => {
  it('reports malformed JSON in one line naming the file, and still reports drafts under other configs', () => {
    writeFiles(scratch(), {
      'broken/.trustlintrc.json': '{\n  "rules": {\n    "status-inquiry": "off",\n  }\n}\n',
      'broken/a.md': DRAFTS.violating,
      'broken/b.md': DRAFTS.violating,
      'fine/order.md': DRAFTS.violating,
    });
    const run = trustlint(['--format', 'json', 'broken/a.md', 'broken/b.md', 'fine/order.md'], { cwd: scratch() });
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    const lines = errorLines(run);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^trustlint: .*broken\/\.trustlintrc\.json: invalid JSON: .* at line 4, column 3$/);
    expect((JSON.parse(run.stdout) as Report).map((file) => file.path)).toEqual(['fine/order.md']);
  });

  it('reports an unknown rule id in one line naming the file', () => {
    writeFiles(scratch(), {
      'unknown/.trustlintrc.json': JSON.stringify({ rules: { 'no-such-rule': 'off' } }),
      'unknown/order.md': DRAFTS.violating,
    });
    const run = trustlint(['unknown/order.md'], { cwd: scratch() });
    expect(run.code).toBe(2);
    const lines = errorLines(run);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('unknown/.trustlintrc.json');
    expect(lines[0]).toContain('no-such-rule');
  });

  it('stops at a broken or missing --config before linting anything', () => {
    writeFiles(scratch(), { 'bad.json': '[1, 2', 'order.md': DRAFTS.violating });
    for (const config of ['bad.json', 'absent.json']) {
      const run = trustlint(['--config', config, 'order.md'], { cwd: scratch() });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(errorLines(run)).toHaveLength(1);
      expect(errorLines(run)[0]).toContain(config);
    }
  });
});
