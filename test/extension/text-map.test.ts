// @vitest-environment jsdom
// Reading a rich-text element as text with a map back to the DOM: the reader re-reads only the blocks an edit
// touched, and whatever the edits, what it gives is what a fresh read of the element gives.
import fc from 'fast-check';
import { afterEach, expect, test } from 'vitest';
import { domRange, type TextMap, TextMapReader } from '../../extension/adapters/text-map.ts';

const readers: TextMapReader[] = [];
afterEach(() => {
  for (const reader of readers.splice(0)) reader.disconnect();
});

function editor(html: string): { root: HTMLElement; reader: TextMapReader } {
  const root = document.createElement('div');
  root.contentEditable = 'true';
  root.innerHTML = html;
  document.body.replaceChildren(root);
  const reader = new TextMapReader(root);
  readers.push(reader);
  return { root, reader };
}

/** A read with nothing kept from before. */
function freshRead(root: HTMLElement): TextMap {
  const reader = new TextMapReader(root);
  const map = reader.read();
  reader.disconnect();
  return map;
}

function expectSameMap(actual: TextMap, expected: TextMap): void {
  expect(actual.text).toBe(expected.text);
  expect(actual.segments.map((segment) => segment.start)).toEqual(expected.segments.map((segment) => segment.start));
  expect(actual.segments.every((segment, index) => segment.node === expected.segments[index]!.node)).toBe(true);
}

test('reads blocks as paragraphs, headings and list items; skips hidden parts and scripts; maps text back to its nodes', () => {
  const { root, reader } = editor(
    '<h2>Title</h2><p>One <b>bold</b>\u00a0line<br>next</p><ul><li>first</li><li>second</li></ul><p hidden>gone</p><script>x</script>tail text<br>',
  );
  const map = reader.read();
  expect(map.text).toBe('## Title\n\nOne bold line\nnext\n\n- first\n- second\n\ntail text');
  const bold = map.text.indexOf('bold');
  expect(domRange(map, bold, bold + 4)!.startContainer).toBe(root.querySelector('b')!.firstChild);
  const second = map.text.indexOf('second');
  expect(domRange(map, second, second + 6)!.toString()).toBe('second');
});

test('an edit in one paragraph re-reads that paragraph only', () => {
  const { root, reader } = editor('<p>Officers help everyone.</p><p>Officers may ask about status.</p><p>Residents may call.</p>');
  const first = root.querySelector('p')!.firstChild as Text;
  let firstReads = 0;
  const value = first.data;
  Object.defineProperty(first, 'data', {
    get: () => {
      firstReads++;
      return value;
    },
  });
  reader.read();
  expect(firstReads).toBe(1);
  const last = root.querySelectorAll('p')[2]!.firstChild as Text;
  last.data = 'Residents may call at any time.';
  expect(reader.read().text).toBe('Officers help everyone.\n\nOfficers may ask about status.\n\nResidents may call at any time.');
  expect(firstReads).toBe(1);
});

test('a paragraph changed while out of the editor and put back is read again', async () => {
  const { root, reader } = editor('<p>Keep this.</p><p>Officers may ask.</p><p>End.</p>');
  reader.read();
  const middle = root.querySelectorAll('p')[1]!;
  middle.remove();
  reader.read();
  // Past the task, the observer no longer sees inside the removed paragraph.
  await new Promise((resolve) => setTimeout(resolve, 0));
  (middle.firstChild as Text).data = 'Officers never ask.';
  root.querySelectorAll('p')[1]!.before(middle);
  expectSameMap(reader.read(), freshRead(root));
  expect(reader.read().text).toContain('Officers never ask.');
});

/** Edits an editor might make, at positions given as fractions of what is there. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('type' as const), at: fc.nat(), text: fc.string({ maxLength: 12 }) }),
  fc.record({ kind: fc.constant('insert-paragraph' as const), at: fc.nat(), text: fc.string({ maxLength: 12 }) }),
  fc.record({ kind: fc.constant('insert-item' as const), at: fc.nat(), text: fc.string({ maxLength: 12 }) }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('line-break' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('wrap' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('hide' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('top-level-text' as const), at: fc.nat(), text: fc.string({ maxLength: 12 }) }),
  fc.record({ kind: fc.constant('read' as const) }),
);
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function pick<T>(items: ArrayLike<T>, at: number): T | undefined {
  return items.length === 0 ? undefined : items[at % items.length];
}

function apply(root: HTMLElement, reader: TextMapReader, change: Edit): void {
  const texts = [...root.querySelectorAll('*')].flatMap((element) => [...element.childNodes]).filter((node) => node instanceof Text);
  const blocks = root.querySelectorAll('p, li, h2, ul');
  switch (change.kind) {
    case 'type': {
      const node = pick(texts, change.at);
      if (node) node.data = `${node.data.slice(0, change.at % 5)}${change.text}${node.data.slice(change.at % 5)}`;
      return;
    }
    case 'insert-paragraph': {
      const paragraph = document.createElement('p');
      paragraph.textContent = change.text;
      const before = pick(root.childNodes, change.at);
      root.insertBefore(paragraph, before ?? null);
      return;
    }
    case 'insert-item': {
      const item = document.createElement('li');
      item.textContent = change.text;
      const list = root.querySelector('ul');
      list?.insertBefore(item, pick(list.children, change.at) ?? null);
      return;
    }
    case 'remove':
      pick(blocks, change.at)?.remove();
      return;
    case 'move': {
      const block = pick(blocks, change.at);
      const target = pick(root.childNodes, change.to);
      if (block && target && !block.contains(target)) target.before(block);
      return;
    }
    case 'line-break': {
      const node = pick(texts, change.at);
      node?.after(document.createElement('br'));
      return;
    }
    case 'wrap': {
      const node = pick(texts, change.at);
      if (!node) return;
      const emphasis = document.createElement('em');
      node.replaceWith(emphasis);
      emphasis.append(node);
      return;
    }
    case 'hide': {
      const block = pick(blocks, change.at) as HTMLElement | undefined;
      if (block) block.hidden = !block.hidden;
      return;
    }
    case 'top-level-text':
      root.insertBefore(document.createTextNode(change.text), pick(root.childNodes, change.at) ?? null);
      return;
    case 'read':
      reader.read();
  }
}

test('after any edits, the reader gives the text and map a fresh read gives', () => {
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 25 }), (edits) => {
      const { root, reader } = editor(
        '<h2>General Order 4</h2><p>Officers shall <b>not</b> ask about status.</p>line one<br>line two' +
          '<ul><li>first duty</li><li>second <i>duty</i></li></ul><p>Residents may call<br>at any time.</p>',
      );
      reader.read();
      for (const change of edits) {
        apply(root, reader, change);
        expectSameMap(reader.read(), freshRead(root));
      }
    }),
    { numRuns: 200 },
  );
});
