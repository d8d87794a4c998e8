// Extension storage can hold anything (an older version's shape, a hand edit): the worker and the pages must
// keep working on it, keeping what is valid.
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings, loadIgnored, loadSettings, parseSettings } from '../../extension/lib/settings.ts';
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
