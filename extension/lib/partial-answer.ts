// A long text's first answer (see OnPartial in engine.ts): which part of it is linted first, and, after an edit, the
// last whole answer's findings carried over it — the findings of the blocks the edit changed come from the engine,
// every other finding is moved along by the edit, as the whole lint would place it.
import type { Span } from '../../core/index.ts';
import { lastAtOrBefore } from '../../core/sorted.ts';
import type { Point } from '../../core/types.ts';
import type { Finding } from './messages.ts';
import type { Replacement } from './text-change.ts';

/** Texts shorter than this are answered whole at once: their whole check is quick. */
export const partialFromChars = 20_000;

/**
 * On a first check, the part answered first: about a screenful of text around the caret (the review page's editor
 * and list show less). Its cold analysis grows with it: 6,000 characters of the bench's draft took 125–140 ms in
 * Node, 3,000 took 40–50 ms, with 12 and 9 findings.
 */
const firstPartChars = 3_000;

/** The part of a text a first check answers first: around `focus` (the caret), by default the opening. */
export function firstPart(text: string, focus = 0): Span {
  const start = Math.max(0, Math.min(focus, text.length) - firstPartChars / 2);
  return { start, end: Math.min(text.length, start + firstPartChars) };
}

/** The part an edit changed, in the new text: at least one character, so the block it falls in is read again. */
export function editedPart(change: Replacement, textLength: number): Span {
  const end = change.start + change.text.length;
  return { start: change.start, end: Math.min(Math.max(end, change.start + 1), Math.max(textLength, change.start)) };
}

/**
 * The findings after an edit: `previous` (the findings of the text before it) outside `span` (the part linted again,
 * in the new text), those after it moved by the edit, with `fresh` (the part's own) between them.
 */
export function carryOver(previous: Finding[], change: Replacement, text: string, span: Span, fresh: Finding[]): Finding[] {
  const delta = change.text.length - (change.end - change.start);
  const oldSpanEnd = span.end - delta;
  const starts = lineStarts(text);
  const point = (offset: number): Point => {
    const line = lastAtOrBefore(starts.length, (index) => starts[index]!, offset);
    return { line: line + 1, column: offset - starts[line]! + 1, offset };
  };
  const before = previous.filter((finding) => finding.end.offset <= span.start);
  const after = previous
    .filter((finding) => finding.start.offset >= oldSpanEnd)
    .map((finding): Finding => {
      const start = point(finding.start.offset + delta);
      return {
        ...finding,
        line: start.line,
        column: start.column,
        start,
        end: point(finding.end.offset + delta),
        suggestions: finding.suggestions.map((suggestion) => ({
          ...suggestion,
          range: [suggestion.range[0] + delta, suggestion.range[1] + delta],
        })),
      };
    });
  return [...before, ...fresh, ...after];
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}
