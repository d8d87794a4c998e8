// The editors the content script knows. Editor-specific kinds (Word, Google Docs) go before the generic ones.
import type { EditorAdapter } from './types.ts';
import { isTextField, TextFieldAdapter } from './textarea.ts';
import { ContentEditableAdapter, editableRoot } from './contenteditable.ts';

export interface EditorKind {
  /** The editor element around `target` that this kind handles, if any. */
  match(target: Element): HTMLElement | undefined;
  /** Editors of this kind already in the document, checked without waiting for a focus. */
  discover(root: Document): Iterable<Element>;
  create(element: HTMLElement): EditorAdapter;
}

const editorKinds: EditorKind[] = [
  {
    match: (target) => (isTextField(target) ? target : undefined),
    discover: (root) => root.querySelectorAll('textarea'),
    create: (element) => new TextFieldAdapter(element as HTMLTextAreaElement | HTMLInputElement),
  },
  {
    match: editableRoot,
    discover: (root) => root.querySelectorAll('[contenteditable]:not([contenteditable="false"])'),
    create: (element) => new ContentEditableAdapter(element),
  },
];

/** Elements on the page that some kind would take as an editor, in the order of the kinds. */
export function discoverEditors(root: Document): Element[] {
  return editorKinds.flatMap((kind) => [...kind.discover(root)]);
}

/** The editor around `target` and the kind that handles it. */
export function findEditor(target: Element): { element: HTMLElement; kind: EditorKind } | undefined {
  for (const kind of editorKinds) {
    const element = kind.match(target);
    if (element) return { element, kind };
  }
  return undefined;
}
