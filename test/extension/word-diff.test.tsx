// @vitest-environment jsdom
// The panel's word diff: one deletion and one insertion per changed run, every character of both sides kept.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, test } from 'vitest';
import { WordDiff, contextAround } from '../../extension/components/WordDiff.tsx';

function renderDiff(before: string, after: string): Element {
  const container = document.createElement('div');
  Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
  act(() => createRoot(container).render(<WordDiff before={before} after={after} />));
  return container.querySelector('.diff')!;
}

/** The text of one side: everything but the other side's changes. */
const side = (diff: Element, other: 'INS' | 'DEL') =>
  [...diff.childNodes]
    .filter((node) => node.nodeName !== other)
    .map((node) => node.textContent)
    .join('');

test('a rewrite shows the changed words once each', () => {
  const diff = renderDiff('Officers may ask about status', 'Officers shall not ask about status');
  expect([...diff.querySelectorAll('del')].map((node) => node.textContent)).toEqual(['may']);
  expect([...diff.querySelectorAll('ins')].map((node) => node.textContent)).toEqual(['shall not']);
});

test('both texts survive to the character, whitespace included', () => {
  for (const [before, after] of [
    ['Officers may  ask', 'Officers shall not ask'],
    ['ask  the person', 'ask the person'],
  ] as const) {
    const diff = renderDiff(before, after);
    expect(side(diff, 'INS')).toBe(before);
    expect(side(diff, 'DEL')).toBe(after);
  }
});

/** The context as it was read before only the text near the range was split: every word of the text. */
function contextEverywhere(text: string, start: number, end: number, words = 6) {
  const before = text
    .slice(0, start)
    .split(/(?<=\s)/)
    .slice(-words)
    .join('');
  const after = text
    .slice(end)
    .split(/(?=\s)/)
    .slice(0, words)
    .join('');
  return { before: before.replace(/^.*\n/s, ''), after: after.replace(/\n.*$/s, '') };
}

test('context around a range reads only the text near it, and gives what reading every word gave', () => {
  let seed = 7;
  const random = (below: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % below;
  };
  const pieces = ['Officers', 'may', 'ask', 'about', 'status', 'x'.repeat(300), 'y'.repeat(1500), '\n', '\n\n', '  ', ' ', '\t'];
  for (let round = 0; round < 300; round++) {
    let text = '';
    for (let count = random(400); count > 0; count--) text += pieces[random(pieces.length)] + (random(3) ? ' ' : '');
    const start = random(text.length + 1);
    const end = start + random(text.length - start + 1);
    const words = 1 + random(10);
    expect(contextAround(text, start, end, words), `round ${round}`).toEqual(contextEverywhere(text, start, end, words));
  }
});
