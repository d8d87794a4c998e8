// What every reporter renders: one entry per linted input, in the plain (JSON) form of findings,
// so the extension can feed the same reporters from findings it received over messaging.
import type { DocumentKind, FindingJSON, SourceFormat } from '../types.ts';

export interface ReportedFile {
  /** The path as the user gave it (or `<stdin>` / the --stdin-filename). */
  path: string;
  /** The linted text: every finding's offsets point into it. */
  text: string;
  format: SourceFormat;
  kind: DocumentKind;
  /** How the kind was decided ("chosen by the user", "the title names a bulletin (…)"). */
  kindReason: string;
  findings: FindingJSON[];
}

/** An input that could not be linted, with its one-line reason. */
export interface InputFailure {
  path: string;
  message: string;
}
