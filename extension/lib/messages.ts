// The messages exchanged between content scripts, the service worker and extension pages.
import { browser, type Browser } from 'wxt/browser';
import type { DocumentKind, FindingJSON, SourceFormat } from '../../core/index.ts';

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
}

/** What the panel and popup show for a tab: the document that was linted last in it, with its findings. */
export interface DocumentState extends Omit<LintRequest, 'type'> {
  tabId: number;
  frameId: number;
  kind: DocumentKind;
  kindChosen: boolean;
  /** How the kind was decided, shown beside it. */
  kindReason: string;
  findings: Finding[];
  ignored: number;
}

export type BackgroundRequest =
  | LintRequest
  | { type: 'ignore'; tabId?: number; documentKey: string; fingerprint: string }
  | { type: 'set-kind'; tabId: number; kind: DocumentKind | 'auto' }
  | { type: 'get-state'; tabId: number }
  | { type: 'open-rule'; ruleId: string };

export type ContentRequest =
  | { type: 'findings'; documentKey: string; text: string; findings: Finding[] }
  | { type: 'reveal'; documentKey: string; findingId: string }
  | { type: 'apply'; documentKey: string; linted: string; edits: Edit[] }
  | { type: 'relint' };

export type ApplyOutcome = { ok: true } | { ok: false; reason: string };

/** Pushed to panels over a port named "panel" after they send `{ tabId }`. */
export type PanelUpdate = { type: 'state'; state: DocumentState | null };

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
