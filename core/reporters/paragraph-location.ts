// Where a finding is in a .docx, in words Word users have: the paragraph number and a short quote. Line and
// column refer to the extracted text (paragraphs joined by blank lines), which Word never shows.
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
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= finding.start.offset) low = middle;
      else high = middle - 1;
    }
    const text = file.text.slice(finding.start.offset, finding.end.offset).replace(/\s+/g, ' ').trim();
    const quote = text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH - 1).trimEnd()}…` : text;
    return { paragraph: low + 1, quote };
  };
}
