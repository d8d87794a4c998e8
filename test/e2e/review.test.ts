// End-to-end: the review page (the document assistant) in the built extension, on real files of each format.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { buildExtension, leakedRequests, openPanel, startHarness, type Harness } from './harness.ts';
import { applied } from './checks.ts';
import { applySuggestions, lint, type DocumentKind, type Suggestion } from '../../index.ts';
import { findingsOf } from '../../extension/lib/findings.ts';
import type { Finding } from '../../extension/lib/messages.ts';
import { makeDocx } from '../cli/docx.ts';
import { readDocx } from '../../core/document/docx.ts';
import { acceptAll, rejectAll, unpack, withDocument } from '../docx/fixture.ts';
import { draftOf } from '../../scripts/lib/draft.ts';

const root = join(import.meta.dirname, '../..');
const screenshots = join(root, '.output/screenshots');
const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures/review', name));

const files: Record<string, Uint8Array> = {
  'general-order-draft.md': readFileSync(join(root, 'examples/general-order-draft.md')),
  'roll-call-bulletin.txt': fixture('roll-call-bulletin.txt'),
  'outreach-page.html': fixture('outreach-page.html'),
  'contacts-order.docx': makeDocx([
    'General Order 4.12: Contacts with Foreign Nationals',
    'During a traffic stop, officers may ask the driver and passengers about their immigration status.',
    'A person who cannot produce a green card may be detained until their identity is confirmed.',
    'Booking staff shall notify Immigration and Customs Enforcement of the release date of any illegal alien in custody.',
  ]),
};

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness(buildExtension(), {});
}, 120_000);

afterAll(async () => {
  await harness?.close();
});

async function openReview(): Promise<Page> {
  const page = await harness.context.newPage();
  await page.setViewportSize({ width: 1280, height: 820 });
  await page.goto(`chrome-extension://${harness.extensionId}/review.html`);
  return page;
}

const draftText = (page: Page) => page.locator('#draft').inputValue();
const statusText = (page: Page) => page.locator('.status-bar .status-text').innerText();
const alertText = (page: Page) => page.locator('.status-bar [role="alert"]').innerText();

async function choose(page: Page, name: string, bytes: Uint8Array = files[name]!) {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
}

/** Opens a file from the picker and waits for its first check. */
async function openDraft(page: Page, name: string, bytes: Uint8Array = files[name]!) {
  await choose(page, name, bytes);
  await expect.poll(() => statusText(page), { timeout: 10_000 }).toBe(`Opened ${name}.`);
  await expect.poll(() => page.locator('.row[data-finding-id], .missing-row').count(), { timeout: 10_000 }).toBeGreaterThan(0);
}

const isMissing = (finding: Finding) =>
  finding.category === 'missing-provision' || finding.suggestions.some((suggestion) => suggestion.insertion);

/** What core's lint() finds in the same bytes, as the extension names findings (rule id and offsets). */
async function expected(name: string, bytes: Uint8Array = files[name]!, kind?: DocumentKind) {
  const result = await lint(bytes, { filename: name, ...(kind ? { kind } : {}) });
  const findings = findingsOf(result);
  return {
    result,
    findings,
    problems: findings
      .filter((f) => !isMissing(f))
      .map((f) => f.id)
      .sort(),
    missing: findings.filter(isMissing).length,
  };
}

async function shown(page: Page) {
  const problems = await page
    .locator('.row[data-finding-id]')
    .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.findingId!));
  return { problems: problems.sort(), missing: await page.locator('.missing-row').count() };
}

function firstFix(findings: Finding[]): { finding: Finding; fix: Suggestion } {
  for (const finding of findings) {
    const fix = finding.suggestions.find((suggestion) => !suggestion.insertion);
    if (fix && !isMissing(finding)) return { finding, fix };
  }
  throw new Error('the draft has no fixable finding');
}

async function applyRow(page: Page, finding: Finding) {
  await page.locator(`.row[data-finding-id="${finding.id}"]`).getByRole('button', { name: 'Apply', exact: true }).click();
}

