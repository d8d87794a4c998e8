// CKEditor 5: a contenteditable whose model owns the text. It reverts edits made to its DOM, and the browser's
// editing command reaches it before its selection has caught up; it takes a `beforeinput` event carrying the range to
// replace, as a spelling correction does, and applies that to its model (undo step, change event, autosave).
import { ContentEditableAdapter, editableRoot } from './contenteditable.ts';
import type { EditorKind } from './index.ts';

/** The editable root of a CKEditor 5 editor around `target`, if it is one. */
function ckEditable(target: Element): HTMLElement | undefined {
  const root = editableRoot(target);
  return root?.classList.contains('ck-editor__editable') ? root : undefined;
}

export class CkEditorAdapter extends ContentEditableAdapter {
  override readonly name = 'CKEditor 5';

  protected override typeOver(range: Range, text: string): void {
    const event = new InputEvent('beforeinput', {
      inputType: 'insertReplacementText',
      data: text,
      targetRanges: [new StaticRange(range)],
      bubbles: true,
      cancelable: true,
    });
    // The editor cancels the event once its model has taken the change; an event nobody handled changed nothing.
    if (this.element.dispatchEvent(event)) throw new Error('The editor did not accept the change.');
  }
}

export const ckEditorKind: EditorKind = {
  match: ckEditable,
  discover: (root) => root.querySelectorAll('.ck-editor__editable[contenteditable="true"]'),
  create: (element) => new CkEditorAdapter(element),
};
