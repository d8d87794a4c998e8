// The side panel: the Problems view for one tab (the active one, or `?tabId=N`).
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { DocumentKind } from '../../../core/index.ts';
import type { ApplyOutcome, ContentRequest, DocumentState, Edit, Finding, PanelUpdate } from '../../lib/messages.ts';
import { unpackFindings } from '../../lib/packed-findings.ts';
import { ProblemsView } from '../../components/ProblemsView.tsx';
import { KindSelect } from '../../components/KindSelect.tsx';
import { ExportMenu } from '../../components/ExportMenu.tsx';
import { openReviewPage } from '../../lib/open-review.ts';

function useTabId(): number | undefined {
  const fixed = Number(new URLSearchParams(location.search).get('tabId'));
  const [tabId, setTabId] = useState<number | undefined>(Number.isInteger(fixed) && fixed > 0 ? fixed : undefined);
  useEffect(() => {
    if (Number.isInteger(fixed) && fixed > 0) return;
    const follow = () => void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => setTabId(tab?.id));
    follow();
    browser.tabs.onActivated.addListener(follow);
    return () => browser.tabs.onActivated.removeListener(follow);
  }, [fixed]);
  return tabId;
}

interface TabState {
  /** The editor the user is in (null when none). */
  state: DocumentState | null;
  /** Every checked editor of the tab, the focused one first. */
  documents: DocumentState[];
}

/** The tab's checked editors as the worker pushes them, their findings unpacked. */
function useTabState(tabId: number | undefined): TabState | undefined {
  const [state, setState] = useState<TabState | undefined>(undefined);
  useEffect(() => {
    if (tabId === undefined) return;
    setState(undefined);
    const port = browser.runtime.connect({ name: 'panel' });
    port.onMessage.addListener(({ focused, documents: packed }: PanelUpdate) => {
      const documents = packed.map(({ findings, ...document }) => {
        const unpacked = unpackFindings(findings);
        return unpacked ? { ...document, findings: unpacked } : { ...document, findings: [], failure: 'the answer was malformed' };
      });
      setState({ state: focused ? (documents[0] ?? null) : null, documents });
    });
    port.postMessage({ tabId });
    return () => port.disconnect();
  }, [tabId]);
  return state;
}

/** How a group names its editor: its label, and its frame's site when that is not the page's. */
function editorName(document: DocumentState): string {
  const label = document.label || document.editor;
  if (!document.frameOrigin || document.pageHost === undefined || !URL.canParse(document.frameOrigin)) return label;
  const frame = new URL(document.frameOrigin);
  return frame.hostname === document.pageHost ? label : `${label} (in a frame from ${frame.host})`;
}

interface Status {
  text: string;
  ok: boolean;
}

export function PanelApp() {
  const tabId = useTabId();
  const tab = useTabState(tabId);
  const document = tab?.state;
  const [status, setStatus] = useState<Status | undefined>();

  const toContent = async (editor: DocumentState, request: ContentRequest) => {
    if (tabId === undefined) return undefined;
    return browser.tabs.sendMessage(tabId, request, { frameId: editor.frameId });
  };
  const apply = async (editor: DocumentState, edits: Edit[]) => {
    const outcome = (await toContent(editor, { type: 'apply', documentKey: editor.documentKey, linted: editor.text, edits })) as
      | ApplyOutcome
      | undefined;
    if (!outcome) setStatus({ text: 'The page did not answer; reload it and try again.', ok: false });
    else
      setStatus(
        outcome.ok
          ? { text: edits.length === 1 ? 'Fix applied.' : `${edits.length} fixes applied.`, ok: true }
          : { text: outcome.reason, ok: false },
      );
  };
  const reveal = (editor: DocumentState, finding: Finding) =>
    void toContent(editor, { type: 'reveal', documentKey: editor.documentKey, findingId: finding.id });
  const ignore = (editor: DocumentState, finding: Finding) =>
    void browser.runtime.sendMessage({ type: 'ignore', tabId, documentKey: editor.documentKey, fingerprint: finding.fingerprint });
  const copy = (editor: DocumentState, text: string, where: string) =>
    void navigator.clipboard.writeText(text).then(
      () => setStatus({ text: editor.canApply === false ? `Copied to the clipboard. ${where}` : 'Copied to the clipboard.', ok: true }),
      () => setStatus({ text: 'The clipboard is not available here; select the text and copy it.', ok: false }),
    );
  const setKind = (kind: DocumentKind | 'auto') => void browser.runtime.sendMessage({ type: 'set-kind', tabId, kind });
  const several = (tab?.documents.length ?? 0) > 1;

  return (
    <div className="panel">
      <header className="panel-head">
        <div className="title-row">
          <h1>Problems</h1>
          {document ? (
            <span className="doc-title" title={document.url}>
              {document.title || document.url}
            </span>
          ) : null}
          <button type="button" className="link-button" style={{ marginLeft: 'auto' }} onClick={() => void openReviewPage()}>
            Review a file
          </button>
        </div>
        {document && document.failure === undefined ? (
          <div className="doc-row">
            <KindSelect kind={document.kind} chosen={document.kindChosen} reason={document.kindReason} onChoose={setKind} />
            <ExportMenu document={document} />
          </div>
        ) : null}
      </header>
      {status ? (
        <div className={`status ${status.ok ? 'ok' : 'error'}`} role={status.ok ? 'status' : 'alert'}>
          <span>{status.text}</span>
          <button type="button" className="icon-button" aria-label="Dismiss message" onClick={() => setStatus(undefined)}>
            ×
          </button>
        </div>
      ) : null}
      {tab === undefined ? <p className="empty">Waiting for the page…</p> : null}
      {tab?.documents.length === 0 ? (
        <p className="empty">
          Click into a text field or editor on the page to check it. trustlint checks drafts as you type; nothing leaves your browser.
        </p>
      ) : null}
      {tab?.documents.map((editor) => {
        const body = (
          <>
            {editor.failure === undefined ? null : (
              <p className="note check-failure" role="alert">
                This text could not be checked: {editor.failure}.
              </p>
            )}
            {editor.limitation ? <p className="note limitation">{editor.limitation}</p> : null}
            {editor.ignored > 0 ? <p className="note">{editor.ignored} ignored in this document.</p> : null}
            <ProblemsView
              text={editor.text}
              findings={editor.findings}
              canApply={editor.canApply}
              canReveal={editor.canReveal !== false}
              onReveal={(finding) => reveal(editor, finding)}
              onApply={(edits) => apply(editor, edits)}
              onIgnore={(finding) => ignore(editor, finding)}
              onCopy={(text, where) => copy(editor, text, where)}
            />
          </>
        );
        const key = `${editor.frameId}|${editor.documentKey}`;
        // One editor: its findings as before. Several: a group per editor, like files in VS Code's Problems view.
        return several ? (
          <details key={key} className="editor-group" open data-document-key={editor.documentKey}>
            <summary>
              <span className="group-name">{editorName(editor)}</span>
              {editor === document ? <span className="group-focused">editing</span> : null}
              <span className="group-count">
                {editor.failure === undefined
                  ? `${editor.findings.length} ${editor.findings.length === 1 ? 'problem' : 'problems'}`
                  : 'not checked'}
              </span>
            </summary>
            {body}
          </details>
        ) : (
          <div key={key}>{body}</div>
        );
      })}
    </div>
  );
}
