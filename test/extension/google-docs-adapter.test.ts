// @vitest-environment jsdom
// The Google Docs adapter's reading rhythm in export mode: it reads once at the start, again only after typing
// pauses, never while the tab is hidden (a hidden tab is read when it is shown again), and keeps the last good text
// when a read fails.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { GoogleDocsAdapter } from '../../extension/adapters/google-docs.ts';
import { startPageBridge } from '../../extension/adapters/google-docs-page.ts';

const url = new URL('https://docs.google.com/document/d/abc/edit');
let visibility: DocumentVisibilityState = 'visible';
let saved = 'Officers may ask about status.';
let status = 200;
const requested: string[] = [];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
  vi.stubGlobal('fetch', async (address: string) => {
    requested.push(address);
    return new Response(saved, { status, headers: { 'content-type': 'text/markdown' } });
  });
  // The page-world side, on a page without Docs' annotated-text API: the adapter reads exports.
  startPageBridge(window);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  requested.splice(0);
  visibility = 'visible';
  status = 200;
});

async function settle(ms: number) {
  await vi.advanceTimersByTimeAsync(ms);
}

const type = () => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));

test('typing is read once, after the pause, and the change is announced', async () => {
  const adapter = new GoogleDocsAdapter(document.body, url);
  const changes = vi.fn();
  adapter.onChange(changes);
  await settle(10);
  expect(adapter.read()).toEqual({ text: saved, format: 'markdown' });
  expect(requested).toHaveLength(1);
  saved = 'Officers may ask about status. More.';
  for (let key = 0; key < 5; key++) {
    type();
    await settle(500);
  }
  expect(requested).toHaveLength(1);
  await settle(2500);
  expect(requested).toHaveLength(2);
  expect(adapter.read().text).toBe(saved);
  expect(changes).toHaveBeenCalledTimes(2);
  adapter.destroy();
});

test('a hidden tab is not read; it is read once when shown again', async () => {
  visibility = 'hidden';
  const adapter = new GoogleDocsAdapter(document.body, url);
  await settle(5000);
  type();
  await settle(5000);
  expect(requested).toHaveLength(0);
  visibility = 'visible';
  document.dispatchEvent(new Event('visibilitychange'));
  await settle(10);
  expect(requested).toHaveLength(1);
  expect(adapter.read().text).toBe(saved);
  adapter.destroy();
});

test('a failed read keeps the last text and says why in the limitation', async () => {
  const adapter = new GoogleDocsAdapter(document.body, url);
  await settle(10);
  const first = adapter.read();
  status = 403;
  saved = 'Something else.';
  type();
  await settle(2600);
  expect(adapter.read()).toEqual(first);
  expect(adapter.limitation).toContain('HTTP 403');
  expect(adapter.limitation).toContain('from the last version read');
  expect(adapter.canApply).toBe(false);
  expect(adapter.canReveal).toBe(false);
  await expect(adapter.replace(0, 1, 'x')).rejects.toThrow('fixes are copied, not applied');
  adapter.destroy();
});
