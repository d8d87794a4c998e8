// What a fix shows: the flagged words around the replaced range, so "shall → shall not" reads in its sentence.
import type { Suggestion } from '../../core/index.ts';

export interface FixContext {
  before: string;
  removed: string;
  added: string;
  after: string;
}

/** Context reaches over the finding's own range (at most `reach` characters each side of the fix). */
export function fixContext(text: string, findingRange: [number, number], fix: Suggestion, reach = 80): FixContext {
  const [start, end] = fix.range;
  const from = Math.max(Math.min(findingRange[0], start), start - reach);
  const to = Math.min(Math.max(findingRange[1], end), end + reach);
  return { before: text.slice(from, start), removed: text.slice(start, end), added: fix.text, after: text.slice(end, to) };
}

/**
 * What Copy gives where a fix cannot be applied: the whole flagged wording corrected (`original` → `corrected`),
 * since a replacement alone ("shall not" for "shall") means nothing to paste by hand.
 */
export function correctedWording(text: string, findingRange: [number, number], fix: Suggestion): { original: string; corrected: string } {
  const start = Math.min(findingRange[0], fix.range[0]);
  const end = Math.max(findingRange[1], fix.range[1]);
  return { original: text.slice(start, end), corrected: text.slice(start, fix.range[0]) + fix.text + text.slice(fix.range[1], end) };
}

/** Where to paste a copied correction, in words. */
export function pasteOver(original: string): string {
  return `Paste it over “${original.replace(/\s+/g, ' ').trim()}” in the document.`;
}
