// End-to-end: the Google Docs adapter in Chromium, on a Docs stand-in served at docs.google.com through routing.
// Export mode (the saved document read through its export URL; findings in the panel; fixes copied) and annotated-
// text mode (Docs' API offered to this extension: marks, reveal, Apply), on the main draft and on a held-out one.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { buildExtension, leakedRequests, openPanel, startHarness, tabIdOf, type Harness } from './harness.ts';
import { applied, applyFromPanel, firstFix, stateOf } from './checks.ts';
import { DocsServer, markdownExport, normalizedTextExport, type ExportAnswer, type Paragraph } from './fixtures/google-docs/docs-server.ts';
import { heldOutDocument, mainDocument, type FixtureDraft } from './fixtures/google-docs/documents.ts';
import type { DocumentState, Finding } from '../../extension/lib/messages.ts';
import { lint, toJSON, type SourceFormat, type Suggestion } from '../../index.ts';

const screenshots = join(import.meta.dirname, '../../.output/screenshots');
const docs = new DocsServer();
let harness: Harness;
let opened = 0;

beforeAll(async () => {
  harness = await startHarness(buildExtension(), {});
  await docs.install(harness.context);
  await harness.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  mkdirSync(screenshots, { recursive: true });
}, 120_000);

afterAll(async () => {
  await harness?.close();
});

interface OpenOptions {
  annotated?: boolean;
  exports?: { md: ExportAnswer; txt: ExportAnswer };
  /** Waits for findings unless the first read is expected to fail. */
  expectFindings?: boolean;
}

/** A fresh copy of a fixture document (so tests never share edits), opened with the panel beside it. */
async function openDocument(variant: FixtureDraft, { annotated = false, exports, expectFindings = true }: OpenOptions = {}) {
  const document = docs.add({ ...variant, id: `${variant.id}-${++opened}`, annotated, ...(exports ? { exports } : {}) });
  const page = await harness.context.newPage();
  await page.goto(docs.editUrl(document.id));
  const tabId = await tabIdOf(harness, page);
  const panel = await openPanel(harness, tabId);
  if (expectFindings)
    await expect.poll(async () => (await stateOf(panel, tabId))?.findings.length ?? 0, { timeout: 15_000 }).toBeGreaterThan(0);
  else await expect.poll(async () => (await stateOf(panel, tabId))?.limitation ?? '', { timeout: 15_000 }).toContain('Could not read');
  const state = async () => (await stateOf(panel, tabId))!;
  return { document, page, tabId, panel, state };
}

async function closeAll(...pages: Page[]) {
  for (const page of pages) await page.close();
}

/** What the CLI's engine reports for a text: rule ids and offsets, in order. */
async function coreFindings(text: string, format: SourceFormat): Promise<string[]> {
  const result = await lint(text, { format, config: { rules: {}, allow: [] } });
  return result.messages.map(toJSON).map((finding) => `${finding.ruleId}@${finding.start.offset}-${finding.end.offset}`);
}

const panelFindings = (state: DocumentState) =>
  state.findings.map((finding) => `${finding.ruleId}@${finding.start.offset}-${finding.end.offset}`);

function fixable(state: DocumentState): Array<{ finding: Finding; fix: Suggestion }> {
  return state.findings.flatMap((finding) => {
    const fix = finding.suggestions.find((suggestion) => !suggestion.insertion);
    return fix ? [{ finding, fix }] : [];
  });
}

const row = (panel: Page, finding: Finding) => panel.locator(`.row[data-finding-id="${finding.id}"]`);
const plainOf = (paragraphs: Paragraph[]) => paragraphs.map((paragraph) => paragraph.text).join('\n');
/** The engine's view of Docs' annotated text: the start-of-document mark becomes a space. */
const annotatedView = (paragraphs: Paragraph[]) => ` ${plainOf(paragraphs)}\n`;

/** Types at the end of the document, through Docs' hidden typing frame as a user would. */
async function typeAtEnd(page: Page, text: string) {
  await page.bringToFront();
  await page.locator('.kix-appview-editor').click({ position: { x: 20, y: 20 } });
  await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('docs-texteventtarget-iframe');
  await page.keyboard.type(text);
}

async function clipboardOf(panel: Page): Promise<string> {
  return panel.evaluate(() => navigator.clipboard.readText());
}

