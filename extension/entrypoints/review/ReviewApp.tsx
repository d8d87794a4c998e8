// The review page (the document assistant): a draft file or pasted text in an editor pane with the same marks
// and cards as on web pages, the Problems list beside it, and the redline of every change since it was opened.
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import type { DocumentKind, SourceFormat } from '../../../core/index.ts';
import type { ApplyOutcome, DocumentState, Edit, Finding } from '../../lib/messages.ts';
import { PageEditors } from '../../content/page.ts';
import { maxCheckedChars } from '../../lib/limits.ts';
import { closeCard } from '../../content/card.ts';
import { ReviewChecker, reviewLane } from '../../lib/review-checker.ts';
import { WorkerState } from '../../lib/worker-state.ts';
import { EnginePool, engineWorkerUrl } from '../../lib/engine-pool.ts';
import { checkFileName, fixedFileName, readDraft, ReviewFileError, type ReviewDraft } from '../../lib/review-file.ts';
import { ProblemsView } from '../../components/ProblemsView.tsx';
import { KindSelect } from '../../components/KindSelect.tsx';
import { ExportMenu, download } from '../../components/ExportMenu.tsx';
import { RedlineView, changeHunks } from '../../components/RedlineView.tsx';
import { useSettings } from '../../components/useSettings.ts';

interface Status {
  text: string;
  ok: boolean;
}

const formatLabels: Record<SourceFormat, string> = { markdown: 'Markdown', text: 'Plain text', html: 'HTML source', docx: 'Word document' };

const mediaTypes: Record<SourceFormat, string> = { markdown: 'text/markdown', text: 'text/plain', html: 'text/html', docx: 'text/plain' };