describe('opening drafts', () => {
  test('each format lists exactly what lint() finds in the same bytes, and marks it in the draft', async () => {
    const page = await openReview();
    for (const [name, bytes] of Object.entries(files)) {
      await openDraft(page, name);
      const want = await expected(name);
      expect(want.problems.length).toBeGreaterThan(0);
      await expect.poll(() => shown(page), { message: name }).toEqual({ problems: want.problems, missing: want.missing });
      // The editor holds the text the offsets refer to: the file itself, or a .docx's extracted text.
      expect(await draftText(page)).toBe(want.result.text);
      if (!name.endsWith('.docx')) expect(want.result.text).toBe(new TextDecoder().decode(bytes));
      const marks = await page.locator('trustlint-ui .mark').evaluateAll((spans) => spans.map((span) => (span as HTMLElement).dataset.id!));
      expect(marks.length, name).toBeGreaterThan(0);
      for (const id of want.problems) expect(marks, name).toContain(id);
    }
    await page.close();
  });

  test('only the draft is checked: text typed in the Problems filter is a filter, not a document', async () => {
    const page = await openReview();
    await openDraft(page, 'general-order-draft.md');
    const want = await expected('general-order-draft.md');
    const filter = page.getByRole('searchbox', { name: 'Filter problems' });
    await filter.fill('');
    await filter.pressSequentially('Officers may ask about immigration status');
    await page.waitForTimeout(600);
    await filter.fill('');
    await expect.poll(() => shown(page)).toEqual({ problems: want.problems, missing: want.missing });
    expect(await page.locator('trustlint-ui .mark').count()).toBeGreaterThan(0);
    await page.close();
  });

  test('HTML is shown as source and a .docx as its extracted text, each saying what the download gives', async () => {
    const page = await openReview();
    await openDraft(page, 'outreach-page.html');
    expect(await draftText(page)).toContain('<h1>Community Safety Night</h1>');
    expect(await page.locator('.format-note').innerText()).toContain('saves the fixed .html file');
    await openDraft(page, 'contacts-order.docx');
    expect(await page.locator('.format-note').innerText()).toContain('the .docx itself is not rewritten');
    expect(await page.locator('.format-note').innerText()).toContain('.txt');
    await page.close();
  });

  test('a file dropped on the page opens like one from the picker; pasted text is checked too', async () => {
    const page = await openReview();
    const text = new TextDecoder().decode(files['roll-call-bulletin.txt']);
    await page.evaluate((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'dropped.txt', { type: 'text/plain' }));
      const target = document.querySelector('.review')!;
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, text);
    await expect.poll(() => statusText(page)).toBe('Opened dropped.txt.');
    const want = await expected('dropped.txt', files['roll-call-bulletin.txt']);
    await expect.poll(() => shown(page)).toEqual({ problems: want.problems, missing: want.missing });

    const pasted = await openReview();
    await pasted.locator('#draft').focus();
    await pasted.evaluate((content) => navigator.clipboard.writeText(content), text);
    await pasted.keyboard.press('Control+V');
    await expect.poll(() => draftText(pasted)).toBe(text);
    await expect.poll(() => shown(pasted)).toEqual({ problems: want.problems, missing: want.missing });
    expect(await pasted.locator('.file-name').innerText()).toContain('pasted-draft.txt');
    await page.close();
    await pasted.close();

    const typed = await openReview();
    await typed.locator('#draft').focus();
    await typed.keyboard.type('Officers may ask about immigration status.');
    await expect.poll(() => typed.locator('.row[data-finding-id]').count()).toBeGreaterThan(0);
    expect(await typed.locator('.changes-pane').innerText()).toContain('typed here, so there is no original');
    await typed.close();
  });
});

