// End-to-end: Word for the web fixtures at the real hosts (outer page on word.cloud.microsoft or SharePoint, editing
// frame on *.officeapps.live.com), in both layouts, with the built extension in Chromium.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { buildExtension, leakedRequests, startHarness, tabIdOf, type Harness } from './harness.ts';
import { applied, applyFromPanel, firstFix, stateOf } from './checks.ts';
import { correctedWording, pasteOver } from '../../extension/lib/fix-context.ts';
import { WordFixtures, type WordFixture } from './fixtures/word/pages.ts';
import { expectedText, longDocument, mainDocument, variantDocument, type Block, type WordDocument } from './fixtures/word/model.ts';
import type { DocumentState, Finding } from '../../extension/lib/messages.ts';
import { lint } from '../../index.ts';

const screenshots = join(import.meta.dirname, '../../.output/screenshots');
let harness: Harness;
const fixtures = new WordFixtures();

interface Variant {
  document: WordDocument;
  editable: WordFixture;
  proxy: WordFixture;
}
let variants: Variant[] = [];
let long: WordFixture;

beforeAll(async () => {
  harness = await startHarness(buildExtension(), {});
  await fixtures.install(harness.context);
  // Lets the test read back what Copy put on the clipboard.
  for (const origin of ['https://word.cloud.microsoft', 'https://contoso.sharepoint.com']) {
    await harness.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  }
  variants = [
    {
      document: mainDocument,
      editable: fixtures.add('policy-editable', 'cloud', { document: mainDocument, style: 'main', layout: 'editable' }),
      proxy: fixtures.add('policy-proxy', 'sharepoint', { document: mainDocument, style: 'main', layout: 'proxy' }),
    },
    {
      document: variantDocument,
      editable: fixtures.add('bulletin-editable', 'sharepoint', { document: variantDocument, style: 'variant', layout: 'editable' }),
      proxy: fixtures.add('bulletin-proxy', 'cloud', { document: variantDocument, style: 'variant', layout: 'proxy' }),
    },
  ];
  long = fixtures.add('policy-long', 'cloud', { document: longDocument(), style: 'main', layout: 'editable', lazy: 14 });
}, 120_000);

afterAll(async () => {
  await harness?.close();
});

function editingFrame(page: Page, fixture: WordFixture): Frame {
  const frame = page.frames().find((candidate) => candidate.url() === fixture.frameUrl);
  if (!frame) throw new Error(`no editing frame at ${fixture.frameUrl}`);
  return frame;
}

/** Opens a Word fixture, waits for its first check and opens the panel on its tab. */
async function openWord(fixture: WordFixture) {
  const page = await harness.context.newPage();
  await page.goto(fixture.url);
  const frame = editingFrame(page, fixture);
  await frame.waitForSelector('#WACViewPanel p');
  const tabId = await tabIdOf(harness, page);
  // The panel opens at the window's size: shrinking another tab's viewport (as the harness's openPanel does) stops
  // headless Chromium from routing mouse input into cross-origin frames past that width.
  const panel = await harness.context.newPage();
  await panel.goto(`chrome-extension://${harness.extensionId}/sidepanel.html?tabId=${tabId}`);
  await expect.poll(() => panel.locator('.row[data-finding-id]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
  const state = (await stateOf(panel, tabId))!;
  return { page, frame, tabId, panel, state };
}

async function close(...pages: Page[]) {
  for (const page of pages) await page.close();
}

/** rule id and offsets of the engine's findings for `text`, as the CLI would report them. */
async function engineFindings(text: string, kind: DocumentState['kind']): Promise<string[]> {
  const result = await lint(text, { format: 'markdown', kind });
  return result.messages.map((message) => {
    const place = message.place as { start: { offset: number }; end: { offset: number } } | undefined;
    return `${message.ruleId}@${place?.start.offset ?? 0}-${place?.end.offset ?? 0}`;
  });
}
const panelFindings = (state: DocumentState) =>
  state.findings.map((finding) => `${finding.ruleId}@${finding.start.offset}-${finding.end.offset}`);

/** The box of `snippet` in the frame, found by the fixture's own reading of the paragraphs (not the adapter's). */
function textBox(frame: Frame, snippet: string) {
  return frame.evaluate((wanted) => {
    for (const paragraph of document.querySelectorAll('#WACViewPanel p')) {
      if (paragraph.closest('[class*="InactiveBoxRendering"]')) continue;
      const nodes: Array<{ node: Text; start: number }> = [];
      let text = '';
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT, {
        acceptNode: (node) =>
          node.parentElement?.closest('[class*="EOP"], [class*="TabRun"], [class*="ListMarker"]')
            ? NodeFilter.FILTER_REJECT
            : NodeFilter.FILTER_ACCEPT,
      });
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        nodes.push({ node, start: text.length });
        text += node.data;
      }
      const at = text.indexOf(wanted);
      if (at < 0) continue;
      const locate = (offset: number, end: boolean) => {
        const hit = nodes.findLast((entry) => (end ? entry.start < offset : entry.start <= offset))!;
        return [hit.node, offset - hit.start] as const;
      };
      const range = document.createRange();
      range.setStart(...locate(at, false));
      range.setEnd(...locate(at + wanted.length, true));
      const rect = range.getBoundingClientRect();
      return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
    }
    return undefined;
  }, snippet);
}

