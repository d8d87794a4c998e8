// The parser's white-space move is replaced by a one-pass version (core/analysis/sentences.ts): the trees must be
// the ones parse-latin's own plugin builds, and the replacement must still find the plugin it replaces.
import { ParseEnglish } from 'parse-english';
import { describe, expect, it } from 'vitest';
import { english, initialWhiteSpaceSiblings } from '../../core/analysis/sentences.ts';

const stock = new ParseEnglish();

describe('the one-pass white-space move', () => {
  it('replaces parse-latin’s plugin in the root and paragraph lists', () => {
    const replaced = (plugins: readonly unknown[]) => plugins.filter((plugin) => plugin === initialWhiteSpaceSiblings).length;
    expect(replaced(english.tokenizeRootPlugins)).toBe(1);
    expect(replaced(english.tokenizeParagraphPlugins)).toBe(1);
  });

  it.each([
    ['sentences opened by spaces', 'Deputies may ask.   Nothing more.  \tThe end.'],
    ['a paragraph opened by spaces and tabs', ' \t  Officers shall not ask.\n\n   Second paragraph.  '],
    ['many tiny sentences', `Officers may ask. ${'Pub. '.repeat(60)}`],
    ['white space only', '   \n\n  '],
    ['a line break inside a paragraph', 'First line.\n  Second line.\n\tThird line.'],
    ['empty', ''],
  ])('builds the same tree as parse-latin: %s', (_, text) => {
    expect(english.parse(text)).toEqual(stock.parse(text));
  });
});
