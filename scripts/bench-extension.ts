// `npm run bench:extension`: how soon marks follow a pause in typing on a 25k-word draft, in the built extension
// in Chromium (the whole path: read, message, engine session in the service worker, findings back, marks drawn).
// The peer in the same run is the engine alone (session.lint in Node on the same text and edit), so the figure
// separates the extension's overhead from the engine's work. A benchmark, not a test.
import { cpSync, mkdtempSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSession } from '../index.ts';
import { findingsOf } from '../extension/lib/findings.ts';
import { packFindings } from '../extension/lib/packed-findings.ts';
import { changeBetween } from '../extension/lib/text-change.ts';
import { buildExtension, startHarness, tabIdOf } from '../test/e2e/harness.ts';
import type { Page } from 'playwright-core';
import { draftOf, median, percentile } from './lib/draft.ts';
import { WordFixtures } from '../test/e2e/fixtures/word/pages.ts';
import type { Block } from '../test/e2e/fixtures/word/model.ts';

/** The content script's pause before a check (extension/content/editor-session.ts). */
const pauseMs = 250;
const edits = Number(process.env.BENCH_RUNS ?? 15);
const draft = draftOf(25_000);
const words = draft.split(/\s+/).length;
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
/** The draft as Word for the web paragraphs: headings, list items, paragraphs. */
const wordBlocks = (markdown: string): Block[] =>
  markdown
    .trim()
    .split('\n\n')
    .flatMap((block): Block[] => {
      if (block.startsWith('#')) return [{ kind: 'heading', text: block.replace(/^#+\s*/, '') }];
      const lines = block.split('\n');
      if (lines.every((line) => /^(?:- |\d+\. )/.test(line)))
        return lines.map((line) => ({ kind: line.startsWith('- ') ? 'bullet' : 'number', text: line.replace(/^(?:- |\d+\. )/, '') }));
      return [{ kind: 'paragraph', text: lines.join(' ') }];
    });
/** `BENCH_ONLY=review,textarea`: only those parts (textarea, contenteditable, word, review); all by default. */
const only = process.env.BENCH_ONLY?.split(',');
const runs = (part: string) => !only || only.includes(part);
const flagged = (index: number) => `\n\nOfficers may ask drivers about their immigration status during stop ${index}.`;

console.log(`machine: ${cpus()[0]?.model ?? 'unknown cpu'} × ${cpus().length}, node ${process.version}`);
console.log(`draft: ${words} words in a textarea, ${edits} edits, each adding one flagged sentence at the end`);

/** `BENCH_EXTENSION=dir`: a build made beforehand (another branch's, to compare in the same conditions), copied. */
function extension(): string {
  const prebuilt = process.env.BENCH_EXTENSION;
  if (!prebuilt) return buildExtension();
  const copy = join(mkdtempSync(join(tmpdir(), 'trustlint-bench-')), 'chrome-mv3');
  cpSync(prebuilt, copy, { recursive: true });
  return copy;
}

const harness = await startHarness(extension(), {
  '/long.html': `<!doctype html><meta charset="utf-8"><title>Long draft</title><textarea id="draft" style="width:100%;height:90vh">${escape(draft)}</textarea>`,
  '/long-rich.html': `<!doctype html><meta charset="utf-8"><title>Long draft</title><div id="draft" contenteditable="true">${draft
    .split('\n\n')
    .map((paragraph) => `<p>${escape(paragraph)}</p>`)
    .join('')}</div>`,
});
const results: string[] = [];

/**
 * Milliseconds from `since` until the worker holds a whole answer for the tab's editor (first answers of a long text
 * are not stored), asked from an extension page as the panel asks. Edits are timed `settleMs` after it, for every
 * build alike: typing on a draft read whole. Edits in the first seconds after a long first check read part by part
 * were slower on this machine (up to about a second; the cause is not pinned down yet).
 */
const settleMs = 3000;

async function wholeCheckAfter(page: Page, since: number): Promise<number> {
  const tabId = await tabIdOf(harness, page);
  const asker = await harness.context.newPage();
  await asker.goto(`chrome-extension://${harness.extensionId}/popup.html`);
  await asker.waitForFunction(
    (tab) => chrome.runtime.sendMessage({ type: 'get-state', tabId: tab }).then((state) => state !== null),
    tabId,
    { timeout: 60_000, polling: 20 },
  );
  const elapsed = performance.now() - since;
  await asker.close();
  await page.bringToFront();
  await page.waitForTimeout(settleMs);
  return elapsed;
}
try {
  if (runs('textarea')) await textarea();
  if (runs('contenteditable')) await contenteditable();
  if (runs('word')) await word();
  if (runs('review')) await reviewPage();
  if (runs('textarea') || runs('contenteditable')) {
    engineAlone();
    messageSizes();
  }
  console.log(`\n${results.join('\n')}`);
} finally {
  await harness.close();
}

async function textarea() {
  const page = await harness.context.newPage();
  await page.goto(`${harness.origin}/long.html`);
  const marks = page.locator('trustlint-ui .mark');
  await page.locator('#draft').focus();
  const firstStart = performance.now();
  await page.waitForFunction(
    () => (document.querySelector('trustlint-ui')?.shadowRoot?.querySelectorAll('.mark').length ?? 0) > 0,
    undefined,
    { timeout: 60_000 },
  );
  const firstCheckMs = performance.now() - firstStart;
  const wholeMs = await wholeCheckAfter(page, firstStart);

  const afterPause: number[] = [];
  for (let index = 0; index < edits; index++) {
    const before = await marks.count();
    // Timed inside the page: from the input event to the moment the overlay holds one more mark.
    const elapsed = await page.evaluate(
      ({ text, before }) =>
        new Promise<number>((done) => {
          const area = document.querySelector<HTMLTextAreaElement>('#draft')!;
          const shadow = document.querySelector('trustlint-ui')!.shadowRoot!;
          const observer = new MutationObserver(() => {
            if (shadow.querySelectorAll('.mark').length > before) {
              observer.disconnect();
              done(performance.now() - start);
            }
          });
          observer.observe(shadow, { childList: true, subtree: true });
          area.focus();
          area.setSelectionRange(area.value.length, area.value.length);
          // The pause starts at the input event (the editor's own work on the keystroke comes before it).
          let start = 0;
          area.addEventListener('input', () => (start = performance.now()), { once: true });
          document.execCommand('insertText', false, text);
        }),
      { text: flagged(index), before },
    );
    afterPause.push(elapsed - pauseMs);
  }
  await page.close();
  results.push(
    `first marks after focus: ${firstCheckMs.toFixed(0)} ms (target ≤ 1 s); the whole draft checked at ${wholeMs.toFixed(0)} ms`,
    `marks updated after the ${pauseMs} ms pause: median ${median(afterPause).toFixed(0)} ms, p90 ${percentile(afterPause, 0.9).toFixed(0)} ms (target ≤ 150 ms)`,
  );
}

/** The same in a contenteditable: marks are CSS Custom Highlights, polled every few milliseconds. */
async function contenteditable() {
  const rich = await harness.context.newPage();
  await rich.goto(`${harness.origin}/long-rich.html`);
  const highlighted = () => [...CSS.highlights.values()].reduce((sum, highlight) => sum + highlight.size, 0);
  const richStart = performance.now();
  await rich.locator('#draft').focus();
  await rich.waitForFunction(highlighted, undefined, { timeout: 60_000, polling: 5 });
  const richFirstMs = performance.now() - richStart;
  const richWholeMs = await wholeCheckAfter(rich, richStart);
  const richAfterPause: number[] = [];
  for (let index = 0; index < edits; index++) {
    const elapsed = await rich.evaluate(
      (text) =>
        new Promise<number>((done) => {
          const count = () => [...CSS.highlights.values()].reduce((sum, highlight) => sum + highlight.size, 0);
          const before = count();
          const editor = document.querySelector<HTMLElement>('#draft')!;
          editor.focus();
          const selection = getSelection()!;
          selection.selectAllChildren(editor);
          selection.collapseToEnd();
          let start = 0;
          editor.addEventListener('input', () => (start = performance.now()), { once: true });
          document.execCommand('insertText', false, text);
          // Timers, not animation frames: frames are throttled in a page that is not painted.
          const poll = () => (count() > before ? done(performance.now() - start) : setTimeout(poll, 2));
          poll();
        }),
      flagged(index),
    );
    richAfterPause.push(elapsed - pauseMs);
  }
  await rich.close();
  results.push(
    `contenteditable: first marks ${richFirstMs.toFixed(0)} ms, the whole draft at ${richWholeMs.toFixed(0)} ms; marks after the pause: median ${median(richAfterPause).toFixed(0)} ms, p90 ${percentile(richAfterPause, 0.9).toFixed(0)} ms`,
  );
}

/**
 * Word for the web: the e2e fixture's editable layout at its real host (marks drawn in an overlay where in view).
 * Only the first marks are timed: typed edits at the end did not yet give a reliable reading in this fixture.
 */
async function word() {
  const fixtures = new WordFixtures();
  await fixtures.install(harness.context);
  const wordDraft = fixtures.add('bench-long', 'cloud', {
    document: { title: 'Long draft.docx', header: 'General Order', footer: 'Page 1', blocks: wordBlocks(draft), flagged: [] },
    style: 'main',
    layout: 'editable',
  });
  const wordPage = await harness.context.newPage();
  const wordStart = performance.now();
  await wordPage.goto(wordDraft.url);
  const frame = wordPage.frames().find((candidate) => candidate.url() === wordDraft.frameUrl)!;
  const overlayMarks = () =>
    new Set(
      [...(document.querySelector('trustlint-ui')?.shadowRoot?.querySelectorAll<HTMLElement>('.overlay-mark') ?? [])].map(
        (mark) => mark.dataset.id,
      ),
    ).size;
  await frame.waitForFunction(overlayMarks, undefined, { timeout: 60_000, polling: 5 });
  const wordFirstMs = performance.now() - wordStart;
  await wordPage.close();
  results.push(`Word for the web: first marks ${wordFirstMs.toFixed(0)} ms after the page was asked for`);
}

/** The review page: the draft opened as a .md file, then fixes applied from the Problems list. */
async function reviewPage() {
  const review = await harness.context.newPage();
  await review.setViewportSize({ width: 1280, height: 820 });
  await review.goto(`chrome-extension://${harness.extensionId}/review.html`);
  // The engine's worker loads as the page opens; a reviewer takes longer than that to pick a file.
  await review.waitForTimeout(1000);
  // Where the opening's and each Apply's time goes: the page's messages to and from its engine worker are watched (the
  // worker was started as the page opened, so its prototype's postMessage is wrapped and its answers seen on the way back).
  await review.evaluate(() => {
    const times: Record<string, number> = {};
    (window as unknown as { benchTimes: Record<string, number> }).benchTimes = times;
    const post = Worker.prototype.postMessage;
    const watched = new WeakSet<Worker>();
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
      if (!watched.has(this)) {
        watched.add(this);
        this.addEventListener('message', ({ data }) => {
          if ('partial' in data && !times.partial) times.partial = performance.now();
          if ('result' in data && !times.whole) times.whole = performance.now();
        });
      }
      if (typeof message === 'object' && message !== null && 'check' in message && !times.sent) times.sent = performance.now();
      return (post as (...args: unknown[]) => void).call(this, message, ...rest);
    };
    document.querySelector('#draft')!.addEventListener('input', () => (times.input ??= performance.now()));
  });
  // Timed inside the page, from the file's change event: until the draft is in the editor, then until the list has rows.
  const opened = review.evaluate(
    () =>
      new Promise<{ shown: number; listed: number; whole: number; sent: number; partial: number }>((done) => {
        const times = (window as unknown as { benchTimes: Record<string, number | undefined> }).benchTimes;
        const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
        const editor = document.querySelector<HTMLTextAreaElement>('#draft')!;
        // The severity counts: the whole answer changes them from the first answer's (the opening's findings). A
        // build without first answers lists every row at once: the counts then stay as they are.
        const total = () => [...document.querySelectorAll('.count-number')].reduce((sum, count) => sum + Number(count.textContent), 0);
        input.addEventListener(
          'change',
          () => {
            const start = performance.now();
            for (const key of Object.keys(times)) delete times[key];
            const since = (key: string) => (times[key] ?? Number.NaN) - start;
            let shown = 0;
            let listed = 0;
            let first = 0;
            const poll = () => {
              if (!shown && editor.value !== '') shown = performance.now() - start;
              if (!listed && document.querySelector('.row[data-finding-id]')) {
                listed = performance.now() - start;
                first = total();
              }
              const now = performance.now() - start;
              const phases = { sent: since('sent'), partial: since('partial') };
              if (listed && total() !== first) done({ shown, listed, whole: now, ...phases });
              else if (listed && now - listed > 15_000) done({ shown, listed, whole: listed, ...phases });
              else setTimeout(poll, 2);
            };
            poll();
          },
          { once: true },
        );
      }),
  );
  await review.locator('input[type="file"]').setInputFiles({ name: 'long.md', mimeType: 'text/markdown', buffer: Buffer.from(draft) });
  const { shown, listed, whole, sent, partial } = await opened;
  const reviewApplyMs: number[] = [];
  const phases: Record<'input' | 'sent' | 'partial', number[]> = { input: [], sent: [], partial: [] };
  for (let index = 0; index < Math.min(edits, 5); index++) {
    await review.waitForTimeout(300);
    // Timed inside the page: from the click on a row's Apply to the moment that row has left the list.
    const timed = await review.evaluate(
      () =>
        new Promise<{ gone: number; input: number; sent: number; partial: number }>((done) => {
          const times = (window as unknown as { benchTimes: Record<string, number | undefined> }).benchTimes;
          for (const key of Object.keys(times)) delete times[key];
          const button = [...document.querySelectorAll<HTMLButtonElement>('.row[data-finding-id] .row-actions button.primary')][0]!;
          const row = button.closest<HTMLElement>('.row')!;
          const id = row.dataset.findingId!;
          const start = performance.now();
          const since = (key: string) => (times[key] ?? Number.NaN) - start;
          const poll = () =>
            document.querySelector(`.row[data-finding-id="${CSS.escape(id)}"]`)
              ? setTimeout(poll, 2)
              : done({ gone: performance.now() - start, input: since('input'), sent: since('sent'), partial: since('partial') });
          button.click();
          poll();
        }),
    );
    reviewApplyMs.push(timed.gone);
    for (const phase of ['input', 'sent', 'partial'] as const) phases[phase].push(timed[phase]);
  }
  await review.close();
  results.push(
    `review page: a ${words}-word .md in the editor ${shown.toFixed(0)} ms after it was chosen, first rows at ${listed.toFixed(0)} ms (target ≤ 500 ms; the check sent at ${sent.toFixed(0)} ms, its first answer back at ${partial.toFixed(0)} ms), every row at ${whole.toFixed(0)} ms; Apply to the list updated: median ${median(reviewApplyMs).toFixed(0)} ms (target ≤ 100 ms): the edit in the field at ${median(phases.input).toFixed(0)} ms, the check sent at ${median(phases.sent).toFixed(0)} ms, its first answer back at ${median(phases.partial).toFixed(0)} ms`,
  );
}

/**
 * What one check after an edit puts on the wire, as JSON (runtime messages are JSON): the page's request and the
 * findings of the answer, as they were sent before (whole text, every finding with its rule's texts) and now (a change
 * against the last text, the findings packed). Computed with the extension's own functions on the bench's edit.
 */
function messageSizes() {
  const session = createSession({ format: 'text' });
  const before = draft;
  const after = draft + flagged(0);
  session.lint(before);
  const findings = findingsOf(session.lint(after));
  const kB = (value: unknown) => `${(JSON.stringify(value).length / 1000).toFixed(1)} kB`;
  const change = { base: 1, baseLength: before.length, ...changeBetween(before, after) };
  results.push(
    `one check's messages (JSON): text sent ${kB({ text: after })} → ${kB({ text: '', change })}; ${findings.length} findings back ${kB(findings)} → ${kB(packFindings(findings))}`,
  );
}

/** The peer: the engine alone on the same texts. */
function engineAlone() {
  const session = createSession({ format: 'text' });
  let text = draft;
  session.lint(text);
  const engineMs: number[] = [];
  for (let index = 0; index < edits; index++) {
    text += flagged(index);
    const start = performance.now();
    session.lint(text);
    engineMs.push(performance.now() - start);
  }
  results.push(`engine alone (session.lint in Node, same edits): median ${median(engineMs).toFixed(1)} ms`);
}