/** What the reviewer should know about a format: what is shown, and what the download gives. */
const formatNotes: Partial<Record<SourceFormat, string>> = {
  html: 'HTML is shown as source: trustlint checks the text inside the markup, fixes change only that text, and “Download fixed draft” saves the fixed .html file.',
  docx: 'Shown is the text extracted from the .docx. Fixes change this text only: the .docx itself is not rewritten. “Download fixed draft” saves the fixed text as a .txt file; “Download reviewed .docx” gives the .docx as opened, with every suggestion as a tracked change and every finding as a comment. Once edited, the text is checked as plain text (Word’s heading and list styles no longer count).',
};

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function ReviewApp() {
  const [settings] = useSettings();
  const editorRef = useRef<HTMLTextAreaElement>(null);
  const editorsRef = useRef<PageEditors | undefined>(undefined);
  /**
   * Settings, kinds and ignore lists, as the service worker keeps them for web pages; the engine runs in a worker
   * (started as the page opens), so a long draft never holds the page.
   */
  const [{ engine, state }] = useState(() => {
    const engine = new EnginePool(engineWorkerUrl());
    engine.start(reviewLane);
    return { engine, state: new WorkerState(engine) };
  });
  const checkerRef = useRef<ReviewChecker | undefined>(undefined);
  /** The editor session's key, which the apply and reveal requests name. */
  const sessionKeyRef = useRef('');
  const [draft, setDraft] = useState<ReviewDraft>();
  const [document, setDocument] = useState<DocumentState>();
  /** The list shows part of the draft's findings (the first blocks of a long draft); the rest are on their way. */
  const [partial, setPartial] = useState(false);
  const [saved, setSaved] = useState('');
  const [kindChoice, setKindChoice] = useState<DocumentKind | 'auto'>('auto');
  const [status, setStatus] = useState<Status>();
  const [pending, setPending] = useState<ReviewDraft>();
  const [dragging, setDragging] = useState(false);

  // Both read only refs: stable across renders, so the effects below start the editors once, not on every render.
  const relint = useCallback(() => void editorsRef.current?.handle({ type: 'relint' }), []);
  const ignore = useCallback(
    async (fingerprint: string) => {
      await checkerRef.current?.ignore(fingerprint);
      relint();
    },
    [relint],
  );

  useEffect(() => {
    const editor = editorRef.current!;
    const editors = new PageEditors({
      only: editor,
      tooLong: { maxChars: maxCheckedChars, advice: 'Check it with the trustlint command line instead.' },
      ignore: (_documentKey, fingerprint) => ignore(fingerprint),
      lint: async (request, onPartial) => {
        sessionKeyRef.current = request.documentKey;
        const checker = checkerRef.current;
        if (!checker) return undefined;
        try {
          // The list is drawn first, the marks in the editor in the next task: on a long draft, laying out the
          // editor's marks took longer than the list (profiled), and the rows are what the reviewer waits for.
          const state = await checker.check(request.text, (soFar) => {
            if (checkerRef.current !== checker) return;
            flushSync(() => {
              setDocument(soFar);
              setPartial(true);
            });
            setTimeout(() => onPartial?.({ findings: soFar.findings }));
          });
          // A draft opened meanwhile replaced this checker: its findings describe text that is gone.
          if (checkerRef.current !== checker) return undefined;
          flushSync(() => {
            setDocument(state);
            setPartial(false);
          });
          await new Promise((resolve) => setTimeout(resolve));
          if (state.failure !== undefined) setStatus({ text: `The draft could not be checked: ${state.failure}`, ok: false });
          else if (request.limitation) setStatus({ text: request.limitation, ok: false });
          return { findings: state.findings, ...(state.failure === undefined ? {} : { failure: state.failure }) };
        } catch (error) {
          if (checkerRef.current === checker) setPartial(false);
          setStatus({ text: `The draft could not be checked: ${errorText(error)}`, ok: false });
          return undefined;
        }
      },
    });
    editors.start();
    editorsRef.current = editors;
    return () => editors.stop();
  }, [ignore]);

  useEffect(() => {
    if (!settings) return;
    state.settingsChanged(settings);
    relint();
  }, [settings, state.settingsChanged, relint]);

  const unsaved = () => draft !== undefined && editorRef.current!.value !== saved;

  useEffect(() => {
    window.document.title = draft ? `${draft.name} · trustlint Review` : 'trustlint Review';
  }, [draft]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (unsaved()) event.preventDefault();
    };
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  });

  /** Makes `next` the open draft; typed or pasted text is already in the editor. */
  const adopt = (next: ReviewDraft) => {
    closeCard();
    checkerRef.current?.close();
    checkerRef.current = new ReviewChecker(next, state, engine);
    setDraft(next);
    setSaved(next.original);
    setKindChoice('auto');
    setDocument(undefined);
    setPartial(false);
  };

  /** Opens a draft read from a file: its text replaces the editor's. */
  const open = (next: ReviewDraft) => {
    adopt(next);
    const editor = editorRef.current!;
    editor.value = next.original;
    editor.scrollTop = 0;
    editor.setSelectionRange(0, 0);
    relint();
    setStatus({ text: `Opened ${next.name}.`, ok: true });
  };

  const openFile = async (file: File) => {
    try {
      checkFileName(file.name, file.size);
      const next = await readDraft(file.name, new Uint8Array(await file.arrayBuffer()));
      if (unsaved()) {
        closeCard();
        setPending(next);
      } else open(next);
    } catch (error) {
      setStatus({
        text: error instanceof ReviewFileError ? error.message : `${file.name} could not be read (${errorText(error)})`,
        ok: false,
      });
    }
  };

  const openFiles = (files: FileList | null) => {
    if (!files || files.length === 0) return;
    if (files.length > 1) setStatus({ text: `Open one draft at a time (${files.length} files were given).`, ok: false });
    else void openFile(files[0]!);
  };

  /** Typing or pasting into the empty editor starts a draft: pasted text is its original, typed text has none. */
  const startDraft = (event: FormEvent<HTMLTextAreaElement>) => {
    if (checkerRef.current) return;
    const pasted = (event.nativeEvent as InputEvent).inputType === 'insertFromPaste';
    adopt({ name: pasted ? 'pasted-draft.txt' : 'untitled-draft.txt', format: 'text', original: pasted ? event.currentTarget.value : '' });
  };

  const apply = async (edits: Edit[]) => {
    if (!document) return;
    const request = { type: 'apply', documentKey: sessionKeyRef.current, linted: document.text, edits } as const;
    const outcome = (await editorsRef.current?.handle(request)) as ApplyOutcome | undefined;
    if (!outcome) setStatus({ text: 'The editor is not ready; try again in a moment.', ok: false });
    else
      setStatus(
        outcome.ok
          ? {
              text:
                edits.length === 1
                  ? 'Fix applied. Ctrl+Z in the draft undoes it.'
                  : `${edits.length} fixes applied. Ctrl+Z in the draft undoes them.`,
              ok: true,
            }
          : { text: outcome.reason, ok: false },
      );
  };
  const reveal = (finding: Finding) =>
    void editorsRef.current?.handle({ type: 'reveal', documentKey: sessionKeyRef.current, findingId: finding.id });
  const copy = (text: string) =>
    void navigator.clipboard.writeText(text).then(
      () => setStatus({ text: 'Copied to the clipboard.', ok: true }),
      () => setStatus({ text: 'The clipboard is not available here; select the text and copy it.', ok: false }),
    );
  const chooseKind = (kind: DocumentKind | 'auto') => {
    setKindChoice(kind);
    checkerRef.current?.chooseKind(kind);
    relint();
  };
  const downloadFixed = () => {
    if (!draft) return;
    const text = editorRef.current!.value;
    const name = fixedFileName(draft);
    download(name, text, `${mediaTypes[draft.format]};charset=utf-8`);
    setSaved(text);
    setStatus({ text: `Saved the fixed draft as ${name}.`, ok: true });
  };

  const downloadReviewed = async () => {
    const checker = checkerRef.current;
    if (!draft || !checker) return;
    const name = `${draft.name.replace(/\.[^.]*$/, '') || 'draft'}.reviewed.docx`;
    try {
      const bytes = await checker.reviewedDocx(editorRef.current!.value);
      download(name, new Uint8Array(bytes), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      setStatus({ text: `Saved ${name}: suggestions as tracked changes, findings as comments.`, ok: true });
    } catch (error) {
      setStatus({ text: `The reviewed .docx could not be made: ${errorText(error)}`, ok: false });
    }
  };

  // The redline diffs the whole draft (tens of milliseconds on a long one): it follows after the list, which an
  // Apply updates first.
  const redlined = useDeferredValue(document?.text);
  const hunks = useMemo(
    () => (draft && redlined !== undefined && draft.original !== '' ? changeHunks(draft.original, redlined) : []),
    [draft, redlined],
  );

  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    setDragging(true);
  };
  const onDrop = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    setDragging(false);
    openFiles(event.dataTransfer.files);
  };

  const note = draft && formatNotes[draft.format];
  return (
    <div
      className="review"
      onDragOver={onDragOver}
      onDragLeave={(event) => event.relatedTarget === null && setDragging(false)}
      onDrop={onDrop}
    >
      <header className="review-head">
        <div className="brand">
          <strong>trustlint</strong>
          <span>Review</span>
        </div>
        <label className="button open-file">
          Open file…
          <input
            type="file"
            accept=".md,.markdown,.txt,.text,.html,.htm,.docx"
            aria-label="Open a draft file"
            onChange={(event) => {
              openFiles(event.target.files);
              event.target.value = '';
            }}
          />
        </label>
        {draft ? (
          <span className="file-name" title={draft.name}>
            {draft.name}
            <span className="format-badge">{formatLabels[draft.format]}</span>
          </span>
        ) : (
          <span className="file-name muted">No draft open</span>
        )}
        <span className="spacer" />
        {document ? (
          <>
            <KindSelect
              className="kind"
              kind={kindChoice === 'auto' ? document.kind : kindChoice}
              chosen={kindChoice !== 'auto'}
              reason={document.kindReason}
              onChoose={chooseKind}
            />
            <ExportMenu document={document} />
          </>
        ) : null}
        <button
          type="button"
          className="primary"
          disabled={!draft}
          onClick={downloadFixed}
          title={draft ? `Save as ${fixedFileName(draft)}` : undefined}
        >
          Download fixed draft
        </button>
        <button
          type="button"
          disabled={!draft}
          onClick={() => void downloadReviewed()}
          title="The draft as a Word document: every suggestion a tracked change, every finding a comment"
        >
          Download reviewed .docx
        </button>
      </header>

      <main className="review-body">
        <section className="editor-pane" aria-label="Draft">
          {note ? <p className="format-note">{note}</p> : null}
          <textarea
            id="draft"
            ref={editorRef}
            data-format={draft?.format}
            spellCheck={false}
            aria-label="Draft text"
            placeholder="Paste a draft here, or open a .md, .txt, .html or .docx file (you can also drop one on this page)."
            onInput={startDraft}
          />
          <section className="changes-pane" aria-label="Changes">
            <div className="pane-title">
              <h2>Changes against the original</h2>
              {hunks.length > 0 ? <span className="badge">{hunks.length}</span> : null}
            </div>
            <div className="changes-body">
              {draft && draft.original === '' ? (
                <p className="empty">This draft was typed here, so there is no original to compare with.</p>
              ) : draft && document ? (
                <RedlineView hunks={hunks} />
              ) : (
                <p className="empty">Fixes you apply show here, word by word, against the draft as opened.</p>
              )}
            </div>
          </section>
        </section>

        <aside className="problems-pane" aria-label="Problems" aria-busy={partial}>
          {document ? (
            <>
              {partial ? <p className="note checking">Checking the rest of the draft…</p> : null}
              {document.ignored > 0 ? <p className="note">{document.ignored} ignored in this document.</p> : null}
              <ProblemsView
                text={document.text}
                findings={document.findings}
                canApply
                onReveal={reveal}
                onApply={apply}
                onIgnore={(finding) => void ignore(finding.fingerprint)}
                onCopy={copy}
              />
            </>
          ) : (
            <div className="welcome">
              <h2>Review a draft</h2>
              <p>
                Open a general order, bulletin or outreach handout (.md, .txt, .html or .docx), drop it on this page, or paste its text into
                the editor.
              </p>
              <p>
                Problems appear here and in the text. Apply a fix, check the changes against the original, then download the fixed draft and
                the report.
              </p>
              <p className="muted">Everything is checked in this browser: the draft is never uploaded.</p>
            </div>
          )}
        </aside>
      </main>

      <footer className={`status-bar${status && !status.ok ? ' error' : ''}`}>
        <span role={status && !status.ok ? 'alert' : 'status'} className="status-text">
          {status?.text ?? ''}
        </span>
        <span className="muted">Checked in this browser · nothing is uploaded</span>
      </footer>

      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          <div>Drop a .md, .txt, .html or .docx file to review it</div>
        </div>
      ) : null}

      {pending ? (
        <div className="dialog-backdrop">
          <div className="dialog" role="dialog" aria-modal="true" aria-label="Replace the open draft?">
            <h2>Replace {draft?.name}?</h2>
            <p>
              The changes made to {draft?.name} have not been downloaded. Opening {pending.name} discards them.
            </p>
            <div className="dialog-actions">
              <button type="button" onClick={() => setPending(undefined)}>
                Keep editing
              </button>
              <button
                type="button"
                className="primary"
                onClick={() => {
                  open(pending);
                  setPending(undefined);
                }}
              >
                Discard changes and open
              </button>
            </div>
          </div>
        </div>
      ) : null}
    </div>
  );
}
