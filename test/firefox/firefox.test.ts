// The Firefox build in real Firefox (Debian's firefox-esr), driven over WebDriver BiDi: the extension installs,
// its content script and background engine check a draft and mark it, a fix from the card is applied, and the
// rule page and the review page work as extension pages.
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { Firefox } from './bidi.ts';
import { draft } from '../e2e/fixtures/pages.ts';
import { drafts, failingDraft, slowDraft } from '../e2e/fixtures/kinds.ts';
import { checkBudgetMs } from '../../extension/lib/engine-pool.ts';
import { lint } from '../../index.ts';

const root = resolve(import.meta.dirname, '../..');
const outDir = join(root, '.output', `firefox-${process.pid}`);
let firefox: Firefox;
let server: Server;
let origin: string;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

beforeAll(async () => {
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], {
    cwd: root,
    stdio: 'pipe',
    env: { ...process.env, NODE_ENV: 'production', TRUSTLINT_OUT_DIR: outDir, WXT_E2E_HOOKS: '1' },
  });
  server = createServer((request, response) => {
    // `/` holds the general order; `/<kind>` a draft of that kind; `/failing` and `/slow` drafts whose check throws
    // or never ends (extension/lib/e2e-hooks.ts).
    const name = new URL(request.url ?? '/', 'http://fixture').pathname.slice(1);
    const text = name === 'failing' ? failingDraft : name === 'slow' ? slowDraft : (drafts[name as keyof typeof drafts] ?? draft);
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><meta charset="utf-8"><title>Draft</title><textarea id="draft" rows="14" cols="90">${escape(text)}</textarea>`,
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  firefox = await Firefox.launch();
  await firefox.send('webExtension.install', { extensionData: { type: 'path', path: join(outDir, 'firefox-mv2') } });
}, 120_000);

afterAll(async () => {
  await firefox?.close();
  server?.close();
  rmSync(outDir, { recursive: true, force: true });
});

const markCount = `document.querySelector('trustlint-ui')?.shadowRoot?.querySelectorAll('.mark').length ?? 0`;

async function poll<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > end) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const shadow = `document.querySelector('trustlint-ui').shadowRoot`;

/** The fixable findings the engine gives for the draft, and the mark id of the first. */
async function firstFixable() {
  const fixable = (await lint(draft, { format: 'text' })).messages.filter((message) =>
    message.suggestions.some((suggestion) => !suggestion.insertion),
  );
  const first = fixable[0]!;
  const { start, end } = first.place as { start: { offset: number }; end: { offset: number } };
  return {
    first,
    fix: first.suggestions.find((suggestion) => !suggestion.insertion)!,
    markId: `${first.ruleId}:${start.offset}:${end.offset}`,
  };
}

/** Opens the draft page, waits for marks, and clicks a mark as a user would; resolves once its card is open. */
async function openCardOnDraft(tab: string, markId: string): Promise<void> {
  await firefox.send('browsingContext.navigate', { context: tab, url: `${origin}/`, wait: 'complete' });
  expect(
    await poll(
      () => firefox.evaluate<number>(tab, markCount),
      (count) => count > 0,
    ),
  ).toBeGreaterThan(0);
  const point = await firefox.evaluate<{ x: number; y: number }>(
    tab,
    `(() => {
      const box = ${shadow}.querySelector(${JSON.stringify(`.mark[data-id="${markId}"]`)}).getClientRects()[0];
      return { x: Math.round(box.left + 3), y: Math.round(box.top + box.height / 2) };
    })()`,
  );
  await clickAt(tab, point.x, point.y);
  expect(await poll(() => firefox.evaluate<boolean>(tab, `!!${shadow}.querySelector('.card')`), Boolean)).toBe(true);
}

/** A real click (pointer input through WebDriver BiDi) at a point of the tab's viewport. */
async function clickAt(tab: string, x: number, y: number): Promise<void> {
  await firefox.send('input.performActions', {
    context: tab,
    actions: [
      {
        type: 'pointer',
        id: 'mouse',
        actions: [
          { type: 'pointerMove', x, y },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ],
      },
    ],
  });
}

/** Presses a card button with real pointer input: the card ignores clicks a script makes (a page could forge them). */
async function pressInCard(tab: string, label: string): Promise<void> {
  const { x, y } = await firefox.evaluate<{ x: number; y: number }>(
    tab,
    `(() => { const box = [...${shadow}.querySelectorAll('.card button')].find((button) => button.textContent === ${JSON.stringify(label)}).getBoundingClientRect(); return { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) }; })()`,
  );
  await clickAt(tab, x, y);
}

test('Firefox: the extension marks a draft, and Apply in the card changes exactly the flagged range', async () => {
  const tab = await firefox.tab();
  const { fix, markId } = await firstFixable();
  await openCardOnDraft(tab, markId);
  const { data } = (await firefox.send('browsingContext.captureScreenshot', { context: tab })) as { data: string };
  mkdirSync(join(root, '.output/screenshots'), { recursive: true });
  writeFileSync(join(root, '.output/screenshots/firefox-card.png'), Buffer.from(data, 'base64'));
  await pressInCard(tab, 'Apply');
  const after = draft.slice(0, fix.range[0]) + fix.text + draft.slice(fix.range[1]);
  expect(
    await poll(
      () => firefox.evaluate<string>(tab, `document.querySelector('#draft').value`),
      (text) => text === after,
    ),
  ).toBe(after);
}, 90_000);

test('Firefox: Explain opens the rule page; the review page checks a pasted draft like the engine', async () => {
  const tab = await firefox.tab();
  const { first, markId } = await firstFixable();
  await openCardOnDraft(tab, markId);
  // WebDriver may not navigate to extension pages; Explain opens one from the extension itself.
  await pressInCard(tab, 'Explain');
  const tree = async () =>
    ((await firefox.send('browsingContext.getTree', {})) as { contexts: Array<{ context: string; url: string }> }).contexts;
  const contexts = await poll(tree, (all) =>
    all.some((context) => context.url.startsWith('moz-extension://') && context.url.includes('rule.html')),
  );
  const rulePage = contexts.find((context) => context.url.includes('rule.html'))!.context;
  expect(
    await poll(
      () => firefox.evaluate<string>(rulePage, `document.querySelector('h1')?.textContent ?? ''`),
      (text) => text !== '',
    ),
  ).toBe(first.ruleId);

  // The review page is the extension's own page too: reach it from the rule page.
  await firefox.evaluate(rulePage, `location.assign('review.html')`);
  await poll(
    () => firefox.evaluate<boolean>(rulePage, `!!document.querySelector('textarea[aria-label="Draft text"]')`).catch(() => false),
    Boolean,
  );
  await firefox.evaluate(
    rulePage,
    `(() => { const area = document.querySelector('textarea[aria-label="Draft text"]'); area.focus(); document.execCommand('insertText', false, ${JSON.stringify(draft)}); })()`,
  );
  const rows = `[...document.querySelectorAll('.row[data-finding-id]')].map((row) => row.querySelector('.rule-id')?.textContent)`;
  const expected = (await lint(draft, { format: 'text' })).messages
    .filter((message) => message.category !== 'missing-provision')
    .map((message) => message.ruleId);
  const listed = await poll(
    () => firefox.evaluate<string[]>(rulePage, rows),
    (ids) => ids.length >= expected.length,
  );
  expect([...listed].sort()).toEqual([...expected].sort());
}, 60_000);

const markIds = `[...new Set([...(document.querySelector('trustlint-ui')?.shadowRoot?.querySelectorAll('.mark[data-id]') ?? [])].map((mark) => mark.dataset.id))].sort()`;

for (const [kind, text] of Object.entries(drafts)) {
  test(`Firefox: a draft of kind ${kind} is checked: its marks are the engine's findings`, async () => {
    const result = await lint(text, { format: 'text' });
    expect(result.kind).toBe(kind);
    // Mark ids as the extension makes them (lib/findings.ts): place, then a count for repeats; empty ranges get no mark.
    const repeats = new Map<string, number>();
    const expected = result.messages
      .flatMap((message) => {
        const { start, end } = message.place as { start: { offset: number }; end: { offset: number } };
        const place = `${message.ruleId}:${start.offset}:${end.offset}`;
        const repeat = repeats.get(place) ?? 0;
        repeats.set(place, repeat + 1);
        return end.offset > start.offset ? [repeat === 0 ? place : `${place}:${repeat}`] : [];
      })
      .sort();
    const tab = await firefox.tab();
    await firefox.send('browsingContext.navigate', { context: tab, url: `${origin}/${kind}`, wait: 'complete' });
    // The overlay draws one mark where findings share a range, and only what the textarea's lines show: every mark
    // is one of the engine's findings, and there are marks (a failed check leaves none, with a notice instead).
    const marked = await poll(
      () => firefox.evaluate<string[]>(tab, markIds),
      (ids) => ids.length > 0,
    );
    expect(marked.length).toBeGreaterThan(0);
    expect(expected).toEqual(expect.arrayContaining(marked));
    expect(
      await firefox.evaluate<number>(tab, `document.querySelector('trustlint-ui').shadowRoot.querySelectorAll('.editor-notice').length`),
    ).toBe(0);
  }, 60_000);
}

