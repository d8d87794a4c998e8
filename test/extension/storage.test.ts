// Extension storage can hold anything (an older version's shape, a hand edit): the worker and the pages must
// keep working on it, keeping what is valid.
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  IGNORE_LIMITS,
  defaultSettings,
  loadIgnored,
  loadSettings,
  parseSettings,
  settingsItem,
  shortHash,
  withIgnored,
} from '../../extension/lib/settings.ts';
import { WorkerState } from '../../extension/lib/worker-state.ts';
import { LocalEngine } from '../../extension/lib/local-engine.ts';
import type { LintRequest } from '../../extension/lib/messages.ts';

const draft = 'Officers shall ask every person they detain whether he or she is a citizen.';
const request: LintRequest = {
  type: 'lint',
  documentKey: 'doc',
  text: draft,
  format: 'text',
  title: 'General order',
  url: 'https://example.test/',
  editor: 'textarea',
  canApply: true,
};

beforeEach(() => fakeBrowser.reset());

describe('settings from storage', () => {
  test.each([[null], ['paused'], [42], [['paused']], [{ paused: 'yes', defaultKind: 'memo', rules: [], allow: 'detain', sites: null }]])(
    'a malformed value (%j) gives the defaults',
    (stored: unknown) => {
      expect(parseSettings(stored)).toEqual(defaultSettings);
    },
  );

  test('malformed entries are dropped and valid ones kept', () => {
    const settings = parseSettings({
      paused: true,
      defaultKind: 'bulletin',
      rules: { 'status-inquiry': 'off', 'document-demand': 'loud', 'detention-appearance': 3 },
      allow: ['lawful presence', 7, '  ', null],
      sites: { 'a.test': false, 'b.test': 'off' },
      stale: 'from an older version',
    });
    expect(settings).toEqual({
      paused: true,
      defaultKind: 'bulletin',
      rules: { 'status-inquiry': 'off' },
      allow: ['lawful presence'],
      sites: { 'a.test': false },
    });
  });

  test('loadSettings validates what it reads', async () => {
    await fakeBrowser.storage.local.set({ settings: { allow: 'not a list', sites: { 'a.test': false } } });
    expect(await loadSettings()).toEqual({ ...defaultSettings, sites: { 'a.test': false } });
  });

  test('ignore lists keep only lists of fingerprints', async () => {
    await fakeBrowser.storage.local.set({ ignored: { a: ['x', 1], b: 'x', c: null } });
    expect(await loadIgnored()).toEqual({ a: ['x'] });
    await fakeBrowser.storage.local.set({ ignored: 'broken' });
    expect(await loadIgnored()).toEqual({});
  });
});

describe('the worker on malformed storage', () => {
  test('still checks, and ignoring works', async () => {
    await fakeBrowser.storage.local.set({
      settings: { rules: 'off', allow: [5, null], defaultKind: {} },
      ignored: { doc: 'x', other: ['y'] },
    });
    const worker = new WorkerState(new LocalEngine());
    const first = await worker.lint(request, 1, 0);
    expect(first.findings.length).toBeGreaterThan(0);
    const ignoredFinding = first.findings[0]!;
    await worker.ignore('doc', ignoredFinding.fingerprint);
    const second = await worker.lint(request, 1, 0);
    expect(second.findings.map((finding) => finding.fingerprint)).not.toContain(ignoredFinding.fingerprint);
    expect(second.ignored).toBeGreaterThan(0);
    expect(await loadIgnored()).toEqual({ doc: [ignoredFinding.fingerprint], other: ['y'] });
  });
});

describe('ignore lists from pages', () => {
  test('stay bounded however many ignores a page provokes, newest kept, settings still saved', async () => {
    const state = new WorkerState(new LocalEngine());
    for (let document = 0; document < 400; document++) {
      const key = `https://example.test/page#${'x'.repeat(200)}${document}`;
      for (let finding = 0; finding < 5; finding++) await state.ignore(key, `fingerprint-${finding}-${'f'.repeat(40)}`);
    }
    const stored = await loadIgnored();
    expect(JSON.stringify(stored).length).toBeLessThanOrEqual(IGNORE_LIMITS.bytes);
    expect(Object.keys(stored).length).toBeLessThanOrEqual(IGNORE_LIMITS.documents);
    expect(Object.keys(stored).at(-1)).toMatch(/399$/);
    await settingsItem.setValue({ ...defaultSettings, paused: true });
    expect((await loadSettings()).paused).toBe(true);
  });

  test('a document keeps its newest fingerprints; overlong keys and fingerprints are refused', () => {
    let lists: Record<string, string[]> = {};
    for (let i = 0; i < IGNORE_LIMITS.perDocument + 10; i++) lists = withIgnored(lists, 'doc', `f${i}`)!;
    expect(lists.doc).toHaveLength(IGNORE_LIMITS.perDocument);
    expect(lists.doc!.at(-1)).toBe(`f${IGNORE_LIMITS.perDocument + 9}`);
    expect(withIgnored(lists, 'k'.repeat(IGNORE_LIMITS.keyChars + 1), 'f')).toBeUndefined();
    expect(withIgnored(lists, 'doc', 'f'.repeat(IGNORE_LIMITS.fingerprintChars + 1))).toBeUndefined();
  });

  test('editor labels enter keys as short hashes', () => {
    expect(shortHash('a'.repeat(100_000))).toMatch(/^[0-9a-f]{8}$/);
    expect(shortHash('body')).toBe(shortHash('body'));
    expect(shortHash('body')).not.toBe(shortHash('Body'));
  });
});
