// Runs each tab's checks in a dedicated worker with a time budget: a check that runs too long has its worker
// terminated (a hostile page can hold the engine, but only its own tab's), and that tab's next check starts a
// fresh one. Lives where `Worker` exists: Firefox's background page, Chrome's offscreen document, the review page.
import { browser } from 'wxt/browser';
import {
  CheckFailure,
  tooSlow,
  type DocxReview,
  type DocxReviewer,
  type Engine,
  type EngineCheck,
  type EngineResult,
  type OnPartial,
} from './engine.ts';

/** The engine worker's script (entrypoints/engine-worker.ts). */
export const engineWorkerUrl = () => browser.runtime.getURL('/engine-worker.js');

/**
 * A module worker: its script imports its chunks, and loads the .docx reader and writer (half its code) only when a
 * .docx is read or written (wxt.config.ts). Every chunk is a file of the extension package.
 */
const startWorker = (url: string) => new Worker(url, { type: 'module' });

/** Long enough for the first check of the longest text checked as you type (1,000,000 characters). */
export const checkBudgetMs = 15_000;

/** Workers kept at once; the tab that checked least recently gives its worker up (its sessions are rebuilt). */
const maxWorkers = 4;

/**
 * How long no check must have run before a spare worker is started again (after a tab took the last one): a worker
 * starting while the user types slowed every check on a loaded machine (measured), so it waits for a pause.
 */
export const spareIdleMs = 1500;

/**
 * A check, a reviewed .docx to make, an editor's session to drop, or word that a newer check of an editor's session
 * is waiting (its running check, on the part of a long first check still to read, stops and answers `superseded`).
 */
export type EngineWorkerRequest =
  | { id: number; check: EngineCheck }
  | { id: number; review: DocxReview }
  | { forget: string }
  | { newer: string };
export type EngineWorkerAnswer =
  | { id: number; partial: EngineResult }
  | { id: number; result: EngineResult }
  | { id: number; superseded: true }
  | { id: number; reviewed: Uint8Array }
  | { id: number; error: string };

interface Lane {
  worker: Worker;
  /** Checks run one at a time, in order; each one's budget starts when it reaches the worker. */
  queue: Promise<unknown>;
  lastUsed: number;
}

/** A running check stopped for a newer one of the same editor, whose result it then takes. */
const superseded = 'superseded';

/** A check waiting in its lane; a newer check of the same editor makes it wait for that one's result instead. */
interface Queued {
  promise: Promise<EngineResult>;
  text: string;
}

export class EnginePool implements Engine, DocxReviewer {
  private readonly lanes = new Map<number, Lane>();
  /** Per lane and editor: the newest check asked for. Older ones still queued are not run (a stopped check would
   * otherwise be followed by the same text again, and the next, each taking the whole budget). */
  private readonly newest = new Map<string, Queued>();
  /** Per lane and editor: a text that ran out of time. It is not tried again until it changes. */
  private readonly tooSlowTexts = new Map<string, string>();
  private nextId = 0;
  /**
   * A worker started ahead (prepare), which the next tab to check takes: that tab's first check does not wait for a
   * worker to load and compile the engine (a second tab's first marks on a 25k-word draft took 1–1.8 s that way).
   * Once taken, another is started when no check has run for `spareIdleMs`, never while checks are running.
   */
  private spare: Worker | undefined;
  /** Whether this pool keeps a spare worker (prepare was called). */
  private keepsSpare = false;
  private spareTimer: ReturnType<typeof setTimeout> | undefined;
  /** Requests in the workers now, and when the last one started or ended. */
  private running = 0;
  private lastActivity = 0;

  constructor(
    private readonly workerUrl: string,
    private readonly budgetMs = checkBudgetMs,
  ) {}

  check(laneId: number, check: EngineCheck, onPartial?: OnPartial): Promise<EngineResult> {
    const lane = this.lane(laneId);
    lane.lastUsed = performance.now();
    const key = `${laneId}:${check.sessionKey}`;
    const queued = { text: check.text } as Queued;
    // A check of this editor running in the worker stops where it can: this one's answer serves both.
    if (this.newest.has(key)) lane.worker.postMessage({ newer: check.sessionKey } satisfies EngineWorkerRequest);
    this.newest.set(key, queued);
    type Outcome = { newer: Queued } | { result: EngineResult };
    const step = lane.queue.then<Outcome>(() => {
      const newer = this.newest.get(key);
      if (newer && newer !== queued) return { newer };
      if (this.tooSlowTexts.get(key) === check.text) return Promise.reject(new CheckFailure(tooSlow));
      const take = (answer: EngineWorkerAnswer) => ('result' in answer ? answer.result : 'superseded' in answer ? superseded : undefined);
      return this.run(laneId, { check }, take, onPartial).then(
        (result): Outcome => {
          this.tooSlowTexts.delete(key);
          const newest = this.newest.get(key);
          if (result !== superseded) return { result };
          if (!newest || newest === queued) throw new CheckFailure('the engine gave a malformed answer');
          return { newer: newest };
        },
        (error: unknown) => {
          if (error instanceof CheckFailure && error.message === tooSlow) this.tooSlowTexts.set(key, check.text);
          throw error;
        },
      );
    });
    lane.queue = step.catch(() => undefined);
    queued.promise = step
      .then((outcome) => {
        if ('result' in outcome) return outcome.result;
        const { newer } = outcome;
        return newer.promise.then((result) => ({ ...result, text: result.text ?? newer.text }));
      })
      .finally(() => {
        if (this.newest.get(key) === queued) this.newest.delete(key);
      });
    return queued.promise;
  }

