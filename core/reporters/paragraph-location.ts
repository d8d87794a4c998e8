// Where a finding is in a .docx, in words Word users have: the paragraph number and a short quote. Line and
// column refer to the extracted text (paragraphs joined by blank lines), which Word never shows.
import { lastAtOrBefore } from '../sorted.ts';
import type { FindingJSON } from '../types.ts';
import type { ReportedFile } from './types.ts';

export interface ParagraphLocation {
  /** 1-based, counting the paragraphs trustlint read (headings, list items and table cells included). */
  paragraph: number;
  quote: string;
}

const QUOTE_LENGTH = 48;

/** For a .docx, a function giving each finding's paragraph and quote; undefined for other formats. */
export function paragraphLocator(file: ReportedFile): ((finding: FindingJSON) => ParagraphLocation) | undefined {
  if (file.format !== 'docx') return undefined;
  const starts = [0];
  for (let at = file.text.indexOf('\n\n'); at !== -1; at = file.text.indexOf('\n\n', at + 2)) starts.push(at + 2);
  return (finding) => {
    const paragraph = lastAtOrBefore(starts.length, (i) => starts[i]!, finding.start.offset);
    const text = file.text.slice(finding.start.offset, finding.end.offset).replace(/\s+/g, ' ').trim();
    const quote = text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH - 1).trimEnd()}…` : text;
    return { paragraph: paragraph + 1, quote };
  };
}
