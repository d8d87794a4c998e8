// End-to-end: a long draft is answered in two steps (extension/lib/engine.ts, OnPartial) — first the part that matters
// now, then the whole document — on web pages and on the review page, and an answer for a text that changed since is
// dropped. The e2e build's hooks hold the first or the whole answer a few seconds, so each step is seen alone.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { buildExtension, startHarness, tabIdOf, type Harness } from './harness.ts';
import { stateOf } from './checks.ts';
import { textareaPage } from './fixtures/kinds.ts';
import { holdFirstMarker, holdWholeMarker } from '../../extension/lib/e2e-hooks.ts';
import { draftOf } from '../../scripts/lib/draft.ts';
import { lint } from '../../index.ts';
import { findingsOf } from '../../extension/lib/findings.ts';

/** About 30,000 characters: long enough to be answered in two steps. */
const long = draftOf(4500);
const heldWhole = `${long}\n${holdWholeMarker}\n`;
const heldFirst = `${long}\n${holdFirstMarker}\n`;

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness(buildExtension(), {
    '/held-whole.html': textareaPage('Long draft', heldWhole),
    '/held-first.html': textareaPage('Long draft', heldFirst),
  });
}, 120_000);

afterAll(async () => {
  await harness?.close();
});

const markIds = (page: Page) =>
  page.locator('trustlint-ui .mark').evaluateAll((spans) => [...new Set(spans.map((span) => (span as HTMLElement).dataset.id!))]);
const startOf = (id: string) => Number(id.split(':')[1]);

/** An extension page to ask the worker what it holds, as the panel does (without the panel's own requests). */
async function asker(): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/rule.html`);
  return page;
}

test('a long draft on a page: the findings of its opening are marked first, then the whole draft’s replace them', async () => {
  const whole = findingsOf(await lint(heldWhole, { format: 'text' }));
  const page = await harness.context.newPage();
  await page.goto(`${harness.origin}/held-whole.html`);
  const tabId = await tabIdOf(harness, page);
  const ask = await asker();
  await expect.poll(() => page.locator('trustlint-ui .mark').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  // The first answer: the opening's findings only, marked while the worker holds no whole answer yet.
  const first = await markIds(page);
  expect(await stateOf(ask, tabId)).toBeNull();
  expect(first.every((id) => startOf(id) < 8000)).toBe(true);
  expect(first.every((id) => whole.some((finding) => finding.id === id))).toBe(true);
  // The whole answer follows: every finding of the draft, as the engine in Node gives them.
  await expect
    .poll(async () => (await stateOf(ask, tabId))?.findings.map((finding) => finding.id), { timeout: 20_000 })
    .toEqual(whole.map((finding) => finding.id));
  await expect.poll(async () => (await markIds(page)).length).toBeGreaterThan(first.length);
  await page.close();
  await ask.close();
}, 60_000);

test('a first answer for a text that changed before it arrived is dropped; the new text’s answers are shown', async () => {
  const before = findingsOf(await lint(heldFirst, { format: 'text' }));
  const flagged = before.find((finding) => finding.start.offset < 3000 && finding.suggestions.length > 0)!;
  const page = await harness.context.newPage();
  await page.goto(`${harness.origin}/held-first.html`);
  // While the first answer is held, the user rewrites the flagged words.
  await page.locator('#draft').evaluate(
    (area: HTMLTextAreaElement, [start, end]) => {
      area.focus();
      area.setSelectionRange(start!, end!);
    },
    [flagged.start.offset, flagged.end.offset],
  );
  await page.keyboard.type('review the file');
  const edited = await page.locator('#draft').inputValue();
  const after = findingsOf(await lint(edited, { format: 'text' }));
  const seen = new Set<string>();
  const deadline = Date.now() + 20_000;
  let ids: string[] = [];
  while (Date.now() < deadline) {
    ids = await markIds(page);
    for (const id of ids) seen.add(id);
    if (ids.length === after.length) break;
    await page.waitForTimeout(50);
  }
  // The old text's finding never showed over the new text, and the marks are the new text's.
  expect(seen.has(flagged.id)).toBe(false);
  expect(ids.sort()).toEqual(after.map((finding) => finding.id).sort());
  await page.close();
}, 60_000);

test('the review page lists a long draft’s first rows before the rest, and an Apply updates the list through the session before the whole draft is checked again', async () => {
  const total = (page: Page) =>
    page.locator('.count-number').evaluateAll((counts) => counts.reduce((sum, count) => sum + Number(count.textContent), 0));
  const review = await harness.context.newPage();
  await review.setViewportSize({ width: 1280, height: 820 });
  await review.goto(`chrome-extension://${harness.extensionId}/review.html`);
  const whole = findingsOf(await lint(heldWhole, { filename: 'long.md' }));
  await review.locator('input[type="file"]').setInputFiles({ name: 'long.md', mimeType: 'text/markdown', buffer: Buffer.from(heldWhole) });
  await expect.poll(() => review.locator('.row[data-finding-id]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  expect(await total(review)).toBeLessThan(whole.length);
  // Until the rest comes, the pane says the list is partial.
  expect(await review.locator('.problems-pane').getAttribute('aria-busy')).toBe('true');
  await expect.poll(() => review.locator('.problems-pane .checking').isVisible()).toBe(true);
  await expect.poll(() => total(review), { timeout: 20_000 }).toBe(whole.length);
  expect(await review.locator('.problems-pane').getAttribute('aria-busy')).toBe('false');
  expect(await review.locator('.problems-pane .checking').count()).toBe(0);

  // Apply: the row leaves the list on the first answer (the changed block linted again, the other findings moved),
  // well before the whole answer, which the hook holds for seconds.
  const row = review.locator('.row[data-finding-id]', { has: review.getByRole('button', { name: 'Apply', exact: true }) }).first();
  const applied = (await row.getAttribute('data-finding-id'))!;
  const clicked = Date.now();
  await row.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect.poll(() => review.locator(`.row[data-finding-id="${applied}"]`).count(), { timeout: 10_000 }).toBe(0);
  expect(Date.now() - clicked).toBeLessThan(2500);
  const text = await review.locator('#draft').inputValue();
  const expected = findingsOf(await lint(text, { filename: 'long.md' })).filter((finding) => finding.category !== 'missing-provision');
  const listed = () =>
    review.locator('.row[data-finding-id]').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.findingId!));
  // Rows in view: each is the engine's finding of the new text, at its new place.
  expect((await listed()).every((id) => expected.some((finding) => finding.id === id))).toBe(true);
  // And the whole answer, when it comes, agrees with the engine in Node.
  await expect.poll(() => total(review), { timeout: 20_000 }).toBe(findingsOf(await lint(text, { filename: 'long.md' })).length);
  await review.close();
}, 90_000);
