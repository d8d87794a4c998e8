// The engine in the calling thread: the review page, the engine worker (lib/engine-pool.ts) and tests.
import { createSession, lint } from '../../index.ts';
import { toReportedFile } from '../../core/reporters/reported-file.ts';
import type { DocxReview, DocxReviewer, Engine, EngineCheck, EngineResult } from './engine.ts';
import { findingsOf } from './findings.ts';
import { packFindings } from './packed-findings.ts';

type Session = ReturnType<typeof createSession>;

export class LocalEngine implements Engine, DocxReviewer {
  /** Per lane and session key: the session and the settings it was made with (new settings, new session). */
  private readonly sessions = new Map<string, { session: Session; settings: string }>();

  async check(lane: number, check: EngineCheck): Promise<EngineResult> {
    const { docx, config, kind } = check;
    const result = docx
      ? await lint(docx, { format: 'docx', config, ...(kind ? { kind } : {}) })
      : this.session(lane, check).lint(check.text);
    return {
      ...(result.text === check.text ? {} : { text: result.text }),
      format: result.format,
      kind: result.kind,
      kindReason: result.kindReason,
      findings: packFindings(findingsOf(result)),
    };
  }

  private session(lane: number, { sessionKey, format, config, kind }: EngineCheck): Session {
    const key = `${lane}:${sessionKey}`;
    const settings = JSON.stringify([format, config, kind]);
    let entry = this.sessions.get(key);
    if (entry?.settings !== settings) {
      entry = { session: createSession({ format, config, ...(kind ? { kind } : {}) }), settings };
      this.sessions.set(key, entry);
    }
    return entry.session;
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
