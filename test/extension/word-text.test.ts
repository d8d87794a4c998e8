// @vitest-environment jsdom
// Reading Word for the web's paragraph DOM: the text the engine sees, and the way back from offsets to the DOM.
import { describe, expect, test } from 'vitest';
import { readWordText } from '../../extension/adapters/word-text.ts';
import { domRange } from '../../extension/adapters/text-map.ts';
import { lint } from '../../index.ts';
import { expectedText, mainDocument, variantDocument, type WordDocument } from '../e2e/fixtures/word/model.ts';
import { mainStyle, previewElement, renderUnits, variantStyle } from '../e2e/fixtures/word/render.ts';
import type { MarkupStyle } from '../e2e/fixtures/word/model.ts';

function wordPanel(document_: WordDocument, style: MarkupStyle): HTMLElement {
  const panel = document.createElement('div');
  panel.id = 'WACViewPanel';
  const body = document.createElement('div');
  body.append(...renderUnits(document_.blocks, style, document_.flagged).map((unit) => unit.element));
  panel.append(previewElement(document_.header, style, 'header'), body, previewElement(document_.footer, style, 'footer'));
  document.body.replaceChildren(panel);
  return panel;
}

const fixtures = [
  ['main fixture', mainDocument, mainStyle],
  ['variant fixture', variantDocument, variantStyle],
] as const;

describe.each(fixtures)('%s', (_name, wordDocument, style) => {
  test('reads the body as the model says: headings, tabs, list items; no paragraph marks, markers or previews', () => {
    const { text } = readWordText(wordPanel(wordDocument, style));
    expect(text).toBe(expectedText(wordDocument.blocks));
    expect(text).not.toContain(wordDocument.header.split('\t')[1]);
    expect(text).not.toContain(wordDocument.footer.slice(0, 15));
  });

  test('every finding maps back to exactly its text across runs split mid-word and spelling wrappers', async () => {
    const panel = wordPanel(wordDocument, style);
    const map = readWordText(panel);
    const result = await lint(map.text, { format: 'markdown' });
    const located = result.messages.filter(
      (message) => message.place && 'start' in message.place && message.place.end.offset! > message.place.start.offset!,
    );
    expect(located.length).toBeGreaterThan(2);
    for (const message of located) {
      const place = message.place as { start: { offset: number }; end: { offset: number } };
      const range = domRange(map, place.start.offset, place.end.offset)!;
      expect(range.toString().replaceAll('\u00a0', ' ')).toBe(map.text.slice(place.start.offset, place.end.offset));
    }
    // And every word of the body, wherever the runs were cut.
    for (const match of map.text.matchAll(/[A-Za-z']+/g)) {
      const range = domRange(map, match.index, match.index + match[0].length)!;
      expect(range.toString()).toBe(match[0]);
    }
  });

  test('a list under a permissive lead-in gets the same findings as the same draft written as markdown', async () => {
    const { text } = readWordText(wordPanel(wordDocument, style));
    const written = wordDocument.blocks
      .map((block, index) =>
        block.kind === 'heading'
          ? `# ${block.text}`
          : block.kind === 'paragraph'
            ? block.text
            : `${block.kind === 'bullet' ? '-' : `${index}.`} ${block.text}`,
      )
      .join('\n\n');
    const summary = async (source: string) =>
      (await lint(source, { format: 'markdown' })).messages.map(
        (message) =>
          `${message.ruleId}:${source.slice(message.place && 'start' in message.place ? message.place.start.offset : 0).slice(0, 30)}`,
      );
    const fromWord = await summary(text);
    expect(fromWord).toEqual(await summary(written));
    // The first item under the permissive lead-in is flagged through the lead-in's frame.
    const item = wordDocument.blocks.find(
      (block, index) => block.kind !== 'paragraph' && / may:$/.test(wordDocument.blocks[index - 1]?.text ?? ''),
    )!;
    expect(fromWord.some((entry) => item.text.includes(entry.slice(entry.indexOf(':') + 1, entry.indexOf(':') + 12)))).toBe(true);
  });
});

test('empty paragraphs add nothing and tabs are structure, not mapped text', () => {
  const panel = wordPanel(
    {
      ...mainDocument,
      blocks: [
        { kind: 'paragraph', text: 'One\ttwo.' },
        { kind: 'paragraph', text: '' },
        { kind: 'paragraph', text: 'Three.' },
      ],
    },
    mainStyle,
  );
  const map = readWordText(panel);
  expect(map.text).toBe('One\ttwo.\n\nThree.');
  expect(domRange(map, 4, 8)!.toString()).toBe('two.');
  expect(domRange(map, 0, 3)!.toString()).toBe('One');
});