  /** Made in the lane's worker after its queued checks, with the same time budget. */
  reviewDocx(laneId: number, review: DocxReview): Promise<Uint8Array> {
    const lane = this.lane(laneId);
    const step = lane.queue.then(() => this.run(laneId, { review }, (answer) => ('reviewed' in answer ? answer.reviewed : undefined)));
    lane.queue = step.catch(() => undefined);
    return step;
  }

  /** Starts a lane's worker ahead of its first check, so that check does not wait for the engine to load. */
  start(laneId: number): void {
    this.lane(laneId);
  }

  /** Starts a worker for whichever tab checks first, and keeps one ready for the next tab (see `spare`). */
  prepare(): void {
    this.keepsSpare = true;
    this.spare ??= startWorker(this.workerUrl);
  }

  /** Starts a spare worker once no check has run for `spareIdleMs` (unless one is ready, or every worker is in use). */
  private replaceSpare(): void {
    if (!this.keepsSpare || this.spare || this.spareTimer !== undefined) return;
    const wait = (ms: number) => {
      this.spareTimer = setTimeout(() => {
        this.spareTimer = undefined;
        if (this.spare || this.lanes.size >= maxWorkers) return;
        const idle = performance.now() - this.lastActivity;
        if (this.running > 0 || idle < spareIdleMs) wait(Math.max(spareIdleMs - idle, 50));
        else this.spare = startWorker(this.workerUrl);
      }, ms);
    };
    wait(spareIdleMs);
  }

  forget(laneId: number, sessionKey?: string): void {
    if (sessionKey !== undefined) {
      this.lanes.get(laneId)?.worker.postMessage({ forget: sessionKey } satisfies EngineWorkerRequest);
      this.tooSlowTexts.delete(`${laneId}:${sessionKey}`);
      return;
    }
    this.lanes.get(laneId)?.worker.terminate();
    this.lanes.delete(laneId);
    this.replaceSpare();
    for (const key of this.tooSlowTexts.keys()) if (key.startsWith(`${laneId}:`)) this.tooSlowTexts.delete(key);
  }

  private lane(laneId: number): Lane {
    const existing = this.lanes.get(laneId);
    if (existing) return existing;
    if (this.lanes.size >= maxWorkers) {
      const [oldest] = [...this.lanes].sort(([, a], [, b]) => a.lastUsed - b.lastUsed)[0] ?? [];
      if (oldest !== undefined) this.forget(oldest);
    }
    const lane: Lane = { worker: this.spare ?? startWorker(this.workerUrl), queue: Promise.resolve(), lastUsed: performance.now() };
    this.spare = undefined;
    this.lanes.set(laneId, lane);
    this.replaceSpare();
    return lane;
  }

  /** Sends one request to the lane's worker and takes its answer, within the time budget. */
  private run<T>(
    laneId: number,
    request: { check: EngineCheck } | { review: DocxReview },
    take: (answer: EngineWorkerAnswer) => T | undefined,
    onPartial?: OnPartial,
  ): Promise<T> {
    const lane = this.lanes.get(laneId);
    if (!lane) return Promise.reject(new CheckFailure('the tab was closed'));
    const id = this.nextId++;
    this.running++;
    this.lastActivity = performance.now();
    return new Promise<T>((resolve, reject) => {
      const settle = () => {
        this.running--;
        this.lastActivity = performance.now();
        clearTimeout(timer);
        lane.worker.removeEventListener('message', onMessage);
        lane.worker.removeEventListener('error', onError);
      };
      const onMessage = ({ data }: MessageEvent<EngineWorkerAnswer>) => {
        if (data.id !== id) return;
        if ('partial' in data) {
          onPartial?.(data.partial);
          return;
        }
        settle();
        const taken = 'error' in data ? undefined : take(data);
        if (taken === undefined) reject(new CheckFailure('error' in data ? data.error : 'the engine gave a malformed answer'));
        else resolve(taken);
      };
      const onError = (event: ErrorEvent) => {
        settle();
        this.stop(laneId, lane);
        reject(new CheckFailure(event.message || 'the engine stopped'));
      };
      const timer = setTimeout(() => {
        settle();
        this.stop(laneId, lane);
        reject(new CheckFailure(tooSlow));
      }, this.budgetMs);
      lane.worker.addEventListener('message', onMessage);
      lane.worker.addEventListener('error', onError);
      lane.worker.postMessage({ id, ...request } satisfies EngineWorkerRequest);
    });
  }

  /** Terminates a lane's worker; its queued checks go to a fresh one. */
  private stop(laneId: number, lane: Lane): void {
    lane.worker.terminate();
    if (this.lanes.get(laneId) === lane) {
      this.lanes.delete(laneId);
      const fresh = this.lane(laneId);
      fresh.queue = lane.queue;
    }
  }
}
