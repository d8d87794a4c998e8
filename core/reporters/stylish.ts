// Stylish: the human report, grouped by file, in the layout ESLint and vfile-reporter users know.
import type { DocumentKindMeta } from '../pack.ts';
import type { FindingJSON, Severity } from '../types.ts';
import { paragraphLocator } from './paragraph-location.ts';
import type { ReportedFile } from './types.ts';

export interface StylishOptions {
  /** ANSI colours; the CLI turns them on only for a terminal. */
  color?: boolean;
  /** The pack's document kinds, for the names the header shows ("general order"); the id otherwise. */
  kinds?: readonly DocumentKindMeta[];
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const SEVERITY_COLOR: Record<Severity, number> = { error: 31, warning: 33, info: 36 };

export function formatStylish(files: ReportedFile[], options: StylishOptions = {}): string {
  const paint = (code: number, text: string) => (options.color ? `\u001b[${code}m${text}\u001b[39m` : text);
  const dim = (text: string) => (options.color ? `\u001b[2m${text}\u001b[22m` : text);
  const underline = (text: string) => (options.color ? `\u001b[4m${text}\u001b[24m` : text);
  const counts = countBySeverity(files.flatMap((file) => file.findings));
  const sections: string[] = [];

  for (const file of files) {
    if (file.findings.length === 0) continue;
    const locate = paragraphLocator(file);
    const rows = file.findings.map((finding) => {
      const paragraph = locate?.(finding);
      // In a .docx, line:column mean nothing to a Word user: the paragraph number and a quote say where.
      const place = paragraph ? `¶${paragraph.paragraph}` : `${finding.line}:${finding.column}`;
      const reason = paragraph ? `“${paragraph.quote}”: ${finding.reason}` : finding.reason;
      return [place, finding.severity, printable(reason), finding.ruleId] as const;
    });
    const placeWidth = Math.max(...rows.map((row) => row[0].length));
    const severityWidth = Math.max(...rows.map((row) => row[1].length));
    const lines = rows.map(([place, severity, reason, ruleId]) => {
      const severityCell = paint(SEVERITY_COLOR[severity], severity.padEnd(severityWidth));
      return `  ${dim(place.padEnd(placeWidth))}  ${severityCell}  ${reason}  ${dim(ruleId)}`;
    });
    // The kind decides which provisions are expected, so the reader sees it and why it was chosen.
    const kindName = options.kinds?.find((kind) => kind.id === file.kind)?.label ?? file.kind;
    const kind = dim(`${printable(kindName)}: ${printable(file.kindReason)}`);
    sections.push(`${underline(printable(file.path))}  ${kind}\n${lines.join('\n')}`);
  }

  const total = counts.error + counts.warning + counts.info;
  if (total === 0) {
    const checked = files.length === 1 ? '1 file' : `${files.length} files`;
    return `${paint(32, '✔')} No problems found (${checked} checked)\n`;
  }
  const tally = SEVERITIES.map((severity) => plural(counts[severity], severity)).join(', ');
  const mark = paint(counts.error > 0 ? 31 : 33, '✖');
  return `${sections.join('\n\n')}\n\n${mark} ${plural(total, 'problem')} (${tally})\n`;
}

export function countBySeverity(findings: Array<Pick<FindingJSON, 'severity'>>): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

function plural(count: number, noun: string): string {
  return noun === 'info' || count === 1 ? `${count} ${noun}` : `${count} ${noun}s`;
}

/**
 * One line with no control characters: reasons quote draft text and file names can hold escape sequences, and
 * neither may drive the terminal.
 */
export function printable(text: string): string {
  return text.replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
}