/** The union of the overlay boxes drawn for a finding, in the frame's viewport. */
function markBox(frame: Frame, id: string) {
  return frame.evaluate((findingId) => {
    const boxes = [
      ...document
        .querySelector('trustlint-ui')!
        .shadowRoot!.querySelectorAll<HTMLElement>(`.overlay-mark[data-id="${CSS.escape(findingId)}"]`),
    ].map((node) => node.getBoundingClientRect());
    if (boxes.length === 0) return undefined;
    return {
      left: Math.min(...boxes.map((box) => box.left)),
      top: Math.min(...boxes.map((box) => box.top)),
      right: Math.max(...boxes.map((box) => box.right)),
      bottom: Math.max(...boxes.map((box) => box.bottom)),
    };
  }, id);
}

/** The mark for `finding` sits on its text (within a pixel or two). */
async function expectMarkOnText(frame: Frame, state: DocumentState, finding: Finding) {
  const snippet = state.text.slice(finding.start.offset, finding.end.offset);
  await expect
    .poll(async () => {
      const [mark, text] = await Promise.all([markBox(frame, finding.id), textBox(frame, snippet)]);
      if (!mark || !text) return `mark ${JSON.stringify(mark)} text ${JSON.stringify(text)}`;
      const off = Math.max(
        Math.abs(mark.left - text.left),
        Math.abs(mark.top - text.top),
        Math.abs(mark.right - text.right),
        Math.abs(mark.bottom - text.bottom),
      );
      return off <= 2 ? 'aligned' : `off by ${off}px`;
    })
    .toBe('aligned');
}

/** Moves the mouse onto a finding's mark (in the page, over the frame) and waits for its card. */
async function hoverMark(page: Page, frame: Frame, finding: Finding) {
  await page.bringToFront();
  const mark = (await markBox(frame, finding.id))!;
  const frameBox = (await page.locator('iframe[name^="WacFrame"]').boundingBox())!;
  await page.mouse.move(frameBox.x + mark.left + 4, frameBox.y + (mark.top + mark.bottom) / 2);
  const card = frame.locator(`trustlint-ui .card[data-finding-id="${finding.id}"]`);
  await expect.poll(() => card.isVisible()).toBe(true);
  return { card, mark: { ...mark, top: frameBox.y + mark.top, bottom: frameBox.y + mark.bottom } };
}

/** A finding in a body paragraph whose text is on screen. */
function findingInText(state: DocumentState): Finding {
  return state.findings.find((finding) => finding.category !== 'missing-provision' && finding.end.offset > finding.start.offset)!;
}

/** The page and the panel in one picture, as a user sees them with the side panel open. */
async function sideBySide(page: Page, panel: Page, path: string) {
  mkdirSync(screenshots, { recursive: true });
  const shots = [await page.screenshot(), await panel.screenshot()].map((shot) => `data:image/png;base64,${shot.toString('base64')}`);
  const canvas = await harness.context.newPage();
  await canvas.setViewportSize({ width: 1100 + 420 + 1, height: 760 });
  await canvas.setContent(
    `<body style="margin:0;display:flex;gap:1px;background:#d0d7de">${shots.map((src) => `<img src="${src}">`).join('')}</body>`,
  );
  await canvas.screenshot({ path });
  await canvas.close();
}

