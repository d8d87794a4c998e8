// Chrome's service worker cannot start workers (no `Worker` in ServiceWorkerGlobalScope, checked in Chromium 156),
// so the engine pool lives in an offscreen document made for that purpose (reason WORKERS), and the service
// worker reaches it by message. Firefox's MV2 background page has `Worker` and holds the pool itself.
import { browser, type Browser } from 'wxt/browser';
import { CheckFailure, type Engine, type EngineCheck, type EngineResult } from './engine.ts';
import type { EnginePool } from './engine-pool.ts';

/** Messages to the engine's host; only extension contexts (no `sender.tab`) are answered. */
export type EngineHostRequest =
  | { target: 'engine'; type: 'check'; lane: number; check: EngineCheck }
  | { target: 'engine'; type: 'forget'; lane: number; sessionKey?: string };

type EngineHostAnswer = { result: EngineResult } | { failure: string };

const offscreenPath = '/offscreen.html';

export class OffscreenEngine implements Engine {
  private ready: Promise<void> | undefined;

  async check(lane: number, check: EngineCheck): Promise<EngineResult> {
    await this.open();
    const answer = (await browser.runtime.sendMessage({ target: 'engine', type: 'check', lane, check } satisfies EngineHostRequest)) as
      | EngineHostAnswer
      | undefined;
    if (!answer) throw new CheckFailure('the engine did not answer');
    if ('failure' in answer) throw new CheckFailure(answer.failure);
    return answer.result;
  }

  forget(lane: number, sessionKey?: string): void {
    if (!this.ready) return;
    const request: EngineHostRequest = { target: 'engine', type: 'forget', lane, ...(sessionKey === undefined ? {} : { sessionKey }) };
    void this.ready.then(() => browser.runtime.sendMessage(request)).catch(() => undefined);
  }

  /** Creates the offscreen document once per service-worker life (it may outlive a restarted worker). */
  private open(): Promise<void> {
    this.ready ??= (async () => {
      const existing = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
      if (existing.length > 0) return;
      await browser.offscreen.createDocument({
        url: offscreenPath,
        reasons: ['WORKERS'],
        justification: 'Runs the policy checks in workers that can be stopped when a check takes too long.',
      });
    })().catch((error: unknown) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }
}

/** Answers the service worker's engine requests with a pool of workers (in the offscreen document). */
export function hostEngine(pool: EnginePool): void {
  browser.runtime.onMessage.addListener((request: unknown, sender: Browser.runtime.MessageSender, sendResponse) => {
    if (!isEngineRequest(request) || sender.tab || sender.id !== browser.runtime.id) return false;
    if (request.type === 'forget') {
      pool.forget(request.lane, request.sessionKey);
      return false;
    }
    pool.check(request.lane, request.check).then(
      (result) => sendResponse({ result } satisfies EngineHostAnswer),
      (error: unknown) => sendResponse({ failure: error instanceof Error ? error.message : String(error) } satisfies EngineHostAnswer),
    );
    return true;
  });
}

function isEngineRequest(request: unknown): request is EngineHostRequest {
  return typeof request === 'object' && request !== null && (request as { target?: unknown }).target === 'engine';
}
