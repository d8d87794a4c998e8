// The Firefox build in real Firefox (Debian's firefox-esr), driven over WebDriver BiDi: the extension installs,
// its content script and background engine check a draft and mark it, and a fix from the card is applied.
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { Firefox } from './bidi.ts';
import { draft } from '../e2e/fixtures/pages.ts';
import { lint } from '../../core/index.ts';

const root = resolve(import.meta.dirname, '../..');
const outDir = join(root, '.output', `firefox-${process.pid}`);
let firefox: Firefox;
let server: Server;
let origin: string;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

beforeAll(async () => {
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: root, stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production', TRUSTLINT_OUT_DIR: outDir } });
  server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><meta charset="utf-8"><title>Draft</title><textarea id="draft" rows="14" cols="90">${escape(draft)}</textarea>`);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  firefox = await Firefox.launch();
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

test('Firefox: the extension marks a draft, and Apply in the card changes exactly the flagged range', async () => {
  await firefox.send('webExtension.install', { extensionData: { type: 'path', path: join(outDir, 'firefox-mv2') } });
  const tab = await firefox.tab();
  await firefox.send('browsingContext.navigate', { context: tab, url: `${origin}/`, wait: 'complete' });

  const expected = (await lint(draft, { format: 'text' })).messages.filter((message) => message.suggestions.some((suggestion) => !suggestion.insertion));
  const marks = await poll(() => firefox.evaluate<number>(tab, markCount), (count) => count > 0);
  expect(marks).toBeGreaterThan(0);

  // Open the card of the first fixable mark as a hover would, then press its Apply button.
  const first = expected[0]!;
  const fix = first.suggestions.find((suggestion) => !suggestion.insertion)!;
  const { start, end } = first.place as { start: { offset: number }; end: { offset: number } };
  const markId = `${first.ruleId}:${start.offset}:${end.offset}`;
  const point = await firefox.evaluate<{ x: number; y: number }>(
    tab,
    `(() => {
      const mark = document.querySelector('trustlint-ui').shadowRoot.querySelector(${JSON.stringify(`.mark[data-id="${markId}"]`)});
      const box = mark.getClientRects()[0];
      return { x: Math.round(box.left + 3), y: Math.round(box.top + box.height / 2) };
    })()`,
  );
  await firefox.send('input.performActions', {
    context: tab,
    actions: [{ type: 'pointer', id: 'mouse', actions: [{ type: 'pointerMove', x: point.x, y: point.y }, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }] }],
  });
  const cardOpen = await poll(() => firefox.evaluate<boolean>(tab, `!!document.querySelector('trustlint-ui').shadowRoot.querySelector('.card')`), Boolean);
  expect(cardOpen).toBe(true);
  const { data } = (await firefox.send('browsingContext.captureScreenshot', { context: tab })) as { data: string };
  mkdirSync(join(root, '.output/screenshots'), { recursive: true });
  writeFileSync(join(root, '.output/screenshots/firefox-card.png'), Buffer.from(data, 'base64'));
  await firefox.evaluate(tab, `[...document.querySelector('trustlint-ui').shadowRoot.querySelectorAll('.card button')].find((button) => button.textContent === 'Apply').click()`);
  const after = draft.slice(0, fix.range[0]) + fix.text + draft.slice(fix.range[1]);
  const value = await poll(() => firefox.evaluate<string>(tab, `document.querySelector('#draft').value`), (text) => text === after);
  expect(value).toBe(after);
}, 90_000);