const blocksOf = (frame: Frame) => frame.evaluate(() => (window as unknown as { wordFixture: { blocks(): Block[] } }).wordFixture.blocks());

// The second fixture differs in wording, numbered lists, class suffixes and span nesting; the adapter was not
// adjusted for it.
describe.each([
  { index: 0, name: 'main fixture' },
  { index: 1, name: 'independent variant' },
])('Word for the web, $name', ({ index }) => {
  const variant = () => variants[index]!;

  test('reads the body as the engine would read the same text; marks sit on the text and follow scrolling and re-rendering', async () => {
    const { page, frame, panel, state } = await openWord(variant().editable);
    expect(state.editor).toBe('word');
    expect(state.text).toBe(expectedText(variant().document.blocks));
    expect(panelFindings(state)).toEqual(await engineFindings(state.text, state.kind));
    expect((await panel.locator('.row[data-finding-id]').count()) + (await panel.locator('.missing-row').count())).toBe(
      state.findings.length,
    );

    const finding = findingInText(state);
    await expectMarkOnText(frame, state, finding);
    const before = (await markBox(frame, finding.id))!;
    await frame.locator('#WACViewPanel').evaluate((panelElement) => (panelElement.scrollTop += 60));
    await expect.poll(async () => Math.round(before.top - (await markBox(frame, finding.id))!.top)).toBe(60);
    await expectMarkOnText(frame, state, finding);

    // Word draws the paragraphs again with new nodes and new run splits: the marks move onto the new nodes.
    const old = await frame.locator('#WACViewPanel .PageContent p').first().elementHandle();
    await frame.evaluate(() => (window as unknown as { wordFixture: { rerender(): void } }).wordFixture.rerender());
    expect(await old!.evaluate((node) => node.isConnected)).toBe(false);
    await expectMarkOnText(frame, state, finding);
    expect(panelFindings((await stateOf(panel, await tabIdOf(harness, page)))!)).toEqual(panelFindings(state));
    // The editor's DOM carries nothing of trustlint's.
    expect(await frame.locator('#WACViewPanel [class*="trustlint"], #WACViewPanel trustlint-ui').count()).toBe(0);
    await close(page, panel);
  });

  test('editable layout: Apply from the panel goes through the editing surface, is verified, and Ctrl+Z restores it', async () => {
    const { page, frame, tabId, panel, state } = await openWord(variant().editable);
    const { finding, fix } = firstFix(state);
    await applyFromPanel(panel, finding);
    await expect.poll(async () => (await stateOf(panel, tabId))?.text).toBe(applied(state.text, fix));
    // The editor's own model (read back from its paragraphs) has the fix.
    expect(expectedText(await blocksOf(frame))).toBe(applied(state.text, fix));
    await page.bringToFront();
    await frame.locator('#WACViewPanel_EditingElement').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => expectedText(await blocksOf(frame))).toBe(state.text);
    await expect.poll(async () => (await stateOf(panel, tabId))?.text).toBe(state.text);
    await close(page, panel);
  });

  test('proxy layout: reads and marks, says plainly that fixes are copied, offers Copy, and a write changes nothing', async () => {
    const { page, frame, tabId, panel, state } = await openWord(variant().proxy);
    expect(state.text).toBe(expectedText(variant().document.blocks));
    expect(panelFindings(state)).toEqual(await engineFindings(state.text, state.kind));
    expect(state.canApply).toBe(false);
    await expect
      .poll(() => panel.locator('.limitation').textContent())
      .toBe('Word for the web: fixes are copied, not applied, in this layout.');
    const { finding, fix } = firstFix(state);
    const row = panel.locator(`.row[data-finding-id="${finding.id}"]`);
    expect(await row.getByRole('button', { name: 'Apply', exact: true }).count()).toBe(0);
    expect(await row.getByRole('button', { name: 'Copy' }).count()).toBe(1);
    await expectMarkOnText(frame, state, finding);

    // The card on the mark offers Copy, not Apply; Copy puts the whole flagged wording, corrected, on the clipboard
    // and says which words it replaces.
    const { card } = await hoverMark(page, frame, finding);
    expect(await card.getByRole('button', { name: 'Apply', exact: true }).count()).toBe(0);
    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: join(screenshots, `word-proxy-card-${index}.png`) });
    await card.getByRole('button', { name: 'Copy', exact: true }).click();
    const { original, corrected } = correctedWording(state.text, [finding.start.offset, finding.end.offset], fix);
    await expect.poll(() => frame.locator('trustlint-ui .notice').textContent()).toBe(`Copied. ${pasteOver(original)}`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(corrected);
    expect(corrected).toContain(fix.text);
    expect(corrected.length).toBeGreaterThanOrEqual(fix.text.length);

    // A write asked for anyway is refused, says why, and leaves the document as it was.
    const outcome = await panel.evaluate(([id, request, frameId]) => chrome.tabs.sendMessage(id, request, { frameId }), [
      tabId,
      { type: 'apply', documentKey: state.documentKey, linted: state.text, edits: [{ range: fix.range, text: fix.text }] },
      state.frameId,
    ] as const);
    expect(outcome).toEqual({ ok: false, reason: expect.stringContaining('copy') });
    expect(expectedText(await blocksOf(frame))).toBe(state.text);
    expect((await stateOf(panel, tabId))?.text).toBe(state.text);
    await close(page, panel);
  });

  test('a fix that went stale is refused with a visible message and changes nothing', async () => {
    const { page, frame, tabId, panel, state } = await openWord(variant().editable);
    const { fix } = firstFix(state);
    // The document changes (a collaborator's edit lands in the first paragraph) after the panel's check.
    await frame.evaluate(() => {
      const run = document.querySelector('#WACViewPanel .PageContent [class*="NormalTextRun"]')!;
      run.firstChild!.textContent = `Draft. ${run.firstChild!.textContent}`;
    });
    const changed = `# Draft. ${state.text.slice(2)}`;
    const outcome = await panel.evaluate(([id, request, frameId]) => chrome.tabs.sendMessage(id, request, { frameId }), [
      tabId,
      { type: 'apply', documentKey: state.documentKey, linted: state.text, edits: [{ range: fix.range, text: fix.text }] },
      state.frameId,
    ] as const);
    expect(outcome).toEqual({ ok: false, reason: expect.stringContaining('changed since it was checked') });
    await expect.poll(() => frame.locator('trustlint-ui .notice[role="alert"]').textContent()).toContain('changed since it was checked');
    // Checked again as it is, not as the fix would have made it.
    await expect.poll(async () => (await stateOf(panel, tabId))?.text).toBe(changed);
    await close(page, panel);
  });

  test('the panel follows the document as it is typed in (paragraphs re-rendered), in both layouts', async () => {
    for (const layout of ['editable', 'proxy'] as const) {
      const { page, frame, tabId, panel, state } = await openWord(variant()[layout]);
      const added = ' Officers may ask a driver about immigration status.';
      const target = variant().document.blocks.findIndex((block) => block.kind === 'paragraph' && !block.text.endsWith(':'));
      await page.bringToFront();
      if (layout === 'editable') {
        await frame.locator('#WACViewPanel_EditingElement').focus();
        await frame.evaluate((block) => {
          const paragraph = document.querySelectorAll('#WACViewPanel .PageContent p')[block]!;
          const runs = paragraph.querySelectorAll('[class*="NormalTextRun"]');
          const last = runs[runs.length - 1]!.lastChild!;
          getSelection()!.collapse(last, last.textContent!.length);
        }, target);
      } else {
        await frame.evaluate((block) => {
          const fixture = (window as unknown as { wordFixture: { setCaret(block: number, offset: number): void; blocks(): Block[] } })
            .wordFixture;
          fixture.setCaret(block, fixture.blocks()[block]!.text.length);
          document.getElementById('WACViewPanel_EditingElement')!.focus();
        }, target);
      }
      await page.keyboard.type(added, { delay: 5 });

      const blocks = variant().document.blocks.map((block, index) => (index === target ? { ...block, text: block.text + added } : block));
      await expect.poll(async () => (await stateOf(panel, tabId))?.text, { timeout: 10_000 }).toBe(expectedText(blocks));

      const after = (await stateOf(panel, tabId))!;
      expect(panelFindings(after)).toEqual(await engineFindings(after.text, after.kind));
      expect(after.findings.length).toBeGreaterThan(state.findings.length);
      const fresh = after.findings.find(
        (finding) =>
          after.text.slice(finding.start.offset, finding.end.offset).includes('immigration status') &&
          finding.start.offset > after.text.indexOf(added.trim()),
      )!;
      expect(fresh).toBeDefined();
      await expect.poll(() => panel.locator(`.row[data-finding-id="${fresh.id}"]`).count()).toBe(1);
      await expectMarkOnText(frame, after, fresh);
      await close(page, panel);
    }
  });
});

