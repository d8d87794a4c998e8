// @vitest-environment jsdom
// An editor session: a text too long to check as you type is not sent, its marks are cleared, and the panel is told why.
import { expect, test } from 'vitest';
import { EditorSession } from '../../extension/content/editor-session.ts';
import type { EditorAdapter, Mark } from '../../extension/adapters/types.ts';
import type { LintRequest } from '../../extension/lib/messages.ts';
import { characters } from '../../extension/lib/limits.ts';

function fakeAdapter(text: string) {
  const state = { text, marks: [] as Mark[] };
  const adapter = {
    name: 'fake',
    canApply: true,
    read: () => ({ text: state.text, format: 'text' as const }),
    onChange: () => () => undefined,
    showMarks: (marks: Mark[]) => {
      state.marks = marks;
    },
    destroy: () => undefined,
  } as unknown as EditorAdapter;
  return { state, adapter };
}

const finding = { id: 'status-inquiry:9:12', start: { offset: 9 }, end: { offset: 12 }, severity: 'error' } as never;

test('a text over the limit is not checked: nothing is sent, old marks go, and the request says why', async () => {
  const { state, adapter } = fakeAdapter('Officers may ask about status.');
  const requests: LintRequest[] = [];
  const session = new EditorSession(
    adapter,
    'doc',
    async (request) => {
      requests.push(request);
      return { findings: request.text ? [finding] : [] };
    },
    { maxChars: 100, advice: 'Check it elsewhere.' },
  );
  await session.check();
  expect(state.marks).toHaveLength(1);

  state.text = 'Officers may ask about status. '.repeat(10);
  await session.check();
  const last = requests.at(-1)!;
  expect(last.text).toBe('');
  expect(last.limitation).toMatch(
    /^This text has [\d,]+ characters, more than the [\d,]+ trustlint checks as you type, so it is not checked\. Check it elsewhere\.$/,
  );
  expect(state.marks).toEqual([]);
  expect(session.findings).toEqual([]);

  // Unchanged, it is not sent again; back under the limit, it is checked as usual.
  await session.check();
  expect(requests).toHaveLength(2);
  state.text = 'Officers may ask about status.';
  await session.check();
  expect(requests.at(-1)!.text).toBe(state.text);
  expect(requests.at(-1)!.limitation).toBeUndefined();
  expect(state.marks).toHaveLength(1);
});

test('character counts read as people write them', () => {
  expect(characters(1_234_567)).toBe('1,235,000');
  expect(characters(1_000_000)).toBe('1,000,000');
});

test('a long text’s first answer is marked at once; the whole answer replaces it, and is not redrawn when it says the same', async () => {
  const { state, adapter } = fakeAdapter('Officers may ask about status.');
  let drawn = 0;
  adapter.showMarks = (marks: Mark[]) => {
    drawn++;
    state.marks = marks;
  };
  const other = { ...(finding as object), id: 'status-inquiry:20:26', start: { offset: 20 }, end: { offset: 26 } } as never;
  const session = new EditorSession(adapter, 'doc', async (_request, onPartial) => {
    onPartial?.({ findings: [finding] });
    expect(state.marks).toHaveLength(1);
    return { findings: [finding, other] };
  });
  await session.check();
  expect(state.marks).toHaveLength(2);
  expect(drawn).toBe(2);
  // A first answer arriving late for the same text (a check asked earlier) does not replace the whole one.
  session.show(adapter.read().text, [finding], undefined, true);
  expect(state.marks).toHaveLength(2);
  // The same whole answer again draws nothing.
  session.show(adapter.read().text, [finding, other]);
  expect(drawn).toBe(2);
});

test('an Apply is checked as the editor takes it (its input event), before the read-back, and only once', async () => {
  const { state, adapter } = fakeAdapter('Officers may ask about status.');
  let changed: () => void = () => undefined;
  adapter.onChange = (listener) => {
    changed = listener;
    return () => undefined;
  };
  const events: string[] = [];
  adapter.replace = async (start, end, text) => {
    state.text = state.text.slice(0, start) + text + state.text.slice(end);
    changed();
    events.push('written');
    // The read-back waits for the editor to settle (a frame, for some).
    await new Promise((resolve) => setTimeout(resolve, 20));
    events.push('settled');
  };
  const session = new EditorSession(adapter, 'doc', async (request) => {
    events.push(`checked: ${request.text}`);
    return { findings: [] };
  });
  await session.check();
  events.length = 0;
  const outcome = await session.apply([{ range: [9, 16], text: 'must not ask' }]);
  expect(outcome).toEqual({ ok: true });
  expect(events).toEqual(['checked: Officers must not ask about status.', 'written', 'settled']);
  // Typing after it waits for the pause, as before.
  state.text += ' Typed.';
  changed();
  expect(events).toHaveLength(3);
  session.destroy();

  // An editor that takes the edit in a later task (a rich editor's own model) is checked after the read-back.
  const late = fakeAdapter('Officers may ask about status.');
  late.adapter.replace = async (start, end, text) => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    late.state.text = late.state.text.slice(0, start) + text + late.state.text.slice(end);
  };
  const checked: string[] = [];
  const other = new EditorSession(late.adapter, 'doc', async (request) => {
    checked.push(request.text);
    return { findings: [] };
  });
  await other.check();
  await other.apply([{ range: [9, 16], text: 'must not ask' }]);
  expect(checked).toEqual(['Officers may ask about status.', 'Officers must not ask about status.']);
});
