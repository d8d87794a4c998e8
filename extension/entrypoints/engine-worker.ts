// A dedicated worker that runs one tab's checks (see lib/engine-pool.ts): the pool terminates it when a check
// runs past its time budget, which stops the engine mid-check without touching any other tab.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { LocalEngine, nextTask } from '../lib/local-engine.ts';
import type { EngineWorkerAnswer, EngineWorkerRequest } from '../lib/engine-pool.ts';
import type { EngineResult } from '../lib/engine.ts';
import { e2eHook } from '../lib/e2e-hooks.ts';
import warmUpDraft from '../../examples/general-order-draft.md?raw';

export default defineUnlistedScript(() => {
  const engine = new LocalEngine();
  let asked = false;
  // The engine's first check pays for loading and compiling its code paths: a short draft checked as the worker
  // starts (ahead of any tab, see EnginePool.prepare) pays it before a long draft's first answer is waited for. It is
  // checked a paragraph at a time, and stops when the first request comes.
  void (async () => {
    for (const paragraph of warmUpDraft.split('\n\n')) {
      await nextTask();
      if (asked) break;
      await engine.check(0, { sessionKey: 'warm-up', text: paragraph, format: 'markdown', config: {} });
    }
    engine.forget(0, 'warm-up');
  })();
  // The project's types are the DOM's; a dedicated worker's global takes and posts messages the same way.
  const scope = self as unknown as {
    onmessage: (event: MessageEvent<EngineWorkerRequest>) => void;
    postMessage(answer: EngineWorkerAnswer): void;
  };
  /** Sessions with a newer check waiting: their running check stops at its next part. */
  const newer = new Set<string>();
  scope.onmessage = async ({ data }) => {
    asked = true;
    if ('forget' in data) {
      engine.forget(0, data.forget);
      return;
    }
    if ('newer' in data) {
      newer.add(data.newer);
      return;
    }
    let answer: EngineWorkerAnswer;
    try {
      if ('review' in data) answer = { id: data.id, reviewed: await engine.reviewDocx(0, data.review) };
      else {
        e2eHook(data.check.text);
        const { sessionKey } = data.check;
        newer.delete(sessionKey);
        // A long text's first answer goes out at once; the worker goes on with the whole document meanwhile.
        const partial = (result: EngineResult) => scope.postMessage({ id: data.id, partial: result });
        const result = await engine.checkUnless(0, data.check, partial, () => newer.has(sessionKey));
        answer = result ? { id: data.id, result } : { id: data.id, superseded: true };
      }
    } catch (error) {
      answer = { id: data.id, error: error instanceof Error ? error.message : String(error) };
    }
    scope.postMessage(answer);
  };
});
