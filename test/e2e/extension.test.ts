// End-to-end: the built extension in Chromium on fixture pages (textarea, contenteditable, React, Quill).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildExtension, leakedRequests, startHarness, type Harness } from './harness.ts';
import { applied, applyFromPanel, firstFix, openChecked as openFixture, stateOf } from './checks.ts';
import { fixturePages } from './fixtures/pages.ts';
import { applySuggestions } from '../../index.ts';

const screenshots = join(import.meta.dirname, '../../.output/screenshots');
let harness: Harness;
let extensionDir: string;

beforeAll(async () => {
  extensionDir = buildExtension();
  harness = await startHarness(extensionDir, fixturePages);
}, 120_000);

afterAll(async () => {
  await harness?.close();
});

const openChecked = (path: string) => openFixture(harness, path);

test('the manifest names toolbar and store icons, each a PNG of its size', () => {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as { icons?: Record<string, string> };
  expect(Object.keys(manifest.icons ?? {}).sort()).toEqual(['128', '16', '32', '48']);
  for (const [size, file] of Object.entries(manifest.icons ?? {})) {
    const png = readFileSync(join(extensionDir, file));
    // PNG signature, then the IHDR chunk: width and height as big-endian 32-bit numbers at bytes 16 and 20.
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
  }
});

