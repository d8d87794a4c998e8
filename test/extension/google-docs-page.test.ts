// @vitest-environment jsdom
// The page-world side of the Google Docs bridge and the annotated-canvas geometry: a fix is typed through Docs only
// when Docs still holds the text it was computed on and takes the paste; otherwise nothing changes.
import { expect, test } from 'vitest';
import { handleCommand, noChangeReason, announceExtension } from '../../extension/adapters/google-docs-page.ts';
import { askPage, extensionIdAttribute } from '../../extension/adapters/google-docs-bridge.ts';
import { startPageBridge } from '../../extension/adapters/google-docs-page.ts';
import { plainText, rangeRects, textRuns } from '../../extension/adapters/google-docs-canvas.ts';
import { staleMessage } from '../../extension/content/apply.ts';

/** A Docs page with an annotated-text object over `text`, and a typing frame whose paste handling is `onPaste`. */
function docsPage(initial: string, onPaste?: (event: ClipboardEvent, docs: { text: string; selection: number[] }) => void) {
  document.body.replaceChildren();
  const docs = { text: initial, selection: [0, 0] };
  const frame = document.createElement('iframe');
  frame.className = 'docs-texteventtarget-iframe';
  document.body.append(frame);
  const typing = frame.contentDocument!;
  typing.body.setAttribute('contenteditable', 'true');
  if (onPaste) typing.addEventListener('paste', (event) => onPaste(event, docs));
  const page = window as Parameters<typeof handleCommand>[0];
  page._docs_annotate_getAnnotatedText = async () => ({
    getText: () => docs.text,
    setSelection: (start: number, end: number) => {
      docs.selection = [start, end];
    },
  });
  return { docs, page };
}

/** Docs' own paste: replaces the selection with the pasted text. jsdom has no DataTransfer, so the test gives one. */
const docsPaste = (event: ClipboardEvent, docs: { text: string; selection: number[] }) => {
  event.preventDefault();
  const [start, end] = docs.selection as [number, number];
  docs.text = docs.text.slice(0, start) + event.clipboardData!.getData('text/plain') + docs.text.slice(end);
};

class TestDataTransfer {
  private readonly data = new Map<string, string>();
  setData(type: string, value: string) {
    this.data.set(type, value);
  }
  getData(type: string) {
    return this.data.get(type) ?? '';
  }
}

class TestClipboardEvent extends Event {
  readonly clipboardData: TestDataTransfer | null;
  constructor(type: string, init: EventInit & { clipboardData?: TestDataTransfer }) {
    super(type, init);
    this.clipboardData = init.clipboardData ?? null;
  }
}

Object.assign(globalThis, { DataTransfer: TestDataTransfer, ClipboardEvent: TestClipboardEvent });

const text = '\u0003Officers may ask about status.\n';

test('a fix is pasted over the selected range and the new text comes back', async () => {
  const { docs, page } = docsPage(text, docsPaste);
  const answer = await handleCommand(page, { op: 'replace', start: 10, end: 13, text: 'shall not', expected: text });
  expect(answer).toEqual({ ok: true, text: '\u0003Officers shall not ask about status.\n' });
  expect(docs.selection).toEqual([10, 13]);
});

test('a paste Docs applies a moment later is waited for before the text is read back', async () => {
  const { page } = docsPage(text, (event, docs) => {
    event.preventDefault();
    setTimeout(() => docsPaste(event, docs), 200);
  });
  const answer = await handleCommand(page, { op: 'replace', start: 10, end: 13, text: 'shall not', expected: text });
  expect(answer).toEqual({ ok: true, text: '\u0003Officers shall not ask about status.\n' });
});

test('a fix computed on older text is refused before anything is selected or typed', async () => {
  const { docs, page } = docsPage(`${text}More.`, docsPaste);
  expect(await handleCommand(page, { op: 'replace', start: 10, end: 13, text: 'shall not', expected: text })).toEqual({
    ok: false,
    reason: staleMessage,
  });
  expect(docs).toEqual({ text: `${text}More.`, selection: [0, 0] });
});

test('a paste Docs does not handle, or no typing frame, changes nothing and says so', async () => {
  const unhandled = docsPage(text, () => undefined);
  expect(await handleCommand(unhandled.page, { op: 'replace', start: 10, end: 13, text: 'shall not', expected: text })).toEqual({
    ok: false,
    reason: noChangeReason,
  });
  expect(unhandled.docs.text).toBe(text);
  const noFrame = docsPage(text, docsPaste);
  document.querySelector('iframe')!.remove();
  expect(await handleCommand(noFrame.page, { op: 'replace', start: 10, end: 13, text: 'shall not', expected: text })).toEqual({
    ok: false,
    reason: noChangeReason,
  });
});

test("without Docs' API the page answers that it is absent", async () => {
  const { page } = docsPage(text);
  delete page._docs_annotate_getAnnotatedText;
  expect(await handleCommand(page, { op: 'read' })).toMatchObject({ ok: false });
});

test("Docs is given this extension's id only once the isolated world has left it, and the bridge answers", async () => {
  const page = window as Window & { _docs_annotate_canvas_by_ext?: string };
  announceExtension(page);
  expect(page._docs_annotate_canvas_by_ext).toBeUndefined();
  document.documentElement.setAttribute(extensionIdAttribute, 'ourownextensionid');
  expect(page._docs_annotate_canvas_by_ext).toBe('ourownextensionid');
  docsPage(text, docsPaste);
  startPageBridge(window);
  expect(await askPage({ op: 'read' }, 500)).toEqual({ ok: true, text });
});

test("annotated text keeps Docs' offsets: each control character becomes one plain character", () => {
  const annotated = '\u0003Title\u000bline\u001csection\u0007\n';
  const plain = plainText(annotated);
  expect(plain).toBe(' Title\nline\nsection \n');
  expect(plain.length).toBe(annotated.length);
});

test('text runs are matched in order; a run whose text is not ahead (a repeated header) is left out', () => {
  document.body.innerHTML = `<div class="kix-canvas-tile-content"><svg>
    <rect aria-label="Officers may ask " data-font-css="15px Georgia"></rect>
    <rect aria-label="General Order 5.12" data-font-css="15px Georgia"></rect>
    <rect aria-label="about status." data-font-css="15px Georgia"></rect></svg></div>`;
  const runs = textRuns(document, ' General Order 5.12\nOfficers may ask about status.\n');
  expect(runs.map((run) => [run.label, run.start])).toEqual([
    ['Officers may ask ', 20],
    ['about status.', 37],
  ]);
  // jsdom lays nothing out: a run with no box gives no rectangle rather than a guessed one.
  expect(rangeRects(runs, 29, 32)).toEqual([]);
});