test('Firefox: a check that fails shows "not checked" under the editor', async () => {
  const tab = await firefox.tab();
  await firefox.send('browsingContext.navigate', { context: tab, url: `${origin}/failing`, wait: 'complete' });
  const notice = await poll(
    () =>
      firefox.evaluate<string>(
        tab,
        `document.querySelector('trustlint-ui')?.shadowRoot?.querySelector('.editor-notice')?.textContent ?? ''`,
      ),
    (text) => text !== '',
  );
  expect(notice).toBe('trustlint: not checked: Maximum call stack size exceeded');
  expect(await firefox.evaluate<number>(tab, markCount)).toBe(0);
}, 60_000);

test(
  'Firefox: a check past its time budget is stopped and shows "not checked: too slow"; the next text is checked',
  async () => {
    const tab = await firefox.tab();
    await firefox.send('browsingContext.navigate', { context: tab, url: `${origin}/slow`, wait: 'complete' });
    const notice = `document.querySelector('trustlint-ui')?.shadowRoot?.querySelector('.editor-notice')?.textContent ?? ''`;
    expect(
      await poll(
        () => firefox.evaluate<string>(tab, notice),
        (text) => text !== '',
        checkBudgetMs + 20_000,
      ),
    ).toBe('trustlint: not checked: too slow');
    // The background page started a fresh worker for this tab: a new text is checked and marked.
    await firefox.evaluate(
      tab,
      `(() => { const area = document.querySelector('#draft'); area.value = ${JSON.stringify(draft)}; area.dispatchEvent(new Event('input', { bubbles: true })); })()`,
    );
    expect(
      await poll(
        () => firefox.evaluate<number>(tab, markCount),
        (count) => count > 0,
      ),
    ).toBeGreaterThan(0);
    expect(await firefox.evaluate<string>(tab, notice)).toBe('');
  },
  checkBudgetMs + 60_000,
);