describe('Word for the web: long documents, hover, privacy', () => {
  test('a long document rendered lazily: paragraphs added as it scrolls are read, checked and marked', async () => {
    const { page, frame, tabId, panel, state } = await openWord(long);
    const all = longDocument().blocks;
    const rendered = await frame.evaluate(() =>
      (window as unknown as { wordFixture: { renderedBlocks(): number } }).wordFixture.renderedBlocks(),
    );
    expect(rendered).toBeLessThan(all.length);
    expect(state.text).toBe(expectedText(all.slice(0, rendered)));
    // Scroll to the end as a reader would; Word adds paragraphs on the way.
    await expect
      .poll(
        async () => {
          await frame.locator('#WACViewPanel').evaluate((element) => (element.scrollTop = element.scrollHeight));
          return frame.evaluate(() => (window as unknown as { wordFixture: { renderedBlocks(): number } }).wordFixture.renderedBlocks());
        },
        { interval: 200, timeout: 10_000 },
      )
      .toBe(all.length);
    await expect.poll(async () => (await stateOf(panel, tabId))?.text, { timeout: 10_000 }).toBe(expectedText(all));
    const after = (await stateOf(panel, tabId))!;
    expect(panelFindings(after)).toEqual(await engineFindings(after.text, after.kind));
    const last = after.findings.findLast((finding) => finding.category !== 'missing-provision')!;
    expect(last.start.offset).toBeGreaterThan(state.text.length);
    await expect.poll(() => panel.locator(`.row[data-finding-id="${last.id}"]`).count()).toBe(1);
    await expectMarkOnText(frame, after, last);
    await close(page, panel);
  });

  test('hovering a mark opens its card at the mark; Show in page reveals a finding and opens its card', async () => {
    const { page, frame, panel, state } = await openWord(variants[0]!.editable);
    // An item of the list under "officers may:", flagged through its lead-in.
    const finding = state.findings.find((each) => state.text.slice(each.start.offset).startsWith('check the passenger'))!;
    await expectMarkOnText(frame, state, finding);
    const { card, mark } = await hoverMark(page, frame, finding);
    expect(await card.getByRole('button', { name: 'Apply', exact: true }).count()).toBe(1);
    const cardBox = (await card.boundingBox())!;
    expect(cardBox.y).toBeGreaterThan(mark.bottom - 1);
    await panel.setViewportSize({ width: 420, height: 760 });
    await sideBySide(page, panel, join(screenshots, 'word.png'));

    const other = state.findings.find((each) => state.text.slice(each.start.offset).startsWith('query federal'))!;
    await panel.locator(`.row[data-finding-id="${other.id}"] .row-main`).click();
    await expect.poll(() => frame.locator(`trustlint-ui .card[data-finding-id="${other.id}"]`).isVisible()).toBe(true);
    expect(await frame.locator('trustlint-ui .overlay-mark.revealed').count()).toBeGreaterThan(0);
    await close(page, panel);
  });

  test('no request left the machine: only the routed Word pages were asked for', async () => {
    const { page, panel } = await openWord(variants[1]!.proxy);
    await close(page, panel);
    // Chromium opens a connection ahead for the hosts it navigates to, before Playwright's routing answers the
    // request itself; the refusing proxy sees only the host name of those. Any request beyond that is a leak.
    const routedHost = /^CONNECT (word\.cloud\.microsoft|contoso\.sharepoint\.com|[\w-]+\.officeapps\.live\.com):443$/;
    expect(leakedRequests(harness).filter((entry) => !routedHost.test(entry))).toEqual([]);
    const hosts = new Set(harness.requests.map((url) => new URL(url).host));
    for (const host of hosts)
      expect(host).toMatch(/^(word\.cloud\.microsoft|contoso\.sharepoint\.com|[\w-]+\.officeapps\.live\.com|[a-p]{32})$/);
    expect(hosts.size).toBeGreaterThan(2);
  });
});
