// The service worker's state, on the fake browser storage WXT's vitest plugin provides.
import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WorkerState } from '../../extension/lib/worker-state.ts';
import type { LintRequest } from '../../extension/lib/messages.ts';

const request: LintRequest = {
  type: 'lint',
  documentKey: 'https://example.test/draft#body',
  text: 'Officers shall ask every person they detain whether he or she is a citizen.',
  format: 'text',
  title: 'Community contacts',
  url: 'https://example.test/draft',
  editor: 'textarea',
  canApply: false,
};

beforeEach(() => fakeBrowser.reset());

test('a kind chosen in the panel re-checks the last text and keeps what the page reported', async () => {
  const worker = new WorkerState();
  const first = await worker.lint(request, 7, 2);
  expect(first.kindChosen).toBe(false);
  expect(first.kindReason).not.toBe('chosen by the user');
  const chosen = first.kind === 'outreach' ? 'bulletin' : 'outreach';
  worker.chooseKind(request.documentKey, chosen);
  const again = (await worker.relint(7))!;
  const { type: _type, ...reported } = request;
  expect(again).toMatchObject({ ...reported, tabId: 7, frameId: 2, kind: chosen, kindChosen: true, kindReason: 'chosen by the user' });
  expect(again).not.toHaveProperty('type');
  expect(worker.document(7)).toBe(again);
  expect(await worker.relint(8)).toBeUndefined();
});

test('the ignore list is kept in memory and follows changes made to storage elsewhere', async () => {
  const worker = new WorkerState();
  const first = await worker.lint(request, 7, 0);
  const finding = first.findings[0]!;
  await worker.ignore(request.documentKey, finding.fingerprint);
  const ignored = await worker.lint(request, 7, 0);
  expect(ignored.findings.map((other) => other.fingerprint)).not.toContain(finding.fingerprint);
  expect(ignored.ignored).toBe(1);
  // Another window clears the list (as "forget ignored" in a second worker instance or the options page would).
  await fakeBrowser.storage.local.set({ ignored: {} });
  await expect.poll(async () => (await worker.lint(request, 7, 0)).ignored).toBe(0);
});