describe('fixes', () => {
  test('Apply changes exactly the range, Ctrl+Z restores it, and the redline shows the accepted change', async () => {
    const page = await openReview();
    await openDraft(page, 'general-order-draft.md');
    const { findings, result } = await expected('general-order-draft.md');
    const { finding, fix } = firstFix(findings);
    expect(await page.locator('.hunk').count()).toBe(0);
    await applyRow(page, finding);
    await expect.poll(() => draftText(page)).toBe(applied(result.text, fix));
    const hunk = page.locator('.hunk');
    await expect.poll(() => hunk.count()).toBe(1);
    // A rewrite may delete several pieces of the flagged wording (a condition dropped with the modal): each is from it.
    const deleted = await hunk.locator('del').allInnerTexts();
    expect(deleted.length).toBeGreaterThan(0);
    for (const piece of deleted) expect(result.text.slice(...fix.range)).toContain(piece.trim());
    for (const piece of await hunk.locator('ins').allInnerTexts()) expect(fix.text).toContain(piece.trim());
    await page.locator('#draft').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => draftText(page)).toBe(result.text);
    await expect.poll(() => hunk.count()).toBe(0);
    await page.close();
  });

  test('a fix from the card on a mark goes through the same path', async () => {
    const page = await openReview();
    await openDraft(page, 'general-order-draft.md');
    const { findings, result } = await expected('general-order-draft.md');
    const { finding, fix } = firstFix(findings);
    const box = (await page.locator(`trustlint-ui .mark[data-id="${finding.id}"]`).boundingBox())!;
    // The mark is drawn over its words in the draft (the overlay's styles apply under the page's strict CSP).
    const editor = (await page.locator('#draft').boundingBox())!;
    expect(box.x).toBeGreaterThan(editor.x);
    expect(box.y + box.height).toBeLessThan(editor.y + editor.height);
    await page.mouse.move(box.x + 3, box.y + box.height / 2);
    const card = page.locator('trustlint-ui .card');
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.evaluate((element) => getComputedStyle(element).position)).toBe('fixed');
    expect(await card.locator('.message').innerText()).toBe(finding.reason);
    await card.getByRole('button', { name: 'Apply', exact: true }).click();
    await expect.poll(() => draftText(page)).toBe(applied(result.text, fix));
    await expect.poll(() => page.locator('.hunk').count()).toBe(1);
    await page.close();
  });

  test('Apply all in a category previews the fixes, then applies them all at once', async () => {
    const page = await openReview();
    await openDraft(page, 'general-order-draft.md');
    const { findings, result } = await expected('general-order-draft.md');
    const category = firstFix(findings).finding.category;
    const fixes = findings
      .filter((finding) => finding.category === category)
      .flatMap((finding) => finding.suggestions.find((s) => !s.insertion) ?? []);
    expect(fixes.length).toBeGreaterThan(1);
    await page
      .locator('.group', { has: page.locator(`.row[data-finding-id="${firstFix(findings).finding.id}"]`) })
      .getByRole('button', { name: /^Apply all in / })
      .click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.locator('li').count()).toBe(fixes.length);
    await dialog.getByRole('button', { name: 'Confirm apply all' }).click();
    await expect.poll(() => draftText(page)).toBe(applySuggestions(result.text, fixes).text);
    await expect.poll(() => page.locator('.hunk').count()).toBe(fixes.length);
    await page.locator('#draft').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => draftText(page)).not.toBe(applySuggestions(result.text, fixes).text);
    await page.close();
  });

  test('a fix that went stale is refused with a visible message and the text is left alone', async () => {
    const page = await openReview();
    await openDraft(page, 'general-order-draft.md');
    const { finding } = firstFix((await expected('general-order-draft.md')).findings);
    // The text changes behind the page's back (no input event, so no new check yet).
    const changed = await page.locator('#draft').evaluate((element: HTMLTextAreaElement) => (element.value = `Changed. ${element.value}`));
    await applyRow(page, finding);
    await expect.poll(() => alertText(page)).toContain('changed since it was checked');
    expect(await draftText(page)).toBe(changed);
    await page.close();
  });

  test('Ignore hides a finding and is remembered for the file', async () => {
    const page = await openReview();
    await openDraft(page, 'roll-call-bulletin.txt');
    const { finding } = firstFix((await expected('roll-call-bulletin.txt')).findings);
    await page.locator(`.row[data-finding-id="${finding.id}"]`).getByRole('button', { name: 'Ignore' }).click();
    await expect.poll(() => page.locator(`.row[data-finding-id="${finding.id}"]`).count()).toBe(0);
    await expect.poll(() => page.locator(`trustlint-ui .mark[data-id="${finding.id}"]`).count()).toBe(0);
    await page.close();
    const again = await openReview();
    await openDraft(again, 'roll-call-bulletin.txt');
    await expect.poll(() => again.locator('.problems-pane > .note').innerText()).toBe('1 ignored in this document.');
    expect(await again.locator(`.row[data-finding-id="${finding.id}"]`).count()).toBe(0);
    await again.close();
  });
});

