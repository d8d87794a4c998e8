// JSON: an array with one object per input file, findings in their plain form.
import type { DocumentKind, FindingJSON } from '../types.ts';
import { type ParagraphLocation, paragraphLocator } from './paragraph-location.ts';
import type { ReportedFile } from './types.ts';

export interface FileJSON {
  path: string;
  kind: DocumentKind;
  /** For a .docx, each message also has `paragraph` and `quote`. */
  messages: (FindingJSON & Partial<ParagraphLocation>)[];
}

export function formatJSON(files: ReportedFile[]): string {
  const output: FileJSON[] = files.map((file) => {
    const locate = paragraphLocator(file);
    const messages = locate ? file.findings.map((finding) => ({ ...finding, ...locate(finding) })) : file.findings;
    return { path: file.path, kind: file.kind, messages };
  });
  return `${JSON.stringify(output, null, 2)}\n`;
}
