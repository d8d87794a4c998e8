// The messages exchanged between content scripts, the service worker and extension pages.
import { browser, type Browser } from 'wxt/browser';
import type { DocumentKind, FindingJSON, SourceFormat } from '../../core/index.ts';
import type { PackedFindings } from './packed-findings.ts';
import type { TextChange } from './text-change.ts';

/**
 * A finding as the extension carries it: the core's JSON form without the rule's sources (looked up by rule id),
 * plus a stable id and an ignore fingerprint.
 */
export interface Finding extends Omit<FindingJSON, 'citations'> {
  id: string;
  fingerprint: string;
  categoryLabel: string;
}

/** A finding on the whole document (a missing provision, with a section to insert): it sits on the title. */
export const isDocumentLevel = (finding: Finding): boolean =>
  finding.category === 'missing-provision' || finding.suggestions.some((suggestion) => suggestion.insertion);

/** One replacement in the text that was linted: `text.slice(range[0], range[1])` becomes `text`. */
export interface Edit {
  range: [number, number];
  text: string;
}

/** An editor's text, sent by the page to be checked. */
export interface LintRequest {
  type: 'lint';
  documentKey: string;
  text: string;
  format: SourceFormat;
  title: string;
  url: string;
  editor: string;
  canApply: boolean;
  /** false when the editor cannot show a finding in the page. */
  canReveal?: boolean;
  /** What the editor's mode cannot do, shown in the panel. */
  limitation?: string;
  /** The editor's name on the page (its label), shown in the panel's group for it. */
  label?: string;
  /** true when the user is in this editor (typing in it, or just entered it). */
  focused?: boolean;
  /** The page's number for this text of the editor; a later request may send a change against it. */
  version?: number;
  /** Where the caret is in the text: a long text's first answer is for the part around it. */
  focus?: number;
  /** The text as a change against the editor's text numbered `change.base` (`text` is then empty). */
  change?: TextChange;
}

/** What the panel and popup show for a tab: the document that was linted last in it, with its findings. */
export interface DocumentState extends Omit<LintRequest, 'type' | 'version' | 'change' | 'focus'> {
  tabId: number;
  frameId: number;
  kind: DocumentKind;
  kindChosen: boolean;
  /** How the kind was decided, shown beside it. */
  kindReason: string;
  findings: Finding[];
  ignored: number;
  /** Why the text could not be checked ("too slow", an engine error); then there are no findings. */
  failure?: string;
  /** The host of the tab's top-level page (an editor may sit in a frame from another site). */
  pageHost?: string;
  /** The origin of the editor's frame, as the browser reports it. */
  frameOrigin?: string;
}

/** What the worker accepts: lib/requests.ts checks every field and who sent it. */
export type { ExtensionRequest, PageRequest } from './requests.ts';

/** Findings travel packed as one JSON string (packed-findings.ts). */
type PackedJSON = string;

export type ContentRequest =
  | { type: 'findings'; documentKey: string; text: string; findings: PackedJSON; failure?: string }
  /** A long text's first answer for the editor's text numbered `version`; dropped unless that is still being checked. */
  | { type: 'partial'; documentKey: string; version: number; findings: PackedJSON }
  | { type: 'reveal'; documentKey: string; findingId: string }
  | { type: 'apply'; documentKey: string; linted: string; edits: Edit[] }
  | { type: 'relint' }
  /** Settings changed: ask the worker again whether this site is on, then check. */
  | { type: 'settings-changed' }
  /** Asked of the top frame only: its URL, whose host the site switch follows. */
  | { type: 'top-url' };

export type ApplyOutcome = { ok: true } | { ok: false; reason: string };

/** The worker's answer to a page's check: the findings of the text it sent, packed; or a request for the whole text. */
export type LintReply = { findings: PackedJSON; failure?: string } | { resend: true };

/** A document as it travels to the panel: its findings packed. */
export type PackedDocument = Omit<DocumentState, 'findings'> & { findings: PackedFindings };

/**
 * Pushed to panels over a port named "panel" after they send `{ tabId }`: every checked editor of the tab, the
 * focused one first, and whether the first is the focused one (there may be none).
 */
export type PanelUpdate = { type: 'state'; focused: boolean; documents: PackedDocument[] };

/**
 * Answers one kind of request with a promise; uses sendResponse + `return true`, which every browser supports
 * (Chrome does not yet accept a returned promise everywhere).
 */
export function answerMessages<Request extends { type: string }>(
  handle: (request: Request, sender: Browser.runtime.MessageSender) => Promise<unknown> | undefined,
): void {
  browser.runtime.onMessage.addListener((request: unknown, sender, sendResponse) => {
    if (!request || typeof request !== 'object' || typeof (request as Request).type !== 'string') return false;
    const answer = handle(request as Request, sender);
    if (!answer) return false;
    answer.then(sendResponse, (error: unknown) => sendResponse({ error: error instanceof Error ? error.message : String(error) }));
    return true;
  });
}
