// The side panel: the Problems view for one tab (the active one, or `?tabId=N`).
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { DocumentKind } from '../../../core/index.ts';
import type { ApplyOutcome, ContentRequest, DocumentState, Edit, Finding, PanelUpdate } from '../../lib/messages.ts';
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

function useDocument(tabId: number | undefined): DocumentState | null | undefined {
  const [state, setState] = useState<DocumentState | null | undefined>(undefined);
  useEffect(() => {
    if (tabId === undefined) return;
    setState(undefined);
    const port = browser.runtime.connect({ name: 'panel' });
    port.onMessage.addListener((update: PanelUpdate) => setState(update.state));
    port.postMessage({ tabId });
    return () => port.disconnect();
  }, [tabId]);
  return state;
}

interface Status {
  text: string;
  ok: boolean;
}

export function PanelApp() {
  const tabId = useTabId();
  const document = useDocument(tabId);
  const [status, setStatus] = useState<Status | undefined>();

  const toContent = async (request: ContentRequest) => {
    if (!document || tabId === undefined) return undefined;
    return browser.tabs.sendMessage(tabId, request, { frameId: document.frameId });
  };
  const apply = async (edits: Edit[]) => {
    if (!document) return;
    const outcome = (await toContent({ type: 'apply', documentKey: document.documentKey, linted: document.text, edits })) as
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
  const reveal = (finding: Finding) => void toContent({ type: 'reveal', documentKey: document!.documentKey, findingId: finding.id });
  const ignore = (finding: Finding) =>
    void browser.runtime.sendMessage({ type: 'ignore', tabId, documentKey: document!.documentKey, fingerprint: finding.fingerprint });
  const copy = (text: string, where: string) =>
    void navigator.clipboard.writeText(text).then(
      () => setStatus({ text: document?.canApply === false ? `Copied to the clipboard. ${where}` : 'Copied to the clipboard.', ok: true }),
      () => setStatus({ text: 'The clipboard is not available here; select the text and copy it.', ok: false }),
    );
  const setKind = (kind: DocumentKind | 'auto') => void browser.runtime.sendMessage({ type: 'set-kind', tabId, kind });

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
        {document ? (
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
      {document === undefined ? <p className="empty">Waiting for the page…</p> : null}
      {document === null ? (
        <p className="empty">
          Click into a text field or editor on the page to check it. trustlint checks drafts as you type; nothing leaves your browser.
        </p>
      ) : null}
      {document ? (
        <>
          {document.limitation ? <p className="note limitation">{document.limitation}</p> : null}
          {document.ignored > 0 ? <p className="note">{document.ignored} ignored in this document.</p> : null}
          <ProblemsView
            text={document.text}
            findings={document.findings}
            canApply={document.canApply}
            canReveal={document.canReveal !== false}
            onReveal={reveal}
            onApply={apply}
            onIgnore={ignore}
            onCopy={copy}
          />
        </>
      ) : null}
    </div>
  );
}