describe('settings and kinds', () => {
  test('the document kind selector re-checks as the chosen kind', async () => {
    const page = await openReview();
    await openDraft(page, 'general-order-draft.md');
    const auto = await expected('general-order-draft.md');
    expect(auto.result.kind).not.toBe('outreach');
    await page.getByRole('combobox', { name: 'Document kind' }).selectOption('outreach');
    const outreach = await expected('general-order-draft.md', undefined, 'outreach');
    expect(outreach.missing).not.toBe(auto.missing);
    await expect.poll(() => shown(page)).toEqual({ problems: outreach.problems, missing: outreach.missing });
    await page.close();
  });

  test('rules, allow list and default kind from Options apply live, as on pages', async () => {
    const page = await openReview();
    await openDraft(page, 'general-order-draft.md');
    const { findings } = await expected('general-order-draft.md');
    const category = firstFix(findings).finding.category;
    const allowed = findings.find((finding) => finding.category !== category && !isMissing(finding))!;
    const setSettings = (settings: unknown) => page.evaluate((value) => chrome.storage.local.set({ settings: value }), settings);
    await setSettings({ rules: { [category]: 'off' }, allow: [allowed.actual], defaultKind: 'outreach' });
    const want = findingsOf(
      await lint(files['general-order-draft.md']!, {
        filename: 'x.md',
        config: { rules: { [category]: 'off' }, allow: [allowed.actual], kind: 'outreach' },
      }),
    );
    await expect
      .poll(() => shown(page))
      .toEqual({
        problems: want
          .filter((f) => !isMissing(f))
          .map((f) => f.id)
          .sort(),
        missing: want.filter(isMissing).length,
      });
    expect(await page.getByRole('combobox', { name: 'Document kind' }).innerText()).toContain('Automatic (Outreach material)');
    await setSettings({});
    await expect
      .poll(() => shown(page))
      .toEqual({
        problems: findings
          .filter((f) => !isMissing(f))
          .map((f) => f.id)
          .sort(),
        missing: findings.filter(isMissing).length,
      });
    await page.close();
  });
});

