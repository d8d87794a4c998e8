// End-to-end, on editors and pages the first suite was not developed against: ProseMirror and Lexical (their own
// models and undo stacks), a one-line text input, and a contenteditable in a frame. Each gets the same checks.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { buildExtension, leakedRequests, startHarness, type Harness } from './harness.ts';
import { applied, applyFromPanel, firstFix, openChecked, stateOf } from './checks.ts';
import { unseenPages } from './fixtures/unseen-pages.ts';
import { lint, type SourceFormat } from '../../index.ts';
import type { DocumentState } from '../../extension/lib/messages.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness(buildExtension(), unseenPages);
}, 120_000);

afterAll(async () => {
  await harness?.close();
});

/** The findings the CLI's engine gives for the same text: rule and range of each. */
async function engineFindings(text: string, format: SourceFormat, kind: DocumentState['kind']) {
  const result = await lint(text, { format, kind });
  return result.messages.map(
    (message) => `${message.ruleId}@${message.place && 'start' in message.place ? message.place.start.offset : ''}`,
  );
}

const panelFindings = (state: DocumentState) => state.findings.map((finding) => `${finding.ruleId}@${finding.start.offset}`);

const editorText = (target: Page | Frame) => target.evaluate(() => (window as unknown as { editorText(): string }).editorText());

describe.each([
  { name: 'ProseMirror', path: '/prosemirror.html' },
  { name: 'Lexical', path: '/lexical.html' },
])('$name', ({ path }) => {
  test("reads the model's text, lists what the engine finds, applies a fix to the model, and Ctrl+Z undoes it", async () => {
    const { page, tabId, panel, state } = await openChecked(harness, path);
    expect(state.text.trim()).toBe((await editorText(page)).trim());
    expect(panelFindings(state)).toEqual(await engineFindings(state.text, state.format, state.kind));
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);

    const before = await editorText(page);
    const { finding, fix } = firstFix(state);
    await applyFromPanel(panel, finding);
    await expect.poll(() => editorText(page)).toBe(applied(state.text, fix).trim());
    await expect.poll(async () => (await stateOf(panel, tabId))?.findings.some((other) => other.id === finding.id)).toBe(false);

    await page.bringToFront();
    await page.locator('#editor').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(page)).toBe(before);
    await page.close();
    await panel.close();
  });
});

describe('a one-line text input', () => {
  test('marks in the overlay, Apply, Ctrl+Z, and a stale fix refused', async () => {
    const { page, panel, state } = await openChecked(harness, '/input.html', '#summary');
    const field = page.locator('#summary');
    expect(state.text).toBe(await field.inputValue());
    expect(panelFindings(state)).toEqual(await engineFindings(state.text, state.format, state.kind));
    await expect.poll(() => page.locator('trustlint-ui .mark').count()).toBeGreaterThan(0);

    const { finding, fix } = firstFix(state);
    await applyFromPanel(panel, finding);
    await expect.poll(() => field.inputValue()).toBe(applied(state.text, fix));
    await page.bringToFront();
    await field.focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => field.inputValue()).toBe(state.text);

    // Changed behind trustlint's back (no input event): the panel's fix no longer fits and is refused.
    await expect.poll(() => panel.locator(`.row[data-finding-id="${finding.id}"]`).count()).toBe(1);
    const changed = await field.evaluate((element: HTMLInputElement) => (element.value = `Note: ${element.value}`));
    await applyFromPanel(panel, finding);
    await expect.poll(() => panel.getByRole('alert').textContent()).toContain('changed since it was checked');
    expect(await field.inputValue()).toBe(changed);
    await page.close();
    await panel.close();
  });
});

describe('a contenteditable inside a frame', () => {
  test("the frame's editor is checked, marked and fixed through the panel of the top page's tab", async () => {
    const { page, tabId, panel, state } = await openChecked(harness, '/frame-host.html');
    const frame = page.frame({ url: /framed\.html$/ })!;
    expect(state.frameId).not.toBe(0);
    expect(panelFindings(state)).toEqual(await engineFindings(state.text, state.format, state.kind));
    await expect.poll(() => frame.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
    const { finding, fix } = firstFix(state);
    await applyFromPanel(panel, finding);
    await expect.poll(async () => (await stateOf(panel, tabId))?.text).toBe(applied(state.text, fix));
    expect(await frame.locator('#editor').innerText()).toContain(fix.text);
    await page.close();
    await panel.close();
  });
});

test('nothing left the machine while these editors were checked and fixed', () => {
  expect(harness.requests.length).toBeGreaterThan(0);
  expect(leakedRequests(harness)).toEqual([]);
});
