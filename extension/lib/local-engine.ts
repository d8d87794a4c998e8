// The engine in the calling thread: the review page, the engine worker (lib/engine-pool.ts) and tests.
import { createSession, lint } from '../../index.ts';
import { toReportedFile } from '../../core/reporters/reported-file.ts';
import type { Span } from '../../core/index.ts';
import type { LintResult } from '../../core/types.ts';
import type { DocxReview, DocxReviewer, Engine, EngineCheck, EngineResult, OnPartial } from './engine.ts';
import { findingsOf } from './findings.ts';
import type { Finding } from './messages.ts';
import { packFindingsJSON } from './packed-findings.ts';
import { carryOver, editedPart, firstPart, partialFromChars } from './partial-answer.ts';
import { changeBetween } from './text-change.ts';
import { e2eHold } from './e2e-hooks.ts';

type Session = ReturnType<typeof createSession>;

/** After a first answer, a long draft is read in parts this long: a newer check waits at most for one of them. */
const restPartChars = 12_000;

/** Lets the thread take in messages before going on (a macrotask, without a timer's clamping). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

interface SessionEntry {
  session: Session;
  /** The settings it was made with (new settings, new session). */
  settings: string;
  /** Its last answer, which an edit's first answer carries over; `whole` unless it was a first answer. */
  last?: { text: string; findings: Finding[]; kind: LintResult['kind']; kindReason: string; whole: boolean };
}

export class LocalEngine implements Engine, DocxReviewer {
  /** Per lane and session key. */
  private readonly sessions = new Map<string, SessionEntry>();

  async check(lane: number, check: EngineCheck, onPartial?: OnPartial): Promise<EngineResult> {
    return (await this.checkUnless(lane, check, onPartial))!;
  }

  /**
   * A check that `superseded` can stop: it says that a newer check of this editor is waiting. A long first check then
   * stops between the parts of the draft it reads after its first answer, and gives undefined; what it read serves
   * the newer check.
   */
  async checkUnless(
    lane: number,
    check: EngineCheck,
    onPartial?: OnPartial,
    superseded?: () => boolean,
  ): Promise<EngineResult | undefined> {
    const { docx, config, kind } = check;
    if (docx) return this.answer(check, await lint(docx, { format: 'docx', config, ...(kind ? { kind } : {}) }), undefined);
    const entry = this.session(lane, check);
    const known = entry.last?.whole === true;
    // After an edit to a draft read whole, only where every edit is waited for (an Apply on the review page): the
    // whole answer follows quickly, and on a page a first one costs as many hops as it does.
    if (onPartial && check.text.length >= partialFromChars && (!known || check.partialAfterEdits)) {
      await e2eHold(check.text, 'first');
      const partial = this.partial(entry, check);
      if (partial) onPartial(partial);
      await e2eHold(check.text, 'whole');
      // The rest of a draft not yet read whole, part by part; between parts, the worker takes in word of a newer check.
      if (!known && superseded) {
        for (let start = 0; start < check.text.length; start += restPartChars) {
          await nextTask();
          if (superseded()) return undefined;
          entry.session.lintPart(check.text, { start, end: start + restPartChars });
        }
      }
    }
    const result = entry.session.lint(check.text);
    const findings = findingsOf(result);
    entry.last = { text: check.text, findings, kind: result.kind, kindReason: result.kindReason, whole: true };
    return this.answer(check, result, findings);
  }

  /**
   * The first answer for a long text: the part around the caret, or the blocks an edit changed with the last
   * answer's other findings moved along (a first answer's too, while the draft has not been read whole).
   */
  private partial(entry: SessionEntry, { text, focus }: EngineCheck): EngineResult | undefined {
    const { session, last } = entry;
    if (last?.text === text) return undefined;
    let findings: Finding[];
    let result: LintResult;
    if (last) {
      const change = changeBetween(last.text, text);
      let span: Span;
      ({ result, span } = session.lintPart(text, editedPart(change, text.length)));
      findings = carryOver(last.findings, change, text, span, findingsOf(result));
    } else {
      ({ result } = session.lintPart(text, firstPart(text, focus)));
      findings = findingsOf(result);
    }
    const kind = last?.kind ?? result.kind;
    const kindReason = last?.kindReason ?? result.kindReason;
    entry.last = { text, findings, kind, kindReason, whole: false };
    return { format: result.format, kind, kindReason, findings: packFindingsJSON(findings) };
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
