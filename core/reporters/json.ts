// JSON: an array with one object per input file, findings in their plain form.
import type { DocumentKind, FindingJSON } from '../types.ts';
import type { ReportedFile } from './types.ts';

export interface FileJSON {
  path: string;
  kind: DocumentKind;
  kindReason: string;
  messages: FindingJSON[];
}

export function formatJSON(files: ReportedFile[]): string {
  const output: FileJSON[] = files.map(({ path, kind, kindReason, findings }) => ({ path, kind, kindReason, messages: findings }));
  return `${JSON.stringify(output, null, 2)}\n`;
}
