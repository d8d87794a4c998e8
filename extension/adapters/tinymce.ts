// TinyMCE in classic mode edits in an about:srcdoc frame of its own: the frame's body is the draft. TinyMCE fills it
// and makes it editable after the frame has loaded, so the body is taken as the editor from the start and checked as
// soon as content arrives. The textarea TinyMCE replaced is hidden and not checked (see discoverEditors).
import { ContentEditableAdapter } from './contenteditable.ts';
import type { EditorKind } from './index.ts';

/** The body of TinyMCE's editing frame, when `document` is one. */
function tinyMceBody(document: Document): HTMLElement | undefined {
  const body = document.body;
  return window !== window.top && body?.id === 'tinymce' && body.classList.contains('mce-content-body') ? body : undefined;
}

/**
 * The browser's editing command changes TinyMCE's DOM but not its undo history: TinyMCE records typing from key events
 * and everything else from its own commands. A plain-text paste goes through TinyMCE's own insertion command, so the
 * fix joins its undo stack and marks the draft as changed (what platforms' autosave follows).
 */
export class TinyMceAdapter extends ContentEditableAdapter {
  override readonly name = 'TinyMCE';

  protected override typeOver(_range: Range, text: string): void {
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', text);
    // TinyMCE does not always cancel the event it handled; the text is read back afterwards to verify the change.
    this.element.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  }
}

export const tinyMceKind: EditorKind = {
  ownsFrame: (frame) => tinyMceBody(frame.document) !== undefined,
  match: (target) => tinyMceBody(target.ownerDocument),
  discover: (root) => {
    const body = tinyMceBody(root);
    return body ? [body] : [];
  },
  create: (element) => new TinyMceAdapter(element),
};
