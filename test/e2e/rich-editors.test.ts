// End-to-end on the real TinyMCE (classic mode: it edits inside an iframe) and CKEditor 5: a fix goes through each
// editor's own input path, so the editor's model has it, the editor counts it as a change (its dirty flag and undo
// stack, which platforms' autosave follows), and the editor's own undo restores the draft.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { buildExtension, leakedRequests, startHarness, type Harness } from './harness.ts';
import { applyFromPanel, firstFix, openChecked, stateOf } from './checks.ts';
import { richEditorFolders, richEditorPages } from './fixtures/rich-editor-pages.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness(buildExtension(), richEditorPages, richEditorFolders);
}, 120_000);

afterAll(async () => {
  await harness?.close();
});

const probe = <T>(page: Page, name: 'editorText' | 'editorChanged' | 'editorCanUndo') =>
  page.evaluate((probeName) => (window as unknown as Record<string, () => T>)[probeName]!(), name);

/** Collapses white space: the editors' own plain-text views and the adapter's text differ only in line breaks. */
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.each([
  {
    name: 'TinyMCE',
    path: '/tinymce.html',
    editable: (page: Page): Page | Frame => page.frames().find((frame) => frame.name().endsWith('_ifr')) ?? page,
  },
  { name: 'CKEditor 5', path: '/ckeditor5.html', editable: (page: Page): Page | Frame => page },
])('$name', ({ path, editable }) => {
  test("a fix reaches the editor's model, counts as a change, and the editor's undo restores the draft", async () => {
    const { page, tabId, panel } = await openChecked(harness, path);
    await expect.poll(() => page.evaluate(() => document.body.dataset.ready)).toBe('true');
    const before = await probe<string>(page, 'editorText');
    // The page's own field may be checked before the editor replaces it; the editor's text is checked next.
    await expect.poll(async () => words((await stateOf(panel, tabId))?.text ?? '')).toBe(words(before));
    const state = (await stateOf(panel, tabId))!;
    expect(await probe<boolean>(page, 'editorChanged')).toBe(false);

    const { finding, fix } = firstFix(state);
    const expected = words(state.text.slice(0, fix.range[0]) + fix.text + state.text.slice(fix.range[1]));
    await applyFromPanel(panel, finding);
    await expect.poll(async () => words(await probe<string>(page, 'editorText'))).toBe(expected);
    await expect.poll(async () => ((await panel.getByRole('alert').count()) ? await panel.getByRole('alert').textContent() : '')).toBe('');
    expect(await probe<boolean>(page, 'editorChanged')).toBe(true);
    expect(await probe<boolean>(page, 'editorCanUndo')).toBe(true);
    await expect.poll(async () => (await stateOf(panel, tabId))?.findings.some((other) => other.id === finding.id)).toBe(false);

    // The editor's own undo, from the keyboard in its editing surface.
    await page.bringToFront();
    await (editable(page) as Page).locator('[contenteditable="true"]').first().focus();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => words(await probe<string>(page, 'editorText'))).toBe(words(before));
    await page.close();
    await panel.close();
  });
});

test('nothing left the machine while these editors were checked and fixed', () => {
  expect(harness.requests.length).toBeGreaterThan(0);
  expect(leakedRequests(harness)).toEqual([]);
});
