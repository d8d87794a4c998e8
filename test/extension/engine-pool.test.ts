// The pool keeps a worker ready for the next tab: started ahead, and again after a tab took it once no check has run
// for a while (never while checks are running, which a starting worker slowed).
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { EnginePool, spareIdleMs } from '../../extension/lib/engine-pool.ts';

/** A worker that answers every check at once with no findings. */
class FakeWorker extends EventTarget {
  static started = 0;
  terminated = false;
  constructor(readonly url: string) {
    super();
    FakeWorker.started++;
  }
  postMessage(message: { id?: number; check?: { text: string } }): void {
    if (message.id === undefined || !message.check) return;
    const result = { format: 'text', kind: 'general-order', kindReason: '', findings: '[]' };
    queueMicrotask(() => this.dispatchEvent(new MessageEvent('message', { data: { id: message.id, result } })));
  }
  terminate(): void {
    this.terminated = true;
  }
}

beforeEach(() => {
  vi.useFakeTimers();
  FakeWorker.started = 0;
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const check = (text: string) => ({ sessionKey: 'editor', text, format: 'text' as const, config: {} });

test('a tab takes the spare worker; another is started once no check has run for a while, not during checks', async () => {
  const pool = new EnginePool('/engine-worker.js');
  pool.prepare();
  expect(FakeWorker.started).toBe(1);
  await pool.check(1, check('First tab.'));
  // The first tab took the spare: no new worker while it checks.
  expect(FakeWorker.started).toBe(1);
  for (let edit = 0; edit < 5; edit++) {
    await vi.advanceTimersByTimeAsync(spareIdleMs / 2);
    await pool.check(1, check(`First tab, edit ${edit}.`));
  }
  expect(FakeWorker.started).toBe(1);
  // A pause: the spare is started, and the next tab takes it without starting one of its own.
  await vi.advanceTimersByTimeAsync(spareIdleMs + 100);
  expect(FakeWorker.started).toBe(2);
  await pool.check(2, check('Second tab.'));
  expect(FakeWorker.started).toBe(2);
  await vi.advanceTimersByTimeAsync(spareIdleMs + 100);
  expect(FakeWorker.started).toBe(3);
});

test('a pool that was not prepared (the review page) keeps no spare', async () => {
  const pool = new EnginePool('/engine-worker.js');
  await pool.check(0, check('A draft.'));
  await vi.advanceTimersByTimeAsync(spareIdleMs * 3);
  expect(FakeWorker.started).toBe(1);
});
