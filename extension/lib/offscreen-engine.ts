// Chrome's service worker cannot start workers (no `Worker` in ServiceWorkerGlobalScope, checked in Chromium 156),
// so the engine pool lives in an offscreen document made for that purpose (reason WORKERS), and the service
// worker reaches it by message. Firefox's MV2 background page has `Worker` and holds the pool itself.
import { browser, type Browser } from 'wxt/browser';
import { maxTextChars } from './requests.ts';
import { CheckFailure, type Engine, type EngineCheck, type EngineResult, type OnPartial } from './engine.ts';
import type { EnginePool } from './engine-pool.ts';
import { ReceivedTexts, SentTexts, type TextChange } from './text-change.ts';

/**
 * Messages to the engine's host; only extension contexts (no `sender.tab`) are answered. A check's text goes as a
 * change against the session's last one (its `text` is then empty), as pages send theirs. `partials`: the number
 * under which the host sends the check's first answer back (EnginePartial) before the whole one.
 */
export type EngineHostRequest =
  | { target: 'engine'; type: 'check'; lane: number; check: EngineCheck; version: number; change?: TextChange; partials?: number }
  | { target: 'engine'; type: 'forget'; lane: number; sessionKey?: string };

/** A long text's first answer, from the offscreen document to the service worker (which alone listens for it). */
interface EnginePartial {
  target: 'engine-partial';
  partials: number;
  result: EngineResult;
}

type EngineHostAnswer = { result: EngineResult } | { failure: string } | { resend: true };

const sessionOf = (lane: number, sessionKey: string) => `${lane}:${sessionKey}`;

const offscreenPath = '/offscreen.html';

export class OffscreenEngine implements Engine {
  private ready: Promise<void> | undefined;
  private readonly sent = new SentTexts();
  /** Checks waiting for a first answer, by the number the host sends it under. */
  private readonly partials = new Map<number, OnPartial>();
  private nextPartials = 0;

  constructor() {
    const host = browser.runtime.getURL(offscreenPath);
    browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
      if (sender.tab || sender.id !== browser.runtime.id || sender.url !== host || !isEnginePartial(message)) return false;
      this.partials.get(message.partials)?.(message.result);
      return false;
    });
  }

  async check(lane: number, check: EngineCheck, onPartial?: OnPartial): Promise<EngineResult> {
    await this.open();
    const send = (request: EngineHostRequest) => browser.runtime.sendMessage(request) as Promise<EngineHostAnswer | undefined>;
    const { version, change } = this.sent.next(sessionOf(lane, check.sessionKey), check.text);
    const partials = onPartial ? ++this.nextPartials : undefined;
    if (partials !== undefined && onPartial) this.partials.set(partials, onPartial);
    const whole: EngineHostRequest = {
      target: 'engine',
      type: 'check',
      lane,
      check,
      version,
      ...(partials === undefined ? {} : { partials }),
    };
    try {
      let answer = await send(change ? { ...whole, check: { ...check, text: '' }, change } : whole);
      // The offscreen document does not hold the text the change is against (it was closed and made again).
      if (answer && 'resend' in answer) answer = await send(whole);
      if (!answer || 'resend' in answer) throw new CheckFailure('the engine did not answer');
      if ('failure' in answer) throw new CheckFailure(answer.failure);
      return answer.result;
    } finally {
      if (partials !== undefined) this.partials.delete(partials);
    }
  }

  forget(lane: number, sessionKey?: string): void {
    if (sessionKey === undefined) this.sent.forgetAll(`${lane}:`);
    else this.sent.forget(sessionOf(lane, sessionKey));
    if (!this.ready) return;
    const request: EngineHostRequest = { target: 'engine', type: 'forget', lane, ...(sessionKey === undefined ? {} : { sessionKey }) };
    void this.ready.then(() => browser.runtime.sendMessage(request)).catch(() => undefined);
  }

  /** Opens the engine's document ahead of the first check: it starts a worker for the first tab to check. */
  prepare(): void {
    void this.open().catch(() => undefined);
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
  const received = new ReceivedTexts();
  browser.runtime.onMessage.addListener((request: unknown, sender: Browser.runtime.MessageSender, sendResponse) => {
    if (!isEngineRequest(request) || sender.tab || sender.id !== browser.runtime.id) return false;
    if (request.type === 'forget') {
      if (request.sessionKey === undefined) received.forgetAll(`${request.lane}:`);
      else received.forget(sessionOf(request.lane, request.sessionKey));
      pool.forget(request.lane, request.sessionKey);
      return false;
    }
    const { lane, check, version, change, partials } = request;
    const text = received.receive(
      sessionOf(lane, check.sessionKey),
      { text: check.text, version, ...(change ? { change } : {}) },
      maxTextChars,
    );
    if (text === undefined) {
      sendResponse({ resend: true } satisfies EngineHostAnswer);
      return false;
    }
    const onPartial =
      partials === undefined
        ? undefined
        : (result: EngineResult) =>
            void browser.runtime.sendMessage({ target: 'engine-partial', partials, result } satisfies EnginePartial).catch(() => undefined);
    pool.check(lane, { ...check, text }, onPartial).then(
      (result) => sendResponse({ result } satisfies EngineHostAnswer),
      (error: unknown) => sendResponse({ failure: error instanceof Error ? error.message : String(error) } satisfies EngineHostAnswer),
    );
    return true;
  });
}

function isEnginePartial(message: unknown): message is EnginePartial {
  if (typeof message !== 'object' || message === null) return false;
  const { target, partials, result } = message as Partial<Record<keyof EnginePartial, unknown>>;
  return (
    target === 'engine-partial' &&
    Number.isSafeInteger(partials) &&
    typeof result === 'object' &&
    result !== null &&
    typeof (result as EngineResult).findings === 'string'
  );
}

function isEngineRequest(request: unknown): request is EngineHostRequest {
  return typeof request === 'object' && request !== null && (request as { target?: unknown }).target === 'engine';
}
