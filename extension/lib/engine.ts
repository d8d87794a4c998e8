// Runs the engine for the extension: one incremental session per editor, grouped in lanes (one lane per tab).
// LocalEngine runs in the calling thread (the review page, the engine worker itself, tests); the service worker
// uses engine-pool.ts, which runs each lane in a dedicated worker it can stop.
import { createSession, type DocumentKind, type SourceFormat, type TrustlintConfig } from '../../core/index.ts';
import { findingsOf } from './findings.ts';
import type { Finding } from './messages.ts';

/** One check: the editor's session, its text, and the settings it is checked with. */
export interface EngineCheck {
  sessionKey: string;
  text: string;
  format: SourceFormat;
  config: TrustlintConfig;
  kind?: DocumentKind;
}

export interface EngineResult {
  text: string;
  format: SourceFormat;
  kind: DocumentKind;
  findings: Finding[];
}

export interface Engine {
  check(lane: number, check: EngineCheck): Promise<EngineResult>;
  /** Drops a lane's sessions (its tab closed or navigated). */
  forget(lane: number): void;
}

/** Why a check gave no findings, said so that the user sees it (the editor's notice, the panel). */
export class CheckFailure extends Error {}

export const tooSlow = 'too slow';

type Session = ReturnType<typeof createSession>;

export class LocalEngine implements Engine {
  /** Per lane and session key: the session and the settings it was made with (new settings, new session). */
  private readonly sessions = new Map<string, { session: Session; settings: string }>();

  check(lane: number, { sessionKey, text, format, config, kind }: EngineCheck): Promise<EngineResult> {
    const key = `${lane}:${sessionKey}`;
    const settings = JSON.stringify([format, config, kind]);
    let entry = this.sessions.get(key);
    if (entry?.settings !== settings) {
      entry = { session: createSession({ format, config, ...(kind ? { kind } : {}) }), settings };
      this.sessions.set(key, entry);
    }
    const result = entry.session.lint(text);
    return Promise.resolve({ text: result.text, format: result.format, kind: result.kind, findings: findingsOf(result) });
  }

  forget(lane: number): void {
    for (const key of this.sessions.keys()) if (key.startsWith(`${lane}:`)) this.sessions.delete(key);
  }
}
