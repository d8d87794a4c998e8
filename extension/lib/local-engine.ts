// The engine in the calling thread: the review page, the engine worker (lib/engine-pool.ts) and tests.
import { createSession, lint } from '../../index.ts';
import { toReportedFile } from '../../core/reporters/reported-file.ts';
import type { LintResult } from '../../core/types.ts';
import type { DocxReview, DocxReviewer, Engine, EngineCheck, EngineResult, OnPartial } from './engine.ts';
import { findingsOf } from './findings.ts';
import type { Finding } from './messages.ts';
import { packFindingsJSON } from './packed-findings.ts';
import { carryOver, editedPart, firstPart, partialFromChars } from './partial-answer.ts';
import { changeBetween } from './text-change.ts';

type Session = ReturnType<typeof createSession>;

interface SessionEntry {
  session: Session;
  /** The settings it was made with (new settings, new session). */
  settings: string;
  /** Its last whole answer, which an edit's first answer carries over. */
  last?: { text: string; findings: Finding[]; kind: LintResult['kind']; kindReason: string };
}

export class LocalEngine implements Engine, DocxReviewer {
  /** Per lane and session key. */
  private readonly sessions = new Map<string, SessionEntry>();

  async check(lane: number, check: EngineCheck, onPartial?: OnPartial): Promise<EngineResult> {
    const { docx, config, kind } = check;
    if (docx) return this.answer(check, await lint(docx, { format: 'docx', config, ...(kind ? { kind } : {}) }), undefined);
    const entry = this.session(lane, check);
    if (onPartial && check.text.length >= partialFromChars) {
      const partial = this.partial(entry, check);
      if (partial) onPartial(partial);
    }
    const result = entry.session.lint(check.text);
    const findings = findingsOf(result);
    entry.last = { text: check.text, findings, kind: result.kind, kindReason: result.kindReason };
    return this.answer(check, result, findings);
  }

  /** The first answer for a long text: the part around the caret, or the blocks an edit changed and the rest moved. */
  private partial({ session, last }: SessionEntry, { text, focus }: EngineCheck): EngineResult | undefined {
    if (!last) {
      const { result } = session.lintPart(text, firstPart(text, focus));
      return this.answer({ text }, result, findingsOf(result));
    }
    if (last.text === text) return undefined;
    const change = changeBetween(last.text, text);
    const { result, span } = session.lintPart(text, editedPart(change, text.length));
    const findings = carryOver(last.findings, change, text, span, findingsOf(result));
    return { format: result.format, kind: last.kind, kindReason: last.kindReason, findings: packFindingsJSON(findings) };
  }

  private answer({ text }: Pick<EngineCheck, 'text'>, result: LintResult, findings = findingsOf(result)): EngineResult {
    return {
      ...(result.text === text ? {} : { text: result.text }),
      format: result.format,
      kind: result.kind,
      kindReason: result.kindReason,
      findings: packFindingsJSON(findings),
    };
  }

  private session(lane: number, { sessionKey, format, config, kind }: EngineCheck): SessionEntry {
    const key = `${lane}:${sessionKey}`;
    const settings = JSON.stringify([format, config, kind]);
    let entry = this.sessions.get(key);
    if (entry?.settings !== settings) {
      entry = { session: createSession({ format, config, ...(kind ? { kind } : {}) }), settings };
      this.sessions.set(key, entry);
    }
    return entry;
  }

  async reviewDocx(_lane: number, { name, source, format, config, kind, ignored }: DocxReview): Promise<Uint8Array> {
    const result = await lint(source, { format, config, ...(kind ? { kind } : {}) });
    const skip = new Set(ignored);
    const kept = findingsOf(result).map((finding) => !skip.has(finding.fingerprint));
    const file = toReportedFile(name, result);
    // Loaded on demand: the Word writer is only needed when a reviewer asks for the document.
    const { reviewDocx } = await import('../../core/docx/review.ts');
    const reviewed = await reviewDocx({ ...file, findings: file.findings.filter((_, index) => kept[index]) }, source);
    return reviewed.bytes;
  }

  forget(lane: number, sessionKey?: string): void {
    if (sessionKey !== undefined) this.sessions.delete(`${lane}:${sessionKey}`);
    else for (const key of this.sessions.keys()) if (key.startsWith(`${lane}:`)) this.sessions.delete(key);
  }
}