describe('export', () => {
  test("the fixed draft downloads under a sensible name; the report in the CLI's formats", async () => {
    const page = await openReview();
    await openDraft(page, 'general-order-draft.md');
    const { findings } = await expected('general-order-draft.md');
    await applyRow(page, firstFix(findings).finding);
    await expect.poll(() => page.locator('.hunk').count()).toBe(1);
    const fixedText = await draftText(page);
    const [fixed] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download fixed draft' }).click()]);
    expect(fixed.suggestedFilename()).toBe('general-order-draft.fixed.md');
    expect(readFileSync((await fixed.path())!, 'utf8')).toBe(fixedText);

    await expect.poll(async () => (await shown(page)).problems.length).toBe(findings.filter((f) => !isMissing(f)).length - 1);
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
    const report = JSON.parse(readFileSync((await json.path())!, 'utf8')) as Array<{ messages: unknown[] }>;
    const afterFix = findingsOf(await lint(fixedText, { filename: 'general-order-draft.md' }));
    expect(report[0]!.messages.length).toBe(afterFix.length);
    const [html] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export HTML report' }).click()]);
    expect(html.suggestedFilename()).toMatch(/\.html$/);
    expect(readFileSync((await html.path())!, 'utf8')).toContain('general-order-draft.md');
    const [sarif] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SARIF' }).click()]);
    expect((JSON.parse(readFileSync((await sarif.path())!, 'utf8')) as { version: string }).version).toBe('2.1.0');

    await openDraft(page, 'contacts-order.docx');
    const docxFindings = (await expected('contacts-order.docx')).findings;
    await applyRow(page, firstFix(docxFindings).finding);
    await expect.poll(() => page.locator('.hunk').count()).toBe(1);
    const [docxFixed] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download fixed draft' }).click(),
    ]);
    expect(docxFixed.suggestedFilename()).toBe('contacts-order.fixed.txt');
    expect(readFileSync((await docxFixed.path())!, 'utf8')).toBe(await draftText(page));
    await page.close();
  });

  test('"Download reviewed .docx" gives the draft with its suggestions as tracked changes and its findings as comments', async () => {
    const page = await openReview();
    await openDraft(page, 'contacts-order.docx');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download reviewed .docx' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('contacts-order.reviewed.docx');
    const parts = unpack(readFileSync((await download.path())!));
    const documentXml = parts['word/document.xml'] ?? '';
    const { result, findings, missing } = await expected('contacts-order.docx');
    const fix = applySuggestions(
      result.text,
      findings.filter((finding) => !isMissing(finding)).flatMap((finding) => finding.suggestions.slice(0, 1)),
    ).text;
    expect((await readDocx(withDocument(parts, rejectAll(documentXml)))).text).toBe(result.text);
    expect((await readDocx(withDocument(parts, acceptAll(documentXml)))).text).toBe(fix);
    // One comment per finding, and one on the title listing the missing sections, if any.
    const comments = findings.filter((finding) => !isMissing(finding)).length + (missing > 0 ? 1 : 0);
    expect(parts['word/comments.xml']?.match(/<w:comment /g)).toHaveLength(comments);

    // A markdown draft becomes a new Word document with the same kind of review.
    await openDraft(page, 'general-order-draft.md');
    const [markdown] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download reviewed .docx' }).click(),
    ]);
    const markdownXml = unpack(readFileSync((await markdown.path())!))['word/document.xml'] ?? '';
    expect(markdownXml).toMatch(/<w:del [^>]*w:author="trustlint"/);
    expect(markdownXml).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    await page.close();
  });

  test('unsaved fixes: opening another draft asks first, and keeping them loses nothing', async () => {
    const page = await openReview();
    await openDraft(page, 'general-order-draft.md');
    await applyRow(page, firstFix((await expected('general-order-draft.md')).findings).finding);
    await expect.poll(() => page.locator('.hunk').count()).toBe(1);
    const fixedText = await draftText(page);
    await choose(page, 'roll-call-bulletin.txt');
    const dialog = page.getByRole('dialog', { name: 'Replace the open draft?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Keep editing' }).click();
    expect(await draftText(page)).toBe(fixedText);
    expect(await page.locator('.hunk').count()).toBe(1);
    await choose(page, 'roll-call-bulletin.txt');
    await dialog.getByRole('button', { name: 'Discard changes and open' }).click();
    await expect.poll(() => statusText(page)).toBe('Opened roll-call-bulletin.txt.');
    expect(await draftText(page)).toBe(new TextDecoder().decode(files['roll-call-bulletin.txt']));
    await page.close();
  });

  test('closing the page with fixes not yet downloaded asks first; after the download it does not', async () => {
    const page = await openReview();
    await openDraft(page, 'general-order-draft.md');
    expect(await page.title()).toBe('general-order-draft.md · trustlint Review');
    await applyRow(page, firstFix((await expected('general-order-draft.md')).findings).finding);
    await expect.poll(() => page.locator('.hunk').count()).toBe(1);
    await page.bringToFront();
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => void dialog.dismiss().then(() => resolve(dialog.type()))),
    );
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    expect(page.isClosed()).toBe(false);
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download fixed draft' }).click()]);
    let askedAgain = false;
    page.once('dialog', (dialog) => {
      askedAgain = true;
      void dialog.accept();
    });
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => page.isClosed()).toBe(true);
    expect(askedAgain).toBe(false);
  });
});

