// A page sends each check's text as a change against the last one; the worker rebuilds it, or asks for the whole.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { ReceivedTexts, SentTexts, changeBetween } from '../../extension/lib/text-change.ts';

test('a change applied to the text before gives the text after, and is no longer than the difference', () => {
  fc.assert(
    fc.property(fc.string(), fc.string(), (before, after) => {
      const { start, end, text } = changeBetween(before, after);
      expect(before.slice(0, start) + text + before.slice(end)).toBe(after);
      expect(start).toBeLessThanOrEqual(end);
    }),
  );
  const draft = 'Officers may ask about status.\n'.repeat(2000);
  expect(changeBetween(draft, `${draft}A flagged sentence.`)).toEqual({
    start: draft.length,
    end: draft.length,
    text: 'A flagged sentence.',
  });
});

test('the worker rebuilds each text from the last, and asks for the whole text when it does not have that one', () => {
  const received = new ReceivedTexts();
  const first = 'Officers may ask about immigration status.';
  const second = 'Officers shall not ask about immigration status.';
  const change = (base: number, before: string, after: string) => ({ base, baseLength: before.length, ...changeBetween(before, after) });
  expect(received.receive('7:0|a', { text: first, version: 1 }, 1000)).toBe(first);
  expect(received.receive('7:0|a', { text: '', version: 2, change: change(1, first, second) }, 1000)).toBe(second);
  // Against a text this worker never had, one it has replaced, or another editor's: the page must send the whole.
  expect(received.receive('7:0|a', { text: '', version: 3, change: change(1, first, second) }, 1000)).toBeUndefined();
  expect(received.receive('7:0|b', { text: '', version: 3, change: change(2, first, second) }, 1000)).toBeUndefined();
  expect(received.receive('7:0|a', { text: '', version: 3, change: { ...change(2, second, first), baseLength: 3 } }, 1000)).toBeUndefined();
  // A change that would make the text too long is refused too.
  expect(received.receive('7:0|a', { text: '', version: 3, change: change(2, second, second + 'x'.repeat(1000)) }, 1000)).toBeUndefined();
  expect(received.receive('7:0|a', { text: '', version: 3, change: change(2, second, first) }, 1000)).toBe(first);
  received.forgetAll('7:');
  expect(received.receive('7:0|a', { text: '', version: 4, change: change(3, first, second) }, 1000)).toBeUndefined();
});

test('the sending side numbers each text and sends every one after the first as a change the receiving side rebuilds', () => {
  const sent = new SentTexts();
  const received = new ReceivedTexts();
  const texts = ['Officers may ask.', 'Officers may ask about status.', 'Officers shall not ask about status.', ''];
  for (const [index, text] of texts.entries()) {
    const { version, change } = sent.next('lane:a', text);
    expect(version).toBe(index + 1);
    expect(change === undefined).toBe(index === 0);
    expect(received.receive('lane:a', { text: change ? '' : text, version, ...(change ? { change } : {}) }, 1000)).toBe(text);
  }
  sent.forget('lane:a');
  expect(sent.next('lane:a', 'again').change).toBeUndefined();
});

test('the receiving side keeps the last texts of a bounded number of editors, the least recently checked going first', () => {
  const received = new ReceivedTexts();
  for (let editor = 0; editor < 200; editor++) received.receive(`7:0|${editor}`, { text: `text ${editor}`, version: 1 }, 1000);
  const change = (editor: number) => ({
    text: '',
    version: 2,
    change: { base: 1, baseLength: `text ${editor}`.length, start: 0, end: 4, text: 'Text' },
  });
  expect(received.receive('7:0|0', change(0), 1000)).toBeUndefined();
  expect(received.receive('7:0|199', change(199), 1000)).toBe('Text 199');
});

test('the change between two texts is what a comparison character by character finds', () => {
  const byCharacter = (before: string, after: string) => {
    const shorter = Math.min(before.length, after.length);
    let start = 0;
    while (start < shorter && before[start] === after[start]) start++;
    let common = 0;
    while (common < shorter - start && before[before.length - 1 - common] === after[after.length - 1 - common]) common++;
    return { start, end: before.length - common, text: after.slice(start, after.length - common) };
  };
  // Few distinct characters, so that texts share long starts and ends, as an edited draft does.
  const text = fc.array(fc.constantFrom('a', 'b', ' ', '\n', '\u{1F600}'), { maxLength: 80 }).map((parts) => parts.join(''));
  fc.assert(
    fc.property(text, text, text, (head, middle, tail) => {
      const before = head + middle + tail;
      for (const after of [head + tail, `${head}x${middle}${tail}`, middle, before])
        expect(changeBetween(before, after)).toEqual(byCharacter(before, after));
    }),
  );
});
