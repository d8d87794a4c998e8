// End-to-end: how the built extension checks (Chromium). Every document kind is checked through the worker's own
// bundle; a check that throws or runs past its budget is shown on the page and in the panel; a slow tab does not
// hold up the others.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildExtension, openPanel, startHarness, tabIdOf, type Harness } from './harness.ts';
import { stateOf } from './checks.ts';
import { drafts, failingDraft, framePage, multiEditorPage, slowDraft, textareaPage } from './fixtures/kinds.ts';
import { lint } from '../../index.ts';
import { checkBudgetMs } from '../../extension/lib/engine-pool.ts';
import { shortHash } from '../../extension/lib/settings.ts';

let harness: Harness;

const pages: Record<string, string> = {
  '/failing.html': textareaPage('Failing draft', failingDraft),
  '/slow.html': textareaPage('Slow draft', slowDraft),
  '/multi.html': multiEditorPage,
  '/frame.html': framePage,
};
for (const [kind, text] of Object.entries(drafts)) pages[`/${kind}.html`] = textareaPage(`A ${kind} draft`, text);

beforeAll(async () => {
  harness = await startHarness(buildExtension(), pages);
}, 120_000);

afterAll(async () => {
  await harness?.close();
});

async function open(path: string) {
  const page = await harness.context.newPage();
  await page.goto(harness.origin + path);
  const tabId = await tabIdOf(harness, page);
  const panel = await openPanel(harness, tabId);
  return { page, tabId, panel };
}

const notice = 'trustlint-ui .editor-notice';

describe('every document kind is checked by the built extension', () => {
  for (const [kind, text] of Object.entries(drafts)) {
    test(`${kind}: the same findings as the engine in Node, marked on the page`, async () => {
      const expected = await lint(text, { format: 'text' });
      expect(expected.kind).toBe(kind);
      expect(expected.messages.length).toBeGreaterThan(0);
      const { page, tabId, panel } = await open(`/${kind}.html`);
      await expect.poll(async () => (await stateOf(panel, tabId))?.findings.length, { timeout: 15_000 }).toBe(expected.messages.length);
      const state = (await stateOf(panel, tabId))!;
      expect(state.kind).toBe(kind);
      expect(state.failure).toBeUndefined();
      await expect.poll(() => page.locator('trustlint-ui .mark').count()).toBeGreaterThan(0);
      expect(await page.locator(notice).count()).toBe(0);
      await page.close();
      await panel.close();
    });
  }
});

describe('a check that fails is visible', () => {
  test('an engine error: a notice under the editor and a line in the panel, no marks', async () => {
    const { page, panel } = await open('/failing.html');
    await expect
      .poll(() => page.locator(notice).textContent(), { timeout: 15_000 })
      .toBe('trustlint: not checked: Maximum call stack size exceeded');
    await expect
      .poll(() => panel.locator('.check-failure').textContent())
      .toBe('This text could not be checked: Maximum call stack size exceeded.');
    expect(await page.locator('trustlint-ui .mark').count()).toBe(0);
    // The notice sits just under the editor.
    const editor = (await page.locator('#draft').boundingBox())!;
    const box = (await page.locator(notice).boundingBox())!;
    expect(Math.abs(box.y - (editor.y + editor.height))).toBeLessThan(8);
    // Once the text checks again, the notice goes.
    await page.locator('#draft').fill(drafts['general-order']);
    await expect.poll(() => page.locator(notice).count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => page.locator('trustlint-ui .mark').count()).toBeGreaterThan(0);
    await page.close();
    await panel.close();
  });

  test(
    'a check past its time budget is stopped: "not checked: too slow", while another tab keeps being checked',
    async () => {
      const other = await open('/general-order.html');
      await expect.poll(() => other.page.locator('trustlint-ui .mark').count(), { timeout: 20_000 }).toBeGreaterThan(0);
      const slow = await open('/slow.html');
      await slow.page.waitForTimeout(2_000);
      // While the slow tab's worker spins, the other tab's next text is checked by its own worker.
      await other.page.locator('#draft').fill(drafts.outreach);
      await expect.poll(async () => (await stateOf(other.panel, other.tabId))?.kind, { timeout: checkBudgetMs - 3_000 }).toBe('outreach');
      await expect.poll(() => other.page.locator('trustlint-ui .mark').count()).toBeGreaterThan(0);
      expect(await slow.page.locator(notice).count()).toBe(0);
      await expect
        .poll(() => slow.page.locator(notice).textContent(), { timeout: checkBudgetMs + 15_000 })
        .toBe('trustlint: not checked: too slow');
      await expect.poll(() => slow.panel.locator('.check-failure').textContent()).toBe('This text could not be checked: too slow.');
      // The stopped worker is replaced: the same tab checks its next text.
      await slow.page.locator('#draft').fill(drafts.bulletin);
      await expect.poll(() => slow.page.locator('trustlint-ui .mark').count(), { timeout: 15_000 }).toBeGreaterThan(0);
      expect(await slow.page.locator(notice).count()).toBe(0);
      for (const { page, panel } of [slow, other]) {
        await page.close();
        await panel.close();
      }
    },
    checkBudgetMs + 60_000,
  );
});

