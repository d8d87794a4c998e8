// What the service worker accepts, and from whom. Any page can run script next to trustlint's content script
// and forge its messages' fields, so every field is checked, and a content script speaks only for its own tab
// and frame (the browser's `sender`, never a field of the message). Tab-scoped requests (another tab's state,
// its kind, its ignore list) and the panel's port are answered only for the extension's own pages.
import { SOURCE_FORMATS, type DocumentKind } from '../../core/types.ts';
import { DOCUMENT_KINDS } from '../../rules/document-kind.ts';
import type { LintRequest } from './messages.ts';
import type { TextChange } from './text-change.ts';

/** Where a message came from, as the browser reports it. */
export interface Sender {
  /** The extension's own id when the sender is one of its contexts (pages or content scripts). */
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export type Origin = { from: 'page'; tabId: number; frameId: number } | { from: 'extension' };

/**
 * Extension pages have the extension's URL; content scripts have the page's (they never run in extension pages).
 * A page opened in a tab (the panel in a tab, the review page) has a `sender.tab` too, so the URL decides.
 */
export function originOf(sender: Sender, extensionId: string, extensionOrigin: string): Origin | undefined {
  if (sender.id !== extensionId) return undefined;
  if (sender.url?.startsWith(extensionOrigin)) return { from: 'extension' };
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) return undefined;
  return { from: 'page', tabId, frameId: sender.frameId ?? 0 };
}

/** Requests a content script may send; its tab and frame come from the sender. */
export type PageRequest =
  | LintRequest
  | { type: 'ignore'; documentKey: string; fingerprint: string }
  | { type: 'open-rule'; ruleId: string }
  | { type: 'site-enabled' }
  /** The user entered an editor of this frame that was checked before. */
  | { type: 'focus'; documentKey: string }
  /** An editor of this frame was hidden or removed (a rich-text editor replaced it): the panel drops it. */
  | { type: 'forget'; documentKey: string };

/** Requests the extension's pages (panel, popup) may send about any tab. */
export type ExtensionRequest =
  | { type: 'get-state'; tabId: number }
  | { type: 'set-kind'; tabId: number; kind: DocumentKind | 'auto' }
  | { type: 'ignore'; tabId: number; documentKey: string; fingerprint: string }
  | { type: 'open-rule'; ruleId: string };

/** Longer than any URL, title or label a page needs; the text itself is bounded by the content script. */
const maxFieldChars = 4096;
/** The worker refuses text past this (a content script does not send more than 1,000,000 characters). */
export const maxTextChars = 2_000_000;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isShortString = (value: unknown): value is string => typeof value === 'string' && value.length <= maxFieldChars;
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isTabId = isCount;
const isOptional = (value: unknown, check: (value: unknown) => boolean) => value === undefined || check(value);
const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (values as readonly string[]).includes(value);
const isKindChoice = (value: unknown): value is DocumentKind | 'auto' => value === 'auto' || oneOf(DOCUMENT_KINDS)(value);

/** A change against an earlier text: offsets within it, in order, and inserted text no longer than a whole text. */
function textChange(value: unknown): TextChange | undefined {
  if (!isObject(value)) return undefined;
  const { base, baseLength, start, end, text } = value;
  if (![base, baseLength, start, end].every(isCount) || typeof text !== 'string' || text.length > maxTextChars) return undefined;
  if ((baseLength as number) > maxTextChars || (start as number) > (end as number) || (end as number) > (baseLength as number))
    return undefined;
  return { base: base as number, baseLength: baseLength as number, start: start as number, end: end as number, text };
}

function lintRequest(value: Record<string, unknown>): LintRequest | undefined {
  const { documentKey, text, format, title, url, editor, canApply, canReveal, limitation, label, focused, version, focus } = value;
  const change = value.change === undefined ? undefined : textChange(value.change);
  if ((value.change !== undefined && (!change || text !== '')) || !isOptional(version, isCount)) return undefined;
  if (!isShortString(documentKey) || typeof text !== 'string' || text.length > maxTextChars || !oneOf(SOURCE_FORMATS)(format))
    return undefined;
  if (!isShortString(title) || !isShortString(url) || !isShortString(editor) || typeof canApply !== 'boolean') return undefined;
  const isFlag = (flag: unknown) => typeof flag === 'boolean';
  if (
    !isOptional(canReveal, isFlag) ||
    !isOptional(focused, isFlag) ||
    !isOptional(focus, isCount) ||
    !isOptional(limitation, isShortString) ||
    !isOptional(label, isShortString)
  )
    return undefined;
  return {
    type: 'lint',
    documentKey,
    text,
    format,
    title,
    url,
    editor,
    canApply,
    ...(canReveal === false ? { canReveal } : {}),
    ...(limitation === undefined ? {} : { limitation: limitation as string }),
    ...(label === undefined ? {} : { label: label as string }),
    ...(focused === true ? { focused } : {}),
    ...(version === undefined ? {} : { version: version as number }),
    ...(focus === undefined ? {} : { focus: focus as number }),
    ...(change ? { change } : {}),
  };
}

/** A content script's request, rebuilt from its checked fields; undefined when anything is off. */
export function parsePageRequest(value: unknown): PageRequest | undefined {
  if (!isObject(value)) return undefined;
  switch (value.type) {
    case 'lint':
      return lintRequest(value);
    case 'ignore':
      return isShortString(value.documentKey) && isShortString(value.fingerprint)
        ? { type: 'ignore', documentKey: value.documentKey, fingerprint: value.fingerprint }
        : undefined;
    case 'open-rule':
      return isShortString(value.ruleId) ? { type: 'open-rule', ruleId: value.ruleId } : undefined;
    case 'site-enabled':
      return { type: 'site-enabled' };
    case 'focus':
    case 'forget':
      return isShortString(value.documentKey) ? { type: value.type, documentKey: value.documentKey } : undefined;
    default:
      return undefined;
  }
}

/** An extension page's request, rebuilt from its checked fields. */
export function parseExtensionRequest(value: unknown): ExtensionRequest | undefined {
  if (!isObject(value)) return undefined;
  switch (value.type) {
    case 'get-state':
      return isTabId(value.tabId) ? { type: 'get-state', tabId: value.tabId } : undefined;
    case 'set-kind':
      return isTabId(value.tabId) && isKindChoice(value.kind) ? { type: 'set-kind', tabId: value.tabId, kind: value.kind } : undefined;
    case 'ignore':
      return isTabId(value.tabId) && isShortString(value.documentKey) && isShortString(value.fingerprint)
        ? { type: 'ignore', tabId: value.tabId, documentKey: value.documentKey, fingerprint: value.fingerprint }
        : undefined;
    case 'open-rule':
      return isShortString(value.ruleId) ? { type: 'open-rule', ruleId: value.ruleId } : undefined;
    default:
      return undefined;
  }
}

/** The panel's first message on its port: the tab it shows. */
export function parsePanelHello(value: unknown): number | undefined {
  return isObject(value) && isTabId(value.tabId) ? value.tabId : undefined;
}
