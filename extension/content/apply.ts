// Applies edits through an adapter, never guessing: the text must still be what was linted, and every write is
// read back and compared with what it should have produced.
import type { EditorAdapter } from '../adapters/types.ts';
import type { ApplyOutcome, Edit } from '../lib/messages.ts';

export const staleMessage = 'The text changed since it was checked, so the fix was not applied. It will be checked again in a moment.';
export const unverifiedMessage = 'The editor did not take the change as expected. Check the text; Ctrl+Z undoes the change.';

export async function applyEdits(adapter: EditorAdapter, linted: string, edits: Edit[]): Promise<ApplyOutcome> {
  if (!adapter.canApply) return { ok: false, reason: 'This editor cannot be changed from trustlint; copy the suggestion instead.' };
  if (adapter.read().text !== linted) return { ok: false, reason: staleMessage };
  // From the end backwards, so earlier offsets stay valid.
  const ordered = [...edits].sort((a, b) => b.range[0] - a.range[0]);
  for (let index = 1; index < ordered.length; index++) {
    if (ordered[index]!.range[1] > ordered[index - 1]!.range[0])
      return { ok: false, reason: 'These fixes overlap; apply them one at a time.' };
  }
  let expected = linted;
  for (const { range, text } of ordered) {
    const [start, end] = range;
    try {
      await adapter.replace(start, end, text);
    } catch (error) {
      return { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
    expected = expected.slice(0, start) + text + expected.slice(end);
    if (adapter.read().text !== expected) return { ok: false, reason: unverifiedMessage };
  }
  return { ok: true };
}
