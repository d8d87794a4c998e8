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