describe('bad input', () => {
  const huge = new Uint8Array(21 * 1024 * 1024).fill(0x61);
  const cases: Array<[string, Uint8Array, string]> = [
    [
      'photo.md',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
      'photo.md is a binary file, not a text draft',
    ],
    ['huge.md', huge, 'huge.md is 21 MB; trustlint reads drafts up to 20 MB'],
    ['empty.txt', new Uint8Array(), 'empty.txt is empty'],
    [
      'notes.pdf',
      new TextEncoder().encode('%PDF-1.7 Officers may ask about status.'),
      'notes.pdf is not a draft trustlint reads: open a .md, .txt, .html or .docx file',
    ],
    [
      'renamed.docx',
      new TextEncoder().encode('Officers may ask about status.'),
      'renamed.docx is not a .docx file (it is not a zip archive)',
    ],
  ];

  test('each bad file gets one clear line and the open draft stays as it was', async () => {
    const page = await openReview();
    await openDraft(page, 'general-order-draft.md');
    const before = { text: await draftText(page), rows: await shown(page) };
    const corrupt = makeDocx(['Officers may ask about status.']).slice(0, 300);
    for (const [name, bytes, message] of [...cases, ['corrupt.docx', corrupt, ''] as [string, Uint8Array, string]]) {
      await choose(page, name, bytes);
      if (message) await expect.poll(() => alertText(page), { message: name }).toBe(message);
      else await expect.poll(() => alertText(page), { message: name }).toMatch(/^corrupt\.docx is not a readable \.docx file \(.+\)$/);
      expect((await alertText(page)).includes('\n')).toBe(false);
      expect(await draftText(page), name).toBe(before.text);
      expect(await shown(page), name).toEqual(before.rows);
      expect(await page.locator('.file-name').innerText()).toContain('general-order-draft.md');
    }
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['one'], 'one.md'));
      transfer.items.add(new File(['two'], 'two.md'));
      document.querySelector('.review')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => alertText(page)).toBe('Open one draft at a time (2 files were given).');
    expect(await draftText(page)).toBe(before.text);
    await page.close();
  });

  test('markup and script in a draft stay text in the editor, the card, the list and the redline', async () => {
    const page = await openReview();
    const hostile = fixture('hostile-draft.md');
    await openDraft(page, 'hostile-draft.md', hostile);
    expect(await draftText(page)).toBe(new TextDecoder().decode(hostile));
    const { finding } = firstFix((await expected('hostile-draft.md', hostile)).findings);
    const mark = page.locator(`trustlint-ui .mark[data-id="${finding.id}"]`);
    const box = (await mark.boundingBox())!;
    await page.mouse.move(box.x + 3, box.y + box.height / 2);
    await expect.poll(() => page.locator('trustlint-ui .card').isVisible()).toBe(true);
    await page.locator('trustlint-ui .card').getByRole('button', { name: 'Apply', exact: true }).click();
    await expect.poll(() => page.locator('.hunk').count()).toBe(1);
    await page.locator('#draft').focus();
    await page.keyboard.type(' <img src=y onerror="window.__pwned = 4">');
    await expect.poll(async () => (await page.locator('.hunk').allInnerTexts()).join('\n')).toContain('<img src=y');
    expect(await page.locator('img, script:not([src]), b').count()).toBe(0);
    expect(await page.locator('trustlint-ui img, trustlint-ui script, trustlint-ui b').count()).toBe(0);
    // The fix may have left no finding in the list (the rest is an HTML block); hover a row when there is one.
    const row = page.locator('.row').first();
    if ((await row.count()) > 0) await row.hover();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });
});

