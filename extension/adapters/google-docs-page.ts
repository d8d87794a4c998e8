// Runs in the Google Docs page's own world. Docs offers extensions on its allow list an "annotated text" object
// once the page names the extension in `_docs_annotate_canvas_by_ext`; this side asks Docs for the text, moves
// Docs' selection and types through Docs' own input frame, and answers the content script over the bridge.
import { answerCommands, extensionIdAttribute, type BridgeAnswer, type BridgeCommand } from './google-docs-bridge.ts';
import { staleMessage } from '../content/apply.ts';

/** The part of Docs' annotated-text object trustlint uses. */
interface AnnotatedText {
  getText(): string;
  setSelection(start: number, end: number): void;
}

interface DocsWindow {
  _docs_annotate_canvas_by_ext?: string;
  _docs_annotate_getAnnotatedText?: () => Promise<AnnotatedText | null | undefined>;
}

const settleStepMs = 50;
const settleLimitMs = 1000;

export const noChangeReason = 'Google Docs did not take the change, so nothing was changed; copy the suggestion instead.';

/**
 * Names this extension to Docs. The id comes from the isolated world (only it can ask the browser for it) through an
 * attribute; reading it when Docs asks, not now, avoids depending on which of the two scripts starts first.
 */
export function announceExtension(page: Window & DocsWindow): void {
  Object.defineProperty(page, '_docs_annotate_canvas_by_ext', {
    configurable: true,
    enumerable: true,
    get: () => page.document.documentElement.getAttribute(extensionIdAttribute) ?? undefined,
  });
}

async function annotatedText(page: DocsWindow): Promise<AnnotatedText | undefined> {
  const factory = page._docs_annotate_getAnnotatedText;
  if (typeof factory !== 'function') return undefined;
  const annotated = await factory();
  return annotated && typeof annotated.getText === 'function' && typeof annotated.setSelection === 'function' ? annotated : undefined;
}

/** The element in Docs' hidden input frame that receives typing and pasting. */
function inputTarget(document: Document): HTMLElement | undefined {
  const frame = document.querySelector<HTMLIFrameElement>('iframe.docs-texteventtarget-iframe');
  const inner = frame?.contentDocument;
  if (!inner) return undefined;
  const active = inner.activeElement;
  if (active instanceof inner.defaultView!.HTMLElement && active.isContentEditable) return active;
  return inner.querySelector<HTMLElement>('[contenteditable="true"], [contenteditable=""]') ?? undefined;
}

/** Docs may apply a paste a moment later: waits (briefly) for its text to move on from `before`. */
async function textAfterEdit(page: DocsWindow, before: string): Promise<string> {
  let text = before;
  for (let waited = 0; text === before && waited < settleLimitMs; waited += settleStepMs) {
    await new Promise((resolve) => setTimeout(resolve, settleStepMs));
    text = (await annotatedText(page))?.getText() ?? before;
  }
  return text;
}

export function handleCommand(page: Window & DocsWindow, command: BridgeCommand): Promise<BridgeAnswer> {
  return (async (): Promise<BridgeAnswer> => {
    const annotated = await annotatedText(page);
    if (!annotated) return { ok: false, reason: 'Google Docs does not offer its text to trustlint on this page.' };
    switch (command.op) {
      case 'read':
        return { ok: true, text: annotated.getText() };
      case 'select':
        annotated.setSelection(command.start, command.end);
        return { ok: true, text: annotated.getText() };
      case 'replace': {
        if (annotated.getText() !== command.expected) {
          return { ok: false, reason: staleMessage };
        }
        // Docs turns a paste into one edit of its own model (and one undo step); an empty paste deletes nothing.
        if (command.text === '')
          return { ok: false, reason: 'Removing text cannot be done from trustlint in Google Docs; select the words and delete them.' };
        const target = inputTarget(page.document);
        if (!target) return { ok: false, reason: noChangeReason };
        annotated.setSelection(command.start, command.end);
        target.focus();
        const data = new DataTransfer();
        data.setData('text/plain', command.text);
        const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
        // Docs cancels the paste it handles; an event nobody handled changed nothing.
        if (target.dispatchEvent(paste)) return { ok: false, reason: noChangeReason };
        return { ok: true, text: await textAfterEdit(page, command.expected) };
      }
    }
  })();
}

/** Starts the page-world side: names the extension to Docs and answers the content script. */
export function startPageBridge(page: Window & DocsWindow): void {
  announceExtension(page);
  answerCommands((command) => handleCommand(page, command));
}
