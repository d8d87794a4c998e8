// Applying fixes through an adapter: every refusal reaches the user as a reason, and nothing is half-guessed.
import { expect, test } from 'vitest';
import { applyEdits, staleMessage, unverifiedMessage } from '../../extension/content/apply.ts';
import type { EditorAdapter } from '../../extension/adapters/types.ts';

/** An editor holding `text`; `write` decides what a replacement really does to it. */
function fakeEditor(
  text: string,
  write = (current: string, start: number, end: number, insert: string) => current.slice(0, start) + insert + current.slice(end),
  canApply = true,
) {
  const editor = { text };
  const adapter = {
    canApply,
    read: () => ({ text: editor.text, format: 'text' as const }),
    replace: async (start: number, end: number, insert: string) => {
      editor.text = write(editor.text, start, end, insert);
    },
  } as unknown as EditorAdapter;
  return { editor, adapter };
}

const linted = 'Officers may ask about status.';

test('edits apply from the end backwards, so every range means the linted text', async () => {
  const { editor, adapter } = fakeEditor(linted);
  expect(
    await applyEdits(adapter, linted, [
      { range: [9, 12], text: 'shall not' },
      { range: [23, 29], text: 'nothing' },
    ]),
  ).toEqual({ ok: true });
  expect(editor.text).toBe('Officers shall not ask about nothing.');
});

test('refusals: read-only editor, stale text, overlapping fixes; the text is left alone', async () => {
  const cases: Array<[ReturnType<typeof fakeEditor>, RegExp | string]> = [
    [fakeEditor(linted, undefined, false), /cannot be changed/],
    [fakeEditor(`${linted} More.`), staleMessage],
    [fakeEditor(linted), /overlap/],
  ];
  for (const [{ editor, adapter }, reason] of cases) {
    const before = editor.text;
    const outcome = await applyEdits(adapter, linted, [
      { range: [9, 16], text: 'shall not ask' },
      { range: [13, 16], text: 'inquire' },
    ]);
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? '' : outcome.reason).toMatch(reason);
    expect(editor.text).toBe(before);
  }
});

test('an editor that throws, or writes something else, is reported', async () => {
  const throwing = fakeEditor(linted, () => {
    throw new Error('The editor did not accept the change.');
  });
  expect(await applyEdits(throwing.adapter, linted, [{ range: [9, 12], text: 'shall not' }])).toEqual({
    ok: false,
    reason: 'The editor did not accept the change.',
  });
  const wrong = fakeEditor(linted, (current) => current.toUpperCase());
  expect(await applyEdits(wrong.adapter, linted, [{ range: [9, 12], text: 'shall not' }])).toEqual({
    ok: false,
    reason: unverifiedMessage,
  });
});
