// @vitest-environment jsdom
// The panel's word diff: one deletion and one insertion per changed run, every character of both sides kept.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, test } from 'vitest';
import { WordDiff } from '../../extension/components/WordDiff.tsx';

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
