import type { Span } from '../../core/analysis/clause.ts';
import type { Sentence } from '../../core/analysis/sentences.ts';

// A label, a note in brackets ("(required)") or a number sign, a colon and a blank to fill: underscores (Markdown may
// have read some as emphasis, leaving the slashes of "____/____"), a box or a dotted line. Every part is bounded, with
// single spaces between, so that no run of white space is tried in more than one way.
const FIELD = /([A-Za-z][^:_()#\n]{0,60}?) ?(?:\([^)\n]{0,60}\))? ?(?:#|no\.?)? ?: {0,4}(?:_{2,}|\/\/|_+\/|\[ ?\]|☐|\.{4,})/gi;

/**
 * "Citizenship: ____", "Social Security number (required): ______": the labels of a form's fields in the sentence, as
 * word spans. A blank after a label asks whoever fills in the form for what the label names.
 */
export function formFieldLabels(sentence: Sentence): Span[] {
  const { words, text, start } = sentence;
  const labels: Span[] = [];
  if (!text.includes(':')) return labels;
  for (const match of text.matchAll(FIELD)) {
    const from = start + match.index;
    const to = from + match[1]!.length;
    const first = words.findIndex((word) => word.start >= from);
    let last = first;
    while (last < words.length && words[last]!.end <= to) last++;
    if (first !== -1 && last > first) labels.push({ from: first, to: last });
  }
  return labels;
}
