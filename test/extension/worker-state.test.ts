// The service worker's state, on the fake browser storage WXT's vitest plugin provides.
import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WorkerState } from '../../extension/lib/worker-state.ts';
import type { Engine } from '../../extension/lib/engine.ts';
import { LocalEngine } from '../../extension/lib/local-engine.ts';
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
  const worker = new WorkerState(new LocalEngine());
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
  const worker = new WorkerState(new LocalEngine());
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

test('every editor of a tab is kept, by frame and key; the focused one comes first and focus brings one back', async () => {
  const worker = new WorkerState(new LocalEngine());
  const summary = { ...request, documentKey: 'https://example.test/draft#summary', label: 'Summary' };
  const framed = { ...request, documentKey: 'https://frame.example/c#comment', text: 'Officers may ask about immigration status.' };
  await worker.lint(summary, 7, 0, { pageHost: 'example.test', focus: true });
  await worker.lint(framed, 7, 3, { pageHost: 'example.test', frameOrigin: 'https://frame.example', focus: false });
  // A check the user did not make (a frame changing its own text) does not take the panel over.
  expect(worker.documents(7).map((document) => document.documentKey)).toEqual([summary.documentKey, framed.documentKey]);
  expect(worker.document(7)?.label).toBe('Summary');
  expect(worker.focus(7, 3, framed.documentKey)).toBe(true);
  expect(worker.document(7)).toMatchObject({
    documentKey: framed.documentKey,
    frameId: 3,
    frameOrigin: 'https://frame.example',
    pageHost: 'example.test',
  });
  // The same key in another frame is another editor, and unknown editors cannot be focused.
  expect(worker.focus(7, 4, framed.documentKey)).toBe(false);
  expect(worker.editor(7, 0, framed.documentKey)).toBeUndefined();
  // A re-check (kind, ignore) of an editor keeps the focus where it is.
  await worker.relint(7, worker.editor(7, 0, summary.documentKey));
  expect(worker.document(7)?.documentKey).toBe(framed.documentKey);
  // An editor hidden by the page (a rich-text editor replacing its field) leaves the panel; only its own frame can say so.
  expect(worker.forget(7, 0, framed.documentKey)).toBe(false);
  expect(worker.forget(7, 3, framed.documentKey)).toBe(true);
  expect(worker.documents(7).map((document) => document.documentKey)).toEqual([summary.documentKey]);
  expect(worker.document(7)?.documentKey).toBe(summary.documentKey);
  worker.forgetTab(7);
  expect(worker.documents(7)).toEqual([]);
});

test('an editor forgotten while its check runs is not stored when the check ends', async () => {
  const worker = new WorkerState(new LocalEngine());
  const checking = worker.lint(request, 5, 0);
  expect(worker.forget(5, 0, request.documentKey)).toBe(true);
  await checking;
  expect(worker.documents(5)).toEqual([]);
  // The editor that replaced it, checked next without focus, is the one the panel shows.
  await worker.lint({ ...request, documentKey: 'https://example.test/draft#editor' }, 5, 2, { focus: false });
  expect(worker.document(5)?.documentKey).toBe('https://example.test/draft#editor');
});

test('a check that throws gives a document that says why, with no findings', async () => {
  const failing: Engine = {
    check: () => Promise.reject(new RangeError('Maximum call stack size exceeded')),
    forget: () => undefined,
  };
  const worker = new WorkerState(failing);
  const document = await worker.lint(request, 2, 0);
  expect(document).toMatchObject({ failure: 'Maximum call stack size exceeded', findings: [], text: request.text });
  expect(worker.document(2)).toBe(document);
});

test("the engine's answer leaves out the text it was given (a .docx's extracted text it sends); the document keeps the text checked", async () => {
  const engine = new LocalEngine();
  const answer = await engine.check(7, { sessionKey: 's', text: request.text, format: 'text', config: {} });
  expect(answer).not.toHaveProperty('text');
  expect(JSON.parse(answer.findings).findings.length).toBeGreaterThan(0);
  expect((await new WorkerState(engine).lint(request, 7, 0)).text).toBe(request.text);
});

test('an editor that left its page has its engine session dropped; a malformed engine answer is a failed check', async () => {
  const forgotten: Array<[number, string | undefined]> = [];
  const local = new LocalEngine();
  const recording: Engine = {
    check: (lane, check) => local.check(lane, check),
    forget: (lane, sessionKey) => forgotten.push([lane, sessionKey]),
  };
  const worker = new WorkerState(recording);
  await worker.lint(request, 7, 2);
  expect(worker.forget(7, 2, request.documentKey)).toBe(true);
  expect(forgotten).toEqual([[7, `2:${request.documentKey}`]]);

  const broken: Engine = {
    check: async (lane, check) => ({ ...(await local.check(lane, check)), findings: { rules: [], findings: [{ rule: 3 }] } as never }),
    forget: () => undefined,
  };
  const failed = await new WorkerState(broken).lint(request, 7, 0);
  expect(failed.failure).toBe('the engine gave a malformed answer');
  expect(failed.findings).toEqual([]);
});

test('a first answer reaches the caller before the whole one, and never after it', async () => {
  const long = `${'Members shall treat every person with respect. '.repeat(500)}\n\nOfficers may ask drivers about their immigration status.`;
  let later: ((result: import('../../extension/lib/engine.ts').EngineResult) => void) | undefined;
  const local = new LocalEngine();
  const engine: Engine = {
    check: async (lane, check, onPartial) => {
      const whole = await local.check(lane, check, (partial) => {
        onPartial?.(partial);
        later = onPartial;
      });
      return whole;
    },
    forget: () => undefined,
  };
  const worker = new WorkerState(engine);
  const partials: number[] = [];
  const document = await worker.lint({ ...request, text: long }, 3, 0, {}, undefined, (partial) => partials.push(partial.findings.length));
  await expect.poll(() => partials.length).toBe(1);
  expect(document.findings.length).toBeGreaterThan(0);
  // The engine's first answer, delivered again after the whole one (messages can cross): dropped.
  later?.(await local.check(3, { sessionKey: 'x', text: long, format: 'text', config: {} }));
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(partials).toHaveLength(1);
});
