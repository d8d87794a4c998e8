// The editors the content script knows. Editor-specific kinds (Word, Google Docs) go before the generic ones.
import type { EditorAdapter } from './types.ts';
import { isTextField, TextFieldAdapter } from './textarea.ts';
import { ContentEditableAdapter, editableRoot } from './contenteditable.ts';
import { GoogleDocsAdapter, insideDocsDocument, isDocsDocumentPage } from './google-docs.ts';
import { wordKind } from './word.ts';
import { ckEditorKind } from './ckeditor.ts';
import { tinyMceKind } from './tinymce.ts';

export interface EditorKind {
  /** The editor element around `target` that this kind handles, if any. */
  match(target: Element): HTMLElement | undefined;
  /** Editors of this kind already in the document, checked without waiting for a focus. */
  discover(root: Document): Iterable<Element>;
  create(element: HTMLElement): EditorAdapter;
  /** When true for a frame, only this kind looks at it: the editor's hidden input surfaces are not drafts. */
  ownsFrame?(frame: Window): boolean;
}

const editorKinds: EditorKind[] = [
  wordKind,
  tinyMceKind,
  ckEditorKind,
  {
    // Google Docs: the whole document page is one editor (its body stays the same element while Docs builds the
    // editor inside it); the frames inside the page, such as the hidden typing frame, are not editors of their own.
    ownsFrame: insideDocsDocument,
    match: (target) => (isDocsDocumentPage(window) ? target.ownerDocument.body : undefined),
    discover: (root) => (isDocsDocumentPage(window) ? [root.body] : []),
    create: (element) => new GoogleDocsAdapter(element, new URL(location.href)),
  },
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

function kindsForThisFrame(): EditorKind[] {
  const owner = editorKinds.find((kind) => kind.ownsFrame?.(window));
  return owner ? [owner] : editorKinds;
}

/** Elements on the page that some kind would take as an editor, in the order of the kinds. */
export function discoverEditors(root: Document): Element[] {
  return kindsForThisFrame()
    .flatMap((kind) => [...kind.discover(root)])
    .filter(isShown);
}

/**
 * A field nobody can see is no draft: rich-text editors (TinyMCE, CKEditor) hide the textarea they replace and keep
 * its markup there; the user writes in the editor, which is checked instead.
 */
export function isShown(element: Element): boolean {
  return element.getClientRects().length > 0 && !element.closest('[aria-hidden="true"]');
}

/** The editor around `target` and the kind that handles it. */
export function findEditor(target: Element): { element: HTMLElement; kind: EditorKind } | undefined {
  for (const kind of kindsForThisFrame()) {
    const element = kind.match(target);
    if (element) return { element, kind };
  }
  return undefined;
}