describe('textarea', () => {
  test('marks appear in a mirror overlay and the panel lists every finding', async () => {
    const { page, panel, state } = await openChecked('/textarea.html');
    await expect.poll(() => page.locator('trustlint-ui .mark').count()).toBeGreaterThan(0);
    const rows = await panel.locator('.row[data-finding-id]').count();
    const missing = await panel.locator('.missing-row').count();
    expect(rows + missing).toBe(state.findings.length);
    // The overlay is ours: the textarea's own DOM is untouched.
    expect(await page.locator('#draft').evaluate((element) => element.childNodes.length)).toBe(1);
    mkdirSync(screenshots, { recursive: true });
    await panel.screenshot({ path: join(screenshots, 'panel.png') });
    await page.close();
    await panel.close();
  });

  test('Apply from the panel changes exactly the range, and Ctrl+Z restores it', async () => {
    const { page, panel, state } = await openChecked('/textarea.html');
    const { finding, fix } = firstFix(state);
    const before = await page.locator('#draft').inputValue();
    expect(before).toBe(state.text);
    await applyFromPanel(panel, finding);
    await expect.poll(() => page.locator('#draft').inputValue()).toBe(applied(before, fix));
    await page.bringToFront();
    await page.locator('#draft').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('#draft').inputValue()).toBe(before);
    await page.close();
    await panel.close();
  });

  test("Export writes the CLI reporters' JSON and SARIF for the document", async () => {
    const { page, panel, state } = await openChecked('/textarea.html');
    const [json] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Export JSON' }).click()]);
    const report = JSON.parse(readFileSync((await json.path())!, 'utf8')) as Array<{ messages: unknown[] }>;
    expect(report[0]!.messages.length).toBe(state.findings.length);
    const [sarif] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Export SARIF' }).click()]);
    const log = JSON.parse(readFileSync((await sarif.path())!, 'utf8')) as { version: string; runs: Array<{ results: unknown[] }> };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]!.results.length).toBe(state.findings.length);
    await page.close();
    await panel.close();
  });

  test('Apply all in a category shows the combined changes first, then applies them all', async () => {
    const { page, panel, state } = await openChecked('/textarea.html');
    const { finding } = firstFix(state);
    const fixes = state.findings
      .filter((each) => each.category === finding.category)
      .flatMap((each) => each.suggestions.find((s) => !s.insertion) ?? []);
    expect(fixes.length).toBeGreaterThan(1);
    await panel
      .getByRole('button', { name: /^Apply all in / })
      .first()
      .click();
    const dialog = panel.getByRole('dialog');
    expect(await dialog.locator('li').count()).toBe(fixes.length);
    await panel.screenshot({ path: join(screenshots, 'panel-apply-all.png') });
    await dialog.getByRole('button', { name: 'Confirm apply all' }).click();
    await expect.poll(() => page.locator('#draft').inputValue()).toBe(applySuggestions(state.text, fixes).text);
    await page.close();
    await panel.close();
  });

  test('hovering a mark opens a card; a fix that went stale is refused with a visible message', async () => {
    const { page, panel, state } = await openChecked('/textarea.html');
    const { finding } = firstFix(state);
    const mark = page.locator(`trustlint-ui .mark[data-id="${finding.id}"]`);
    await page.bringToFront();
    const box = (await mark.boundingBox())!;
    await page.mouse.move(box.x + 3, box.y + box.height / 2);
    const card = page.locator('trustlint-ui .card');
    await expect.poll(() => card.isVisible()).toBe(true);
    for (const name of ['Apply', 'Ignore', 'Explain']) expect(await card.getByRole('button', { name, exact: true }).count()).toBe(1);
    await page.screenshot({ path: join(screenshots, 'page-card.png') });
    const [rulePage] = await Promise.all([harness.context.waitForEvent('page'), card.getByRole('button', { name: 'Explain' }).click()]);
    await expect.poll(() => rulePage.locator('h1').textContent()).toBe(finding.ruleId);
    expect(new URL(rulePage.url()).searchParams.get('id')).toBe(finding.ruleId);
    await rulePage.close();
    await page.bringToFront();
    // The page changes the text behind trustlint's back (no input event, so no re-check yet).
    const changed = await page.locator('#draft').evaluate((element: HTMLTextAreaElement) => (element.value = `Changed. ${element.value}`));
    await card.getByRole('button', { name: 'Apply', exact: true }).click();
    await expect.poll(() => page.locator('trustlint-ui .notice[role="alert"]').textContent()).toContain('changed since it was checked');
    expect(await page.locator('#draft').inputValue()).toBe(changed);
    await page.close();
    await panel.close();
  });

  test("the title's mark opens one card that lists every missing provision, each with its own Insert", async () => {
    const { page, panel, state } = await openChecked('/textarea.html');
    const missing = state.findings.filter((finding) => finding.category === 'missing-provision');
    expect(missing.length, 'the draft lacks several provisions').toBeGreaterThan(1);
    for (const finding of missing) expect(finding.actual).toBe('General Order 5.12: Community Contacts');
    await page.bringToFront();
    // Findings on the same words are drawn as one mark: the title carries one, whichever finding it names.
    const titleMark = page.locator('trustlint-ui .mark', { hasText: 'General Order 5.12: Community Contacts' });
    expect(await titleMark.count()).toBe(1);
    const box = (await titleMark.boundingBox())!;
    await page.mouse.move(box.x + 3, box.y + box.height / 2);
    const card = page.locator('trustlint-ui .card');
    await expect.poll(() => card.locator('.finding').count()).toBe(missing.length);
    for (const finding of missing) await expect.poll(() => card.locator('.message', { hasText: finding.reason }).count()).toBe(1);
    expect(await card.getByRole('button', { name: 'Insert model section' }).count()).toBe(missing.length);
    await page.screenshot({ path: join(screenshots, 'page-card-missing.png') });
    await page.close();
    await panel.close();
  });

  test('Insert model section puts the model text at its place in the draft, and Ctrl+Z takes it out again', async () => {
    const { page, panel, state } = await openChecked('/textarea.html');
    const missing = state.findings.find((finding) => finding.suggestions.some((suggestion) => suggestion.insertion));
    expect(missing, 'the general order draft lacks provisions').toBeDefined();
    const insertion = missing!.suggestions.find((suggestion) => suggestion.insertion)!;
    const row = panel.locator('.missing-row', { hasText: missing!.reason });
    await row.getByRole('button', { name: 'Insert model section' }).click();
    const inserted = applied(state.text, insertion);
    await expect.poll(() => page.locator('#draft').inputValue()).toBe(inserted);
    expect(inserted).toContain(insertion.text.trim());
    await page.locator('#draft').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('#draft').inputValue()).toBe(state.text);
    await page.close();
    await panel.close();
  });

  test('Explain in the panel opens the rule page, made from the rule module; an unknown rule says so', async () => {
    const { page, panel, state } = await openChecked('/textarea.html');
    const { finding } = firstFix(state);
    const row = panel.locator(`.row[data-finding-id="${finding.id}"]`);
    const [rulePage] = await Promise.all([harness.context.waitForEvent('page'), row.getByRole('button', { name: 'Explain' }).click()]);
    await expect.poll(() => rulePage.locator('h1').textContent()).toBe(finding.ruleId);
    for (const heading of ['Why it matters', 'Flagged', 'Not flagged', 'Compliant wording'])
      await expect.poll(() => rulePage.getByRole('heading', { name: heading, exact: true }).count()).toBe(1);
    await rulePage.screenshot({ path: join(screenshots, 'rule-page.png'), fullPage: true });
    await rulePage.goto(`chrome-extension://${harness.extensionId}/rule.html?id=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    await expect.poll(() => rulePage.getByRole('alert').textContent()).toContain('no rule named “<img src=x onerror=alert(1)>”');
    expect(await rulePage.locator('img').count()).toBe(0);
    await rulePage.close();
    await page.close();
    await panel.close();
  });

  test("a page's script cannot press the card's Ignore or Explain", async () => {
    const { page, panel, state, tabId } = await openChecked('/textarea.html');
    const { finding } = firstFix(state);
    await page.bringToFront();
    const box = (await page.locator(`trustlint-ui .mark[data-id="${finding.id}"]`).boundingBox())!;
    await page.mouse.move(box.x + 3, box.y + box.height / 2);
    await expect.poll(() => page.locator('trustlint-ui .card').isVisible()).toBe(true);
    let opened = 0;
    harness.context.on('page', () => opened++);
    // What any page can do: reach the card and dispatch clicks to its buttons.
    await page.evaluate(() => {
      const buttons = [...(document.querySelector('trustlint-ui')?.shadowRoot?.querySelectorAll('.card button') ?? [])];
      for (let i = 0; i < 20; i++) for (const button of buttons) if (button.textContent !== 'Apply') (button as HTMLElement).click();
    });
    await page.waitForTimeout(1500);
    expect(opened).toBe(0);
    expect((await stateOf(panel, tabId))?.ignored ?? 0).toBe(0);
    expect(await page.locator(`trustlint-ui .mark[data-id="${finding.id}"]`).count()).toBeGreaterThan(0);
    await page.close();
    await panel.close();
  });

  test('Ignore removes a finding and is remembered for the document after a reload', async () => {
    const { page, tabId, panel, state } = await openChecked('/textarea.html');
    const { finding } = firstFix(state);
    await panel.locator(`.row[data-finding-id="${finding.id}"]`).getByRole('button', { name: 'Ignore' }).click();
    await expect.poll(() => panel.locator(`.row[data-finding-id="${finding.id}"]`).count()).toBe(0);
    await expect.poll(() => page.locator(`trustlint-ui .mark[data-id="${finding.id}"]`).count()).toBe(0);
    await page.reload();
    await expect.poll(async () => (await stateOf(panel, tabId))?.ignored ?? 0, { timeout: 10_000 }).toBeGreaterThan(0);
    const after = (await stateOf(panel, tabId))!;
    expect(after.findings.map((each) => each.fingerprint)).not.toContain(finding.fingerprint);
    expect(after.findings.length).toBe(
      state.findings.length - state.findings.filter((each) => each.fingerprint === finding.fingerprint).length,
    );
    await page.close();
    await panel.close();
  });
});

describe('rich text editors', () => {
  test('contenteditable: marks are painted with CSS highlights; Apply and Ctrl+Z', async () => {
    const { page, tabId, panel, state } = await openChecked('/contenteditable.html');
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
    const { finding, fix } = firstFix(state);
    const before = await page.locator('#rich').innerText();
    await applyFromPanel(panel, finding);
    await expect.poll(async () => (await stateOf(panel, tabId))?.text).toBe(applied(state.text, fix));
    await page.bringToFront();
    await page.locator('#rich').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('#rich').innerText()).toBe(before);
    await page.close();
    await panel.close();
  });

  test('Quill: Apply reaches the editor model and Ctrl+Z (Quill history) restores it', async () => {
    const { page, tabId, panel, state } = await openChecked('/quill.html');
    const { finding, fix } = firstFix(state);
    const before = await page.evaluate(() => (window as unknown as { quillText(): string }).quillText());
    await applyFromPanel(panel, finding);
    await expect.poll(async () => (await stateOf(panel, tabId))?.text).toBe(applied(state.text, fix));
    const after = await page.evaluate(() => (window as unknown as { quillText(): string }).quillText());
    expect(after).toContain(fix.text);
    expect(after.length).toBe(before.length - (fix.range[1] - fix.range[0]) + fix.text.length);
    await page.bringToFront();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.evaluate(() => (window as unknown as { quillText(): string }).quillText())).toBe(before);
    await page.close();
    await panel.close();
  });

  test('React-controlled textarea: the fix reaches React state', async () => {
    const { page, panel, state } = await openChecked('/react.html');
    const { finding, fix } = firstFix(state);
    await applyFromPanel(panel, finding);
    await expect.poll(() => page.locator('#state').textContent()).toBe(applied(state.text, fix));
    expect(await page.locator('#draft').inputValue()).toBe(applied(state.text, fix));
    await page.close();
    await panel.close();
  });
});

describe('settings', () => {
  test('a category turned off in Options leaves the page and the panel at once; turning it back on restores it', async () => {
    const { page, tabId, panel, state } = await openChecked('/textarea.html');
    const category = firstFix(state).finding.category;
    const inCategory = state.findings.filter((finding) => finding.category === category).length;
    const options = await harness.context.newPage();
    await options.goto(`chrome-extension://${harness.extensionId}/options.html`);
    const label = await panel.evaluate(() => document.querySelector('.group-label')?.textContent ?? '');
    await options.getByRole('combobox', { name: `Category ${label}` }).selectOption('off');
    await expect
      .poll(async () => (await stateOf(panel, tabId))?.findings.length, { timeout: 10_000 })
      .toBe(state.findings.length - inCategory);
    await expect
      .poll(() => panel.locator('.row[data-finding-id]').count())
      .toBe(state.findings.filter((f) => f.category !== category && f.category !== 'missing-provision').length);
    await expect.poll(() => page.locator('trustlint-ui .mark.error').count()).toBe(0);
    await options.getByRole('combobox', { name: `Category ${label}` }).selectOption('');
    await expect.poll(async () => (await stateOf(panel, tabId))?.findings.length, { timeout: 10_000 }).toBe(state.findings.length);
    await options.screenshot({ path: join(screenshots, 'options.png'), fullPage: true });
    await options.close();
    await page.close();
    await panel.close();
  });

  test('the popup shows the tab counts and turning the site off removes the marks', async () => {
    const { page, tabId, panel, state } = await openChecked('/textarea.html');
    const popup = await harness.context.newPage();
    await popup.setViewportSize({ width: 300, height: 260 });
    await popup.goto(`chrome-extension://${harness.extensionId}/popup.html?tabId=${tabId}`);
    const errors = state.findings.filter((finding) => finding.severity === 'error').length;
    await expect
      .poll(() => popup.getByRole('list', { name: 'Problems in this tab' }).innerText())
      .toContain(`${errors}
Errors`);
    await popup.screenshot({ path: join(screenshots, 'popup.png') });
    await popup.getByRole('checkbox', { name: 'Check drafts on 127.0.0.1' }).uncheck();
    await expect.poll(() => page.locator('trustlint-ui .mark').count(), { message: 'marks on the page' }).toBe(0);
    await expect.poll(() => panel.locator('.row[data-finding-id]').count(), { message: 'rows in the panel' }).toBe(0);
    await popup.getByRole('checkbox', { name: 'Check drafts on 127.0.0.1' }).check();
    await page.reload();
    await expect.poll(() => page.locator('trustlint-ui .mark').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await popup.close();
    await page.close();
    await panel.close();
  });
});

