// JSON: an array with one object per input file, findings in their plain form.
import type { DocumentKind, FindingJSON } from '../types.ts';
import { paragraphLocator } from './paragraph-location.ts';
import type { ReportedFile } from './types.ts';

export interface FileJSON {
  path: string;
  kind: DocumentKind;
  kindReason: string;
  messages: FindingJSON[];
}

/** For a .docx each message also has `paragraph` and `quote` (see paragraph-location.ts). */
export function formatJSON(reported: ReportedFile[]): string {
  const files = reported.map((file) => {
    const locate = paragraphLocator(file);
    return locate ? { ...file, findings: file.findings.map((finding) => ({ ...finding, ...locate(finding) })) } : file;
  });
  const output: FileJSON[] = files.map(({ path, kind, kindReason, findings }) => ({ path, kind, kindReason, messages: findings }));
  return `${JSON.stringify(output, null, 2)}\n`;
}
