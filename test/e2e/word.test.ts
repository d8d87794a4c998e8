// End-to-end: Word for the web fixtures at the real hosts (outer page on word.cloud.microsoft or SharePoint, editing
// frame on *.officeapps.live.com), in both layouts, with the built extension in Chromium.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { buildExtension, leakedRequests, openPanel, startHarness, tabIdOf, type Harness } from './harness.ts';
import { WordFixtures, type WordFixture } from './fixtures/word/pages.ts';
import { expectedText, longDocument, mainDocument, variantDocument, type Block, type WordDocument } from './fixtures/word/model.ts';
import type { DocumentState, Finding } from '../../extension/lib/messages.ts';
import { lint, type Suggestion } from '../../core/index.ts';

const screenshots = join(import.meta.dirname, '../../.output/screenshots');
let harness: Harness;
const fixtures = new WordFixtures();

interface Variant {
  name: string;
  document: WordDocument;
  editable: WordFixture;
  proxy: WordFixture;
}
let variants: Variant[] = [];
let long: WordFixture;

beforeAll(async () => {
  harness = await startHarness(buildExtension(), {});
  await fixtures.install(harness.context);
  variants = [
    {
      name: 'main fixture',
      document: mainDocument,
      editable: fixtures.add('policy-editable', 'cloud', { document: mainDocument, style: 'main', layout: 'editable' }),
      proxy: fixtures.add('policy-proxy', 'sharepoint', { document: mainDocument, style: 'main', layout: 'proxy' }),
    },
    {
      name: 'independent variant',
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

async function stateOf(panel: Page, tabId: number): Promise<DocumentState | null> {
  return panel.evaluate((id) => chrome.runtime.sendMessage({ type: 'get-state', tabId: id }), tabId);
}

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
  const panel = await openPanel(harness, tabId);
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
const panelFindings = (state: DocumentState) => state.findings.map((finding) => `${finding.ruleId}@${finding.start.offset}-${finding.end.offset}`);

function firstFix(state: DocumentState): { finding: Finding; fix: Suggestion } {
  for (const finding of state.findings) {
    const fix = finding.suggestions.find((suggestion) => !suggestion.insertion);
    if (fix) return { finding, fix };
  }
  throw new Error('the draft has no fixable finding');
}
const applied = (text: string, fix: Suggestion) => text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);

/** The box of `snippet` in the frame, found by the fixture's own reading of the paragraphs (not the adapter's). */
function textBox(frame: Frame, snippet: string) {
  return frame.evaluate((wanted) => {
    for (const paragraph of document.querySelectorAll('#WACViewPanel p')) {
      if (paragraph.closest('[class*="InactiveBoxRendering"]')) continue;
      const nodes: Array<{ node: Text; start: number }> = [];
      let text = '';
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT, {
        acceptNode: (node) => (node.parentElement?.closest('[class*="EOP"], [class*="TabRun"], [class*="ListMarker"]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
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
    const boxes = [...document.querySelector('trustlint-ui')!.shadowRoot!.querySelectorAll<HTMLElement>(`.overlay-mark[data-id="${CSS.escape(findingId)}"]`)].map((node) =>
      node.getBoundingClientRect(),
    );
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
      const off = Math.max(Math.abs(mark.left - text.left), Math.abs(mark.top - text.top), Math.abs(mark.right - text.right), Math.abs(mark.bottom - text.bottom));
      return off <= 2 ? 'aligned' : `off by ${off}px`;
    })
    .toBe('aligned');
}

/** A finding in a body paragraph whose text is on screen. */
function findingInText(state: DocumentState): Finding {
  return state.findings.find((finding) => finding.category !== 'missing-provision' && finding.end.offset > finding.start.offset)!;
}

const blocksOf = (frame: Frame) => frame.evaluate(() => (window as unknown as { wordFixture: { blocks(): Block[] } }).wordFixture.blocks());

describe.each([0, 1])('Word for the web (%i)', (index) => {
  const variant = () => variants[index]!;

  test('reads the body as the engine would read the same text; marks sit on the text and follow scrolling and re-rendering', async () => {
    const { page, frame, panel, state } = await openWord(variant().editable);
    expect(state.editor).toBe('word');
    expect(state.text).toBe(expectedText(variant().document.blocks));
    expect(panelFindings(state)).toEqual(await engineFindings(state.text, state.kind));
    expect((await panel.locator('.row[data-finding-id]').count()) + (await panel.locator('.missing-row').count())).toBe(state.findings.length);

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
    expect(panelFindings((await stateOf(panel, (await tabIdOf(harness, page))))!)).toEqual(panelFindings(state));
    // The editor's DOM carries nothing of trustlint's.
    expect(await frame.locator('#WACViewPanel [class*="trustlint"], #WACViewPanel trustlint-ui').count()).toBe(0);
    await close(page, panel);
  });
});