describe('long drafts', () => {
  test('the list renders the rows in view, scrolling shows every one, arrow keys reach the last; new marks redraw only their lines', async () => {
    const page = await openReview();
    const long = draftOf(25_000);
    await choose(page, 'long.md', new TextEncoder().encode(long));
    await expect.poll(() => page.locator('.row[data-finding-id]').count(), { timeout: 60_000 }).toBeGreaterThan(0);
    // The first rows come before the rest of the draft is checked; the pane says so until the list is whole.
    await expect.poll(() => page.locator('.problems-pane').getAttribute('aria-busy'), { timeout: 60_000 }).toBe('false');
    const want = await expected('long.md', new TextEncoder().encode(long));
    expect(want.problems.length).toBeGreaterThan(200);
    const rendered = () =>
      page.locator('.row[data-finding-id]').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.findingId!));
    const first = await rendered();
    expect(first.length).toBeLessThan(want.problems.length / 4);

    // Scrolled from top to bottom, the pane shows every finding once.
    const seen = new Set(first);
    const pane = page.locator('.problems-pane');
    for (let bottom = false; !bottom; ) {
      bottom = await pane.evaluate((element) => {
        element.scrollTop += element.clientHeight * 0.8;
        return element.scrollTop + element.clientHeight >= element.scrollHeight - 1;
      });
      await page.waitForTimeout(50);
      for (const id of await rendered()) seen.add(id);
    }
    expect([...seen].sort()).toEqual(want.problems);

    // From the top, End moves focus to the last row (rendered on the way), Home back to the first group.
    await pane.evaluate((element) => (element.scrollTop = 0));
    await page.locator('.row-main').first().focus();
    await page.keyboard.press('End');
    const focusedRow = () => page.evaluate(() => (document.activeElement?.closest('.row') as HTMLElement | null)?.dataset.findingId);
    await expect.poll(focusedRow).toBe(await page.locator('.row[data-finding-id]').last().getAttribute('data-finding-id'));
    expect(first).not.toContain(await focusedRow());
    await page.keyboard.press('ArrowUp');
    const above = await focusedRow();
    expect(above).toBeDefined();
    const last = await page.locator('.row[data-finding-id]').last().getAttribute('data-finding-id');
    expect(above).not.toBe(last);
    // Scrolled away with the wheel, the focused row stays (and the arrow keys go on from it).
    await pane.evaluate((element) => (element.scrollTop = 0));
    await page.waitForTimeout(100);
    expect(await focusedRow()).toBe(above);
    await page.keyboard.press('ArrowDown');
    await expect.poll(focusedRow).toBe(last);
    await page.keyboard.press('Home');
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('group-toggle');

    // Typing at the end of the draft redraws the marks of the last lines only; the overlay's text lays out as the field's.
    const mirror = page.locator('trustlint-ui .mirror');
    const lines = await mirror.evaluate((element) => {
      for (const [index, line] of [...element.children].entries()) (line as HTMLElement).dataset.line = String(index);
      return element.children.length;
    });
    const marks = await page.locator('trustlint-ui .mark').count();
    await page
      .locator('#draft')
      .evaluate((element: HTMLTextAreaElement) => element.setSelectionRange(element.value.length, element.value.length));
    await page.locator('#draft').focus();
    await page.keyboard.type('\n\nOfficers may ask drivers about their immigration status.');
    await expect.poll(() => page.locator('trustlint-ui .mark').count(), { timeout: 20_000 }).toBeGreaterThan(marks);
    const kept = await mirror.evaluate(
      (element) => [...element.children].filter((line) => (line as HTMLElement).dataset.line !== undefined).length,
    );
    expect(kept).toBeGreaterThan(lines - 4);
    const heights = await page.evaluate(() => ({
      mirror: document.querySelector('trustlint-ui')!.shadowRoot!.querySelector('.mirror')!.scrollHeight,
      field: document.querySelector('#draft')!.scrollHeight,
    }));
    expect(Math.abs(heights.mirror - heights.field)).toBeLessThanOrEqual(2);

    // A fix near the top moves every later mark: their lines are kept, and their ids follow the new offsets.
    await pane.evaluate((element) => (element.scrollTop = 0));
    const row = page.locator('.row[data-finding-id]', { has: page.getByRole('button', { name: 'Apply', exact: true }) }).first();
    const fixed = await row.getAttribute('data-finding-id');
    await row.getByRole('button', { name: 'Apply', exact: true }).click();
    await expect.poll(() => page.locator(`trustlint-ui .mark[data-id="${fixed}"]`).count(), { timeout: 20_000 }).toBe(0);
    const after = await expected('long.md', new TextEncoder().encode(await draftText(page)));
    await expect
      .poll(async () => {
        const ids = new Set(
          await page.locator('trustlint-ui .mark').evaluateAll((spans) => spans.map((span) => (span as HTMLElement).dataset.id)),
        );
        return after.problems.filter((id) => !ids.has(id));
      })
      .toEqual([]);
    expect(
      await mirror.evaluate((element) => [...element.children].filter((line) => (line as HTMLElement).dataset.line !== undefined).length),
    ).toBeGreaterThan(lines - 6);
    await page.close();
  }, 120_000);
});

