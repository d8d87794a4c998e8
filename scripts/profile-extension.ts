// `node scripts/run-ts.mjs scripts/profile-extension.ts [trace.json]`: a Chrome trace of edits at the end of a 25k-word
// textarea in the built extension (BENCH_EXTENSION=dir, else a fresh build), every process and thread with JavaScript
// samples — the page, the service worker, the offscreen document, the engine worker. Open it in DevTools' Performance
// panel; the `input` and `marked` marks bound each edit. How the figures of `npm run bench:extension` were explained.
// `PROFILE=review`: the review page instead, the draft opened as a .md, then 4 fixes applied from the Problems list;
// the `apply` and `listed` marks bound each, from the click on Apply until its row has left the list.
// `PROFILE=review-open`: the opening of that draft, from the file's change event (`open`) to the first row (`listed`).
// `PROFILE_SAMPLES=0` leaves the JavaScript samples out (their cost blurs the durations of tasks).
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildExtension, startHarness } from '../test/e2e/harness.ts';
import { draftOf } from './lib/draft.ts';

const out = process.argv[2] ?? '.output/extension-trace.json';
const port = 9333;
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const prebuilt = process.env.BENCH_EXTENSION;
const extension = prebuilt ? join(mkdtempSync(join(tmpdir(), 'trustlint-profile-')), 'chrome-mv3') : buildExtension();
if (prebuilt) cpSync(prebuilt, extension, { recursive: true });
const harness = await startHarness(
  extension,
  {
    '/long.html': `<!doctype html><meta charset="utf-8"><textarea id="draft" style="width:100%;height:90vh">${escape(draftOf(25_000))}</textarea>`,
  },
  {},
  [`--remote-debugging-port=${port}`],
);
try {
  const cdp = await (await chromium.connectOverCDP(`http://127.0.0.1:${port}`)).newBrowserCDPSession();
  const events: unknown[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute', 'blink.user_timing'];
  const startTracing = () =>
    cdp.send('Tracing.start', {
      // PROFILE_SAMPLES=0: no JavaScript samples, whose cost (about half again here) blurs the tasks' durations.
      traceConfig: {
        includedCategories: [
          ...categories,
          ...(process.env.PROFILE_SAMPLES === '0' ? [] : ['disabled-by-default-v8.cpu_profiler']),
          '__metadata',
        ],
      },
      transferMode: 'ReportEvents',
    });
  if (process.env.PROFILE?.startsWith('review')) await reviewApplies(startTracing);
  else await textareaEdits(startTracing);
  await cdp.send('Tracing.end');
  await complete;
  writeFileSync(out, JSON.stringify({ traceEvents: events }));
  const traced = { review: '4 applies', 'review-open': 'the opening of a draft' }[process.env.PROFILE ?? ''] ?? '4 edits';
  console.log(`trace of ${traced} written to ${out}`);
} finally {
  await harness.close();
}

async function textareaEdits(startTracing: () => Promise<unknown>) {
  const page = await harness.context.newPage();
  await page.goto(`${harness.origin}/long.html`);
  await page.locator('#draft').focus();
  await page.waitForFunction(() => (document.querySelector('trustlint-ui')?.shadowRoot?.querySelectorAll('.mark').length ?? 0) > 0);
  await page.waitForTimeout(5000);
  await startTracing();
  for (let index = 0; index < 4; index++) {
    await page.evaluate(
      (text) =>
        new Promise<void>((done) => {
          const area = document.querySelector<HTMLTextAreaElement>('#draft')!;
          const shadow = document.querySelector('trustlint-ui')!.shadowRoot!;
          const before = shadow.querySelectorAll('.mark').length;
          const observer = new MutationObserver(() => {
            if (shadow.querySelectorAll('.mark').length <= before) return;
            observer.disconnect();
            performance.mark('marked');
            done();
          });
          observer.observe(shadow, { childList: true, subtree: true });
          area.setSelectionRange(area.value.length, area.value.length);
          area.addEventListener('input', () => performance.mark('input'), { once: true });
          document.execCommand('insertText', false, text);
        }),
      `\n\nOfficers may ask drivers about their immigration status during stop ${index}.`,
    );
    await page.waitForTimeout(500);
  }
}

async function reviewApplies(startTracing: () => Promise<unknown>) {
  const review = await harness.context.newPage();
  await review.setViewportSize({ width: 1280, height: 820 });
  await review.goto(`chrome-extension://${harness.extensionId}/review.html`);
  await review.waitForTimeout(1000);
  // PROFILE=review-open: the draft's opening instead, from the file's change event (`open`) to the first row (`listed`).
  const opening = process.env.PROFILE === 'review-open';
  if (opening) {
    await startTracing();
    await review.evaluate(() => {
      document.querySelector('input[type="file"]')!.addEventListener('change', () => {
        performance.mark('open');
        const poll = () => (document.querySelector('.row[data-finding-id]') ? performance.mark('listed') : setTimeout(poll, 2));
        poll();
      });
    });
  }
  await review
    .locator('input[type="file"]')
    .setInputFiles({ name: 'long.md', mimeType: 'text/markdown', buffer: Buffer.from(draftOf(25_000)) });
  await review.waitForSelector('.row[data-finding-id]');
  if (opening) {
    await review.waitForTimeout(1000);
    return;
  }
  await review.waitForTimeout(5000);
  await startTracing();
  for (let index = 0; index < 4; index++) {
    await review.evaluate(
      () =>
        new Promise<void>((done) => {
          const button = [...document.querySelectorAll<HTMLButtonElement>('.row[data-finding-id] .row-actions button.primary')][0]!;
          const id = button.closest<HTMLElement>('.row')!.dataset.findingId!;
          const poll = () => {
            if (document.querySelector(`.row[data-finding-id="${CSS.escape(id)}"]`)) return setTimeout(poll, 2);
            performance.mark('listed');
            done();
          };
          performance.mark('apply');
          button.click();
          poll();
        }),
    );
    await review.waitForTimeout(500);
  }
}