describe('every editor on a page', () => {
  test('the panel groups every checked editor, the focused one first; focus brings an unchanged editor back; a frame from another site cannot take over', async () => {
    const { page, tabId, panel } = await open('/multi.html');
    const port = new URL(harness.origin).port;
    const names = () => panel.locator('.editor-group .group-name').allTextContents();
    await expect
      .poll(async () => [...(await names())].sort(), { timeout: 20_000 })
      .toEqual(['Body', `Embedded comment (in a frame from localhost:${port})`, 'Summary']);

    await page.locator('#body').click();
    await expect.poll(async () => (await names())[0]).toBe('Body');
    // Back into the summary, its text unchanged: its findings come back first, without a new check.
    await page.locator('#summary').click();
    await expect.poll(async () => (await names())[0]).toBe('Summary');
    expect((await stateOf(panel, tabId))?.documentKey).toBe(`${harness.origin}/multi.html#${shortHash('summary')}`);

    // The framed page changes its own text while the user is in the summary: its group updates, the summary stays first.
    const frame = page.frames().find((each) => each.url().includes('/frame.html'))!;
    const commentCount = () => panel.locator('.editor-group', { hasText: 'Embedded comment' }).locator('.row[data-finding-id]').count();
    const before = await commentCount();
    await frame.evaluate(() => {
      const box = document.querySelector('textarea')!;
      box.value += ' Officers should ask victims about their immigration status.';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect.poll(commentCount, { timeout: 15_000 }).toBeGreaterThan(before);
    expect((await names())[0]).toBe('Summary');

    // The user enters the framed editor: it comes first, but the site switch and the popup stay the page's.
    await frame.locator('#comment').click();
    await expect.poll(async () => (await names())[0]).toBe(`Embedded comment (in a frame from localhost:${port})`);
    expect((await stateOf(panel, tabId))?.pageHost).toBe('127.0.0.1');
    const popup = await harness.context.newPage();
    await popup.goto(`chrome-extension://${harness.extensionId}/popup.html?tabId=${tabId}`);
    const siteSwitch = popup.getByRole('checkbox', { name: 'Check drafts on 127.0.0.1' });
    await siteSwitch.uncheck();
    // Off for the page's site: off in its frames too, whatever their own host.
    const frameMarks = () => frame.locator('trustlint-ui .mark').count();
    await expect.poll(frameMarks).toBe(0);
    await expect.poll(() => panel.locator('.editor-group').count()).toBe(0);
    await siteSwitch.check();
    await popup.close();
    await page.close();
    await panel.close();
  }, 90_000);
});