describe('privacy and safety', () => {
  test('markup and script in a draft stay text in the card and the panel', async () => {
    const { page, panel, state } = await openChecked('/hostile.html');
    const hostile = state.findings.find((finding) => finding.start.offset > state.text.indexOf('<img'));
    expect(hostile).toBeDefined();
    expect(await panel.locator('img, script:not([src])').count()).toBe(0);
    const mark = page.locator(`trustlint-ui .mark[data-id="${hostile!.id}"]`);
    await page.bringToFront();
    await mark.click({ force: true });
    await expect.poll(() => page.locator('trustlint-ui .card').isVisible()).toBe(true);
    expect(await page.locator('trustlint-ui img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await panel.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
    await panel.close();
  });

  test('the request recorder sees a page request to another host (control for the next test)', async () => {
    const page = await harness.context.newPage();
    await page.goto(`${harness.origin}/textarea.html`);
    await page.evaluate(() => fetch('http://canary.invalid/probe').catch(() => undefined));
    await expect.poll(() => leakedRequests(harness)).toContain('GET http://canary.invalid/probe');
    expect(harness.requests).toContain('http://canary.invalid/probe');
    harness.leaked.splice(0);
    harness.requests.splice(0);
    await page.close();
  });

  test('no request left the machine during a whole editing session', async () => {
    await openChecked('/quill.html');
    await openChecked('/textarea.html');
    expect(leakedRequests(harness)).toEqual([]);
    const foreign = harness.requests.filter(
      (url) => !url.startsWith(harness.origin) && !url.startsWith(`chrome-extension://${harness.extensionId}/`),
    );
    expect(foreign).toEqual([]);
    expect(harness.requests.length).toBeGreaterThan(0);
  });
});
