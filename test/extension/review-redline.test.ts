// The review page's redline: every change since the draft was opened, with a little context, the rest folded.
import { expect, test } from 'vitest';
import { changeHunks } from '../../extension/components/RedlineView.tsx';
import { applySuggestions } from '../../index.ts';

const text = (parts: Array<{ text: string }>) => parts.map((part) => part.text).join('');
const shown = (parts: Array<{ kind: string; text: string }>) =>
  parts.map((part) => (part.kind === 'same' ? part.text : `[${part.kind}:${part.text}]`)).join('');

const original = [
  '# General Order 4.12',
  '',
  'This order guides members during contacts with people who may not be United States citizens, so that investigations are handled consistently.',
  '',
  '2.1 During a traffic stop, officers may ask the driver about their immigration status when it could assist the investigation.',
  '',
  '2.2 Evidence shall be held in the property room until the case is closed and the court orders its release.',
  '',
  '2.3 A person who cannot produce a green card may be detained until their identity is confirmed.',
].join('\n');

test('no change, no hunks', () => {
  expect(changeHunks(original, original)).toEqual([]);
});

test('each change is shown in its line with a few words around it; far-apart changes are separate hunks', () => {
  const first = original.indexOf('may ask');
  const second = original.indexOf('may be detained');
  const changed = applySuggestions(original, [
    { title: '', range: [first, first + 3], text: 'shall not' },
    { title: '', range: [second, second + 'may be detained'.length], text: 'shall not be detained' },
  ]).text;
  const hunks = changeHunks(original, changed, 4);
  expect(hunks.map((hunk) => hunk.line)).toEqual([5, 9]);
  expect(shown(hunks[0]!.parts)).toBe('a traffic stop, officers [del:may][ins:shall not] ask the driver about');
  expect(shown(hunks[1]!.parts)).toBe('produce a green card [del:may][ins:shall not] be detained until their');
  // Context never reaches across a line: the folded text is elsewhere in the draft, untouched.
  for (const hunk of hunks) expect(text(hunk.parts)).not.toContain('\n');
});

test('changes a few words apart share one hunk; a change at the very start or end has context on one side', () => {
  const changed = original
    .replace('members during contacts', 'officers during all contacts')
    .replace('# General', '# Draft General')
    .replace(/release\.$/m, 'release.')
    .concat('\n\n2.4 Added.');
  const hunks = changeHunks(original, changed, 4);
  expect(hunks.map((hunk) => shown(hunk.parts))).toEqual([
    '# [ins:Draft ]General Order 4.12',
    'This order guides [del:members][ins:officers] during [ins:all ]contacts with people who',
    'their identity is confirmed.[ins:\n\n2.4 Added.]',
  ]);
  expect(hunks.map((hunk) => hunk.line)).toEqual([1, 3, 9]);
});

test('in a long draft, a fix is shown on its own line with its own words around it, the same whether a word is cut or whole', () => {
  const long = Array.from({ length: 3000 }, (_, index) => `${index + 1}. Officers may ask about status in case ${index + 1}.`).join('\n');
  const at = long.indexOf('may ask about status in case 2000.');
  // The change starts inside a word ("may" → "mayor"): the diff still shows whole words.
  const changed = `${long.slice(0, at + 3)}or${long.slice(at + 3)}`;
  const hunks = changeHunks(long, changed, 3);
  expect(hunks.map((hunk) => hunk.line)).toEqual([2000]);
  expect(shown(hunks[0]!.parts)).toBe('2000. Officers [del:may][ins:mayor] ask about status');
  expect(changeHunks(long, `${long}\nAdded.`, 2).map((hunk) => shown(hunk.parts))).toEqual(['case 3000.[ins:\nAdded.]']);
});