describe('reachable and private', () => {
  test('"Review a file" opens the review page from the popup and from the panel', async () => {
    const popup = await harness.context.newPage();
    await popup.goto(`chrome-extension://${harness.extensionId}/popup.html`);
    const [fromPopup] = await Promise.all([
      harness.context.waitForEvent('page'),
      popup.getByRole('button', { name: 'Review a file' }).click(),
    ]);
    await fromPopup.waitForLoadState();
    expect(fromPopup.url()).toBe(`chrome-extension://${harness.extensionId}/review.html`);
    const panel = await openPanel(harness, 1);
    const [fromPanel] = await Promise.all([
      harness.context.waitForEvent('page'),
      panel.getByRole('button', { name: 'Review a file' }).click(),
    ]);
    await fromPanel.waitForLoadState();
    expect(fromPanel.url()).toBe(`chrome-extension://${harness.extensionId}/review.html`);
    await fromPopup.close();
    await fromPanel.close();
    await panel.close();
    if (!popup.isClosed()) await popup.close();
  });

  test('screenshot: a real draft with a card open and the redline of accepted fixes', async () => {
    const page = await openReview();
    await page.setViewportSize({ width: 1440, height: 900 });
    await openDraft(page, 'general-order-draft.md');
    const { findings } = await expected('general-order-draft.md');
    const fixes = findings.filter((finding) => !isMissing(finding) && finding.suggestions.some((suggestion) => !suggestion.insertion));
    // The later fix first, so the earlier finding keeps its offsets (and its id).
    for (const finding of [fixes.at(-1)!, fixes[0]!]) {
      await applyRow(page, finding);
      await expect.poll(async () => (await shown(page)).problems).not.toContain(finding.id);
    }
    await expect.poll(() => page.locator('.hunk').count()).toBe(2);
    // Clicking a problem reveals it in the draft and opens its card there.
    await page.locator('.row', { hasText: 'legal residency' }).locator('.row-main').click();
    await expect.poll(() => page.locator('trustlint-ui .card').isVisible()).toBe(true);
    await expect.poll(() => page.locator('trustlint-ui .mark.revealed').innerText()).toContain('legal residency');
    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: join(screenshots, 'review.png') });
    await page.close();
  });

  test('no request left the machine during the whole review session', async () => {
    expect(harness.requests.length).toBeGreaterThan(0);
    expect(leakedRequests(harness)).toEqual([]);
    const foreign = harness.requests.filter(
      (url) => !url.startsWith(`chrome-extension://${harness.extensionId}/`) && !url.startsWith('blob:') && !url.startsWith('data:'),
    );
    expect(foreign).toEqual([]);
  });
});