for (const [name, variant] of [
  ['main draft', mainDocument],
  ['held-out draft', heldOutDocument],
] as const) {
  describe(`Google Docs, export mode (${name})`, () => {
    test('the panel shows exactly what the engine finds in the exported markdown, with context and honest limits', async () => {
      const { document, page, panel, state } = await openDocument(variant);
      const current = await state();
      expect(current.editor).toBe('google-docs');
      expect(current.format).toBe('markdown');
      expect(current.text).toBe(markdownExport(document.paragraphs));
      expect(panelFindings(current)).toEqual(await coreFindings(current.text, 'markdown'));
      expect(current.canApply).toBe(false);
      await expect
        .poll(() => panel.locator('.limitation').textContent())
        .toContain('fixes are copied, not applied; paste them into the document');
      const problems = current.findings.filter((finding) => !finding.suggestions.some((suggestion) => suggestion.insertion));
      await expect.poll(() => panel.locator('.row[data-finding-id]').count()).toBe(problems.length);
      // Nothing to draw on and nothing to reveal: no marks, no "Show in page", no Apply.
      expect(await panel.getByRole('button', { name: /Show in page/ }).count()).toBe(0);
      expect(await panel.getByRole('button', { name: 'Apply', exact: true }).count()).toBe(0);
      expect(await panel.getByRole('button', { name: 'Insert model section' }).count()).toBe(0);
      expect(await page.locator('trustlint-ui .docs-mark').count()).toBe(0);
      // Each fix reads in its clause: the change with the flagged words around it, as plain words.
      const words = (text: string) => text.replace(/\s+/g, ' ').trim();
      for (const { finding, fix } of fixable(current)) {
        // The fix as it reads once applied: the word diff without its deleted words.
        const shown = words(
          await row(panel, finding)
            .locator('.fix')
            .evaluate((element) => {
              const copy = element.cloneNode(true) as HTMLElement;
              for (const deleted of copy.querySelectorAll('del')) deleted.remove();
              return copy.innerText || copy.textContent || '';
            }),
        );
        expect(shown).toContain(words(`${current.text.slice(Math.min(finding.start.offset, fix.range[0]), fix.range[0])}${fix.text}`));
        expect(shown).toContain(words(current.text.slice(fix.range[1], Math.max(finding.end.offset, fix.range[1]))));
        expect(await row(panel, finding).getByRole('button', { name: 'Copy' }).count()).toBe(1);
      }
      await panel.screenshot({ path: join(screenshots, `google-docs-panel-${name.split(' ')[0]}.png`) });
      await closeAll(page, panel);
    });

    test('Copy puts the fix on the clipboard and says where it goes', async () => {
      const { page, panel, state } = await openDocument(variant);
      const current = await state();
      const { finding, fix } = firstFix(current);
      await panel.bringToFront();
      await row(panel, finding).getByRole('button', { name: 'Copy' }).click();
      // The whole flagged wording, corrected: an inserted "not" alone could not be placed by hand.
      const start = Math.min(finding.start.offset, fix.range[0]);
      const end = Math.max(finding.end.offset, fix.range[1]);
      await expect
        .poll(() => panel.getByRole('status').textContent())
        .toContain(`Paste it over “${current.text.slice(start, end).replace(/\s+/g, ' ')}” in the document.`);
      expect(await clipboardOf(panel)).toBe(applied(current.text, fix).slice(start, end - fix.range[1] + fix.range[0] + fix.text.length));
      await closeAll(page, panel);
    });

    test('missing provisions offer Copy (not Insert), which copies the model section', async () => {
      const { page, panel, state } = await openDocument(variant);
      const current = await state();
      const missing = current.findings.filter((finding) => finding.suggestions.some((suggestion) => suggestion.insertion));
      await expect.poll(() => panel.locator('.missing-row').count()).toBe(missing.length);
      expect(await panel.getByRole('button', { name: 'Insert model section' }).count()).toBe(0);
      if (missing.length > 0) {
        const insertion = missing[0]!.suggestions.find((suggestion) => suggestion.insertion)!;
        await panel.bringToFront();
        await panel.locator('.missing-row').first().getByRole('button', { name: 'Copy' }).click();
        await expect.poll(() => panel.getByRole('status').textContent()).toContain('Paste it into the document where the section belongs.');
        expect(await clipboardOf(panel)).toBe(insertion.text.trim());
      }
      await closeAll(page, panel);
    });

    test('an edit is read again once it settles; the typing frame is never taken for an editor of its own', async () => {
      const { document, page, panel, state } = await openDocument(variant);
      const before = await state();
      await typeAtEnd(page, '\nPatrol officers shall ask passengers about their immigration status.');
      await expect.poll(async () => (await state()).text, { timeout: 15_000 }).toContain('Patrol officers shall ask passengers');
      const after = await state();
      expect(after.text).toBe(markdownExport(document.paragraphs));
      expect(after.editor).toBe('google-docs');
      expect(panelFindings(after)).toEqual(await coreFindings(after.text, 'markdown'));
      expect(after.findings.length).toBeGreaterThan(before.findings.length);
      await expect
        .poll(() => panel.locator('.row[data-finding-id]').count())
        .toBe(after.findings.filter((f) => !f.suggestions.some((s) => s.insertion)).length);
      // The typing frame held the new paragraph with its finding; a generic editor there would have painted it.
      const typingFrame = page.frames().find((frame) => frame.url().includes('texteventtarget'))!;
      expect(await typingFrame.evaluate(() => window.document.body.textContent)).toContain('immigration status');
      expect(await typingFrame.evaluate(() => CSS.highlights.size)).toBe(0);
      await closeAll(page, panel);
    });

    test('when the markdown export fails, the plain-text export is read instead', async () => {
      const { document, page, panel, state } = await openDocument(variant, { exports: { md: 'server-error', txt: 'document' } });
      const current = await state();
      expect(current.format).toBe('text');
      expect(current.text).toBe(normalizedTextExport(document.paragraphs));
      expect(panelFindings(current)).toEqual(await coreFindings(current.text, 'text'));
      await closeAll(page, panel);
    });

    const failures: Array<[ExportAnswer, string]> = [
      ['unauthorized', 'refused to export this document (HTTP 401)'],
      ['forbidden', 'refused to export this document (HTTP 403)'],
      ['login-page', 'sent a web page (probably a sign-in page)'],
      ['huge', 'too large to check here'],
      ['binary', 'not text'],
    ];
    for (const [answer, message] of failures) {
      test(`an export that answers "${answer}" gives a clear message in the panel`, async () => {
        const { page, panel, state } = await openDocument(variant, { exports: { md: answer, txt: answer }, expectFindings: false });
        expect((await state()).findings).toEqual([]);
        await expect.poll(() => panel.locator('.limitation').textContent()).toContain(message);
        await closeAll(page, panel);
      });
    }

    test('a re-read that fails keeps the findings and says so', async () => {
      const { document, page, panel, state } = await openDocument(variant);
      const before = await state();
      document.exports = { md: 'forbidden', txt: 'forbidden' };
      await typeAtEnd(page, ' More text.');
      await expect
        .poll(() => panel.locator('.limitation').textContent(), { timeout: 15_000 })
        .toContain('The findings below are from the last version read.');
      const after = await state();
      expect(after.text).toBe(before.text);
      expect(panelFindings(after)).toEqual(panelFindings(before));
      expect(await panel.locator('.row[data-finding-id]').count()).toBeGreaterThan(0);
      await closeAll(page, panel);
    });

    test("only the document's own export URL on docs.google.com is requested; nothing else leaves", async () => {
      harness.requests.splice(0);
      harness.leaked.splice(0);
      const { document, page, panel } = await openDocument(variant);
      await typeAtEnd(page, ' Officers may ask about immigration status.');
      await expect.poll(() => harness.requests.filter((url) => url.includes('/export?')).length, { timeout: 15_000 }).toBeGreaterThan(1);
      const outside = harness.requests.filter((url) => !url.startsWith(`chrome-extension://${harness.extensionId}/`));
      const pageOwn = new Set(docs.pageUrls(document.id));
      const byExtension = outside.filter((url) => !pageOwn.has(url));
      expect(new Set(byExtension)).toEqual(new Set([docs.exportUrls(document.id)[0]]));
      expect(leakedRequests(harness)).toEqual([]);
      await closeAll(page, panel);
    });
  });

  describe(`Google Docs, annotated-text mode (${name})`, () => {
    test("reads Docs' annotated text, named with this extension's own id, and marks each finding on its line", async () => {
      const { document, page, panel, state } = await openDocument(variant, { annotated: true });
      expect(
        await page.evaluate(() => (window as unknown as { __docsFixture: { annotatedBy(): string } }).__docsFixture.annotatedBy()),
      ).toBe(harness.extensionId);
      const current = await state();
      expect(current.text).toBe(annotatedView(document.paragraphs));
      expect(current.format).toBe('text');
      expect(panelFindings(current)).toEqual(await coreFindings(current.text, 'text'));
      expect(current.canApply).toBe(true);
      await expect.poll(() => panel.locator('.limitation').textContent()).toContain('marks show for the part of the document on screen');
      expect(harness.requests.filter((url) => url.includes(`/document/d/${document.id}/export`))).toEqual([]);
      const lines = await page
        .locator('.kix-canvas-tile-content rect[aria-label]')
        .evaluateAll((rects) =>
          rects.map((rect) => ({ label: rect.getAttribute('aria-label')!, box: rect.getBoundingClientRect().toJSON() as DOMRect })),
        );
      for (const finding of current.findings.filter((each) => each.end.offset > each.start.offset)) {
        const marks = page.locator(`trustlint-ui .docs-mark[data-id="${finding.id}"]`);
        await expect.poll(() => marks.count()).toBeGreaterThan(0);
        const box = (await marks.first().boundingBox())!;
        const line = lines.find(
          (each) => Math.abs(each.box.top - box.y) < 1 && box.x >= each.box.left - 1 && box.x + box.width <= each.box.right + 1,
        );
        expect(line, `a text line under the mark of ${finding.ruleId}`).toBeDefined();
        expect(line!.label).toContain(current.text.slice(finding.start.offset, finding.end.offset).split('\n')[0]!.split(' ')[0]);
      }
      if (name === 'main draft') await page.screenshot({ path: join(screenshots, 'google-docs-annotated.png') });
      await closeAll(page, panel);
    });

    test('hovering a mark opens the card, and its Apply goes through Docs', async () => {
      const { page, panel, state } = await openDocument(variant, { annotated: true });
      const before = await state();
      const { finding, fix } = firstFix(before);
      const mark = page.locator(`trustlint-ui .docs-mark[data-id="${finding.id}"]`).first();
      await expect.poll(() => mark.count()).toBe(1);
      await page.bringToFront();
      const box = (await mark.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const card = page.locator('trustlint-ui .card');
      await expect.poll(() => card.isVisible()).toBe(true);
      await card.getByRole('button', { name: 'Apply', exact: true }).first().click();
      await expect.poll(async () => (await state()).text).toBe(applied(before.text, fix));
      await closeAll(page, panel);
    });

    test("Show in page moves Docs' selection to the finding", async () => {
      const { page, panel, state } = await openDocument(variant, { annotated: true });
      const { finding } = firstFix(await state());
      await row(panel, finding)
        .getByRole('button', { name: /Show in page/ })
        .click();
      const selection = () =>
        page.evaluate(() => (window as unknown as { __docsFixture: { selection(): number[] } }).__docsFixture.selection());
      // The fixture keeps plain-text offsets; Docs' annotated offsets are one ahead (the start-of-document mark).
      await expect.poll(selection).toEqual([finding.start.offset - 1, finding.end.offset - 1]);
      await expect.poll(() => page.locator(`trustlint-ui .docs-mark.revealed[data-id="${finding.id}"]`).count()).toBeGreaterThan(0);
      await closeAll(page, panel);
    });

    test('Apply types the fix through Docs, verifies it by reading again, and the export follows', async () => {
      const { document, page, panel, state } = await openDocument(variant, { annotated: true });
      const before = await state();
      const { finding, fix } = firstFix(before);
      await applyFromPanel(panel, finding);
      await expect.poll(() => panel.getByRole('status').textContent()).toContain('Fix applied.');
      const expected = applied(before.text, fix);
      await expect.poll(async () => (await state()).text).toBe(expected);
      expect(await page.evaluate(() => (window as unknown as { __docsFixture: { text(): string } }).__docsFixture.text())).toBe(
        expected.slice(1, -1),
      );
      await expect.poll(() => plainOf(document.paragraphs)).toBe(expected.slice(1, -1));
      expect(panelFindings(await state())).toEqual(await coreFindings(expected, 'text'));
      await closeAll(page, panel);
    });

    test('a fix that went stale is refused, nothing is changed, and the panel catches up with the document', async () => {
      const { page, panel, state } = await openDocument(variant, { annotated: true });
      const before = await state();
      const { finding } = firstFix(before);
      // A collaborator's edit arrives: no keystroke here, so trustlint has not read it yet.
      const changed = `Changed first. ${before.text.slice(1, -1)}`;
      await page.evaluate(
        (text) => (window as unknown as { __docsFixture: { replaceText(text: string): void } }).__docsFixture.replaceText(text),
        changed,
      );
      await applyFromPanel(panel, finding);
      await expect.poll(() => panel.getByRole('alert').textContent()).toContain('changed since it was checked');
      expect(await page.evaluate(() => (window as unknown as { __docsFixture: { text(): string } }).__docsFixture.text())).toBe(changed);
      await expect.poll(async () => (await state()).text).toBe(` ${changed}\n`);
      expect(panelFindings(await state())).toEqual(await coreFindings(` ${changed}\n`, 'text'));
      const moved = (await state()).findings.find((each) => each.ruleId === finding.ruleId)!;
      await expect.poll(() => page.locator(`trustlint-ui .docs-mark[data-id="${moved.id}"]`).count()).toBeGreaterThan(0);
      await closeAll(page, panel);
    });

    test('typing is read at once, and the panel and marks follow the new text', async () => {
      const { document, page, panel, state } = await openDocument(variant, { annotated: true });
      const before = await state();
      await typeAtEnd(page, '\nPatrol officers shall ask passengers about their immigration status.');
      await expect.poll(async () => (await state()).text, { timeout: 10_000 }).toContain('Patrol officers shall ask passengers');
      await expect.poll(async () => (await state()).text).toBe(annotatedView(document.paragraphs));
      const after = await state();
      expect(after.text.length).toBeGreaterThan(before.text.length);
      expect(panelFindings(after)).toEqual(await coreFindings(after.text, 'text'));
      for (const finding of after.findings) {
        await expect.poll(() => page.locator(`trustlint-ui .docs-mark[data-id="${finding.id}"]`).count()).toBeGreaterThan(0);
      }
      await closeAll(page, panel);
    });
  });
}

test('screenshot: the panel beside the Docs page', async () => {
  const { page, panel } = await openDocument(mainDocument);
  await page.setViewportSize({ width: 1000, height: 760 });
  await page.bringToFront();
  const pageShot = await page.screenshot();
  const panelShot = await panel.screenshot();
  // Compose the two side by side in a blank page (no network: data URLs only).
  const canvas = await harness.context.newPage();
  await canvas.setViewportSize({ width: 1420, height: 760 });
  await canvas.setContent(
    `<body style="margin:0;display:flex;background:#dadce0"><img src="data:image/png;base64,${pageShot.toString('base64')}"><img style="border-left:1px solid #c4c7c5" src="data:image/png;base64,${panelShot.toString('base64')}"></body>`,
  );
  await canvas.screenshot({ path: join(screenshots, 'google-docs.png') });
  await closeAll(canvas, page, panel);
});

test('while trustlint is paused, Docs is not told its id; on again, the next Docs page is', async () => {
  const registered = () =>
    harness.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts().then((scripts) => scripts.map((script) => script.id)));
  const setPaused = (paused: boolean) =>
    harness.worker.evaluate(async (value) => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings as object | undefined), paused: value } });
    }, paused);
  const announcedTo = async (annotated: boolean) => {
    const document = docs.add({ ...mainDocument, id: `${mainDocument.id}-${++opened}`, annotated });
    const page = await harness.context.newPage();
    await page.goto(docs.editUrl(document.id));
    const by = await page.evaluate(() => (window as unknown as { __docsFixture: { annotatedBy(): unknown } }).__docsFixture.annotatedBy());
    await page.close();
    return by;
  };
  await setPaused(true);
  await expect.poll(registered).toEqual([]);
  expect(await announcedTo(true)).toBeUndefined();
  await setPaused(false);
  await expect.poll(registered).toEqual(['google-docs-id']);
  expect(await announcedTo(true)).toBe(harness.extensionId);
});
