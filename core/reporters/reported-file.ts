import { toJSON } from '../finding-json.ts';
import type { LintResult } from '../types.ts';
import type { ReportedFile } from './types.ts';

export function toReportedFile(path: string, result: LintResult): ReportedFile {
  return {
    path,
    text: result.text,
    format: result.format,
    kind: result.kind,
    kindReason: result.kindReason,
    findings: result.messages.map(toJSON),
  };
}
