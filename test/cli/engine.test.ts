// The command is handed an engine, as ESLint's Linter is handed its rules: core/cli.ts knows no pack, and the
// project's cli.ts wires the default one. Run in-process (no bundle, no worker threads).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createCli } from '../../core/cli.ts';
import { createEngine } from '../../core/index.ts';
import { defineRule } from '../../core/rules/api.ts';

const shout = defineRule({
  meta: {
    id: 'no-shouting',
    category: 'style',
    severity: 'error',
    description: 'A word in capitals.',
    messages: { shout: '“{{word}}” is shouted.' },
    url: '',
    citations: [],
  },
  docs: { rationale: 'Capitals read as shouting.', compliant: ['Officers shall be polite.'] },
  sentence({ sentence, report }) {
    for (const word of sentence.words)
      if (/^[A-Z]{4,}$/.test(word.text)) report({ start: word.start, end: word.end, messageId: 'shout', data: { word: word.text } });
  },
  examples: { flagged: [{ text: 'Officers shall be POLITE.' }], accepted: [{ text: 'Officers shall be polite.' }] },
});
const engine = createEngine({ pack: { rules: [shout], categories: [{ id: 'style', label: 'Style' }] } });

const dir = mkdtempSync(join(tmpdir(), 'trustlint-engine-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
  try {
    return { code: await createCli(engine).run(argv), out, err };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

describe('a command handed an engine', () => {
  it('runs that engine’s rules only, and validates the config against its ids', async () => {
    const draft = join(dir, 'draft.md');
    writeFileSync(draft, 'Officers may ask whether a person is undocumented. Officers shall be POLITE.\n');
    const { code, out } = await run(['--format', 'json', '--config', writeConfig({ rules: { 'no-shouting': 'error' } }), draft]);
    expect(code).toBe(1);
    const [file] = JSON.parse(out);
    expect(file.messages.map((message: { ruleId: string; reason: string }) => [message.ruleId, message.reason])).toEqual([
      ['no-shouting', '“POLITE” is shouted.'],
    ]);

    const unknown = await run(['--config', writeConfig({ rules: { 'status-inquiry': 'off' } }), draft]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/status-inquiry/);
  });

  it('gives the HTML report its rules and categories', async () => {
    const draft = join(dir, 'draft.md');
    writeFileSync(draft, 'Officers shall be POLITE.\n');
    const { out } = await run(['--format', 'html', draft]);
    expect(out).toContain('Style');
    expect(out).toContain('no-shouting');
  });
});

describe('a pack without document kinds', () => {
  it('reads every draft as one kind, and says so', async () => {
    const draft = join(dir, 'order.md');
    writeFileSync(draft, '# General Order 5.2\n\nOfficers shall be POLITE.\n');
    const { out } = await run(['--format', 'json', draft]);
    expect(JSON.parse(out)[0]).toMatchObject({ kind: 'document', kindReason: 'the only kind this pack knows' });
  });

  it('refuses a kind it does not know, on the command line and in the config', async () => {
    const draft = join(dir, 'order.md');
    writeFileSync(draft, 'Officers shall be POLITE.\n');
    const flag = await run(['--kind', 'general-order', draft]);
    expect([flag.code, flag.err]).toEqual([
      2,
      "trustlint: --kind: this rule pack has no document kinds\nRun 'trustlint --help' for usage.\n",
    ]);
    const config = await run(['--config', writeConfig({ kind: 'bulletin' }), draft]);
    expect(config.code).toBe(2);
    expect(config.err).toMatch(/"kind": this rule pack has no document kinds/);
    expect((await run(['--help'])).out).toMatch(/--kind <kind> +none in this pack/);
  });
});

function writeConfig(config: object): string {
  const path = join(dir, `config-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(config));
  return path;
}
