import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it, vi } from 'vitest';
import { lint } from '../../index.ts';
import { parseBlock, sentencesOf } from '../../core/analysis/sentences.ts';
import { readHtml } from '../../core/document/html.ts';
import { needsGfm, readMarkdown, readMarkdownChunks } from '../../core/document/markdown.ts';
import type { Block } from '../../core/document/model.ts';
import { readText, readTextChunks } from '../../core/document/text.ts';
import { ChunkReadings } from '../../core/document/chunk-readings.ts';
import { splitChunks } from '../../core/document/chunks.ts';
import { denseDraftOf, draftOf } from '../../scripts/lib/draft.ts';

/** Every character of a block maps to the same character in the source. */
function expectAligned(source: string, block: Block): void {
  for (let i = 0; i < block.text.length; i++) {
    const char = block.text[i]!;
    if (/\s/.test(char)) continue;
    expect(source[block.offsets[i]!], `"${block.text}" at ${i}`).toBe(char);
  }
}

describe('statute items inside a markdown paragraph', () => {
  it('reads "(1) …" lines after a line ending a clause as list items under the line that introduces them', () => {
    const source =
      '(a) A county may not:\n   (1) adopt a policy that limits enforcement;\n   (2) hire staff by religion; or\n   (3) close the office.\n';
    const { blocks } = readMarkdown(source);
    expect(blocks.map((block) => [block.kind, block.text, block.leadIn])).toEqual([
      ['paragraph', '(a) A county may not:', undefined],
      ['list-item', '(1) adopt a policy that limits enforcement;', 0],
      ['list-item', '(2) hire staff by religion; or', 0],
      ['list-item', '(3) close the office.', 0],
    ]);
    for (const block of blocks) expectAligned(source, block);
  });

  it('leaves a line that continues a sentence, or a label in mid-line, in its paragraph', () => {
    const { blocks } = readMarkdown('The officer read the list in\n(a) the order it was given.\n');
    expect(blocks.map((block) => block.text)).toEqual(['The officer read the list in\n(a) the order it was given.']);
  });
});

describe('markdown blocks', () => {
  const source = [
    '# General Order 1.01: Contacts',
    '',
    'Members shall not:',
    '',
    '1. ask about *immigration* status;',
    '2. demand a **green card**',
    '   from a passenger.',
    '',
    '> Quoted guidance with `code` text.',
    '',
    '| Rule | Note |',
    '| --- | --- |',
    '| Ask &amp; verify | cell two |',
    '',
    '```',
    'Officers may ask about status.',
    '```',
  ].join('\n');
  const { blocks } = readMarkdown(source);

  it('reads headings, paragraphs, list items with their lead-in, quotes and table cells, and skips code', () => {
    expect(blocks.map((block) => [block.kind, block.text])).toEqual([
      ['heading', 'General Order 1.01: Contacts'],
      ['paragraph', 'Members shall not:'],
      ['list-item', 'ask about immigration status;'],
      ['list-item', 'demand a green card\nfrom a passenger.'],
      ['blockquote', 'Quoted guidance with code text.'],
      ['table-cell', 'Rule'],
      ['table-cell', 'Note'],
      ['table-cell', 'Ask & verify'],
      ['table-cell', 'cell two'],
    ]);
    expect(blocks[2]!.leadIn).toBe(1);
    expect(blocks[3]!.leadIn).toBe(1);
  });

  it('keeps exact source offsets through markup, entities and continuation indentation', () => {
    for (const block of blocks) expectAligned(source, block);
    const item = blocks[3]!;
    const from = item.text.indexOf('from');
    expect(source.slice(item.offsets[from]!, item.offsets[from]! + 4)).toBe('from');
  });

  it('gives a nested list its parent item as lead-in', () => {
    const { blocks: nested } = readMarkdown(
      'Members shall:\n\n- respond to calls, and not:\n  - ask about status;\n  - verify citizenship.\n- write reports.',
    );
    expect(nested.map((block) => [block.text, block.leadIn])).toEqual([
      ['Members shall:', undefined],
      ['respond to calls, and not:', 0],
      ['ask about status;', 1],
      ['verify citizenship.', 1],
      ['write reports.', 0],
    ]);
  });

  it('shifts offsets by the chunk base', () => {
    const { blocks: shifted } = readMarkdown('Hello world.', 100);
    expect(shifted[0]!.offsets[0]).toBe(100);
  });

  it('reads trustlint directives from comments', () => {
    const { directives } = readMarkdown('<!--trustlint disable status-inquiry-->\n\nText.\n\n<!--trustlint enable-->');
    expect(directives.map((directive) => directive.words)).toEqual([['disable', 'status-inquiry'], ['enable']]);
    expect(directives[0]).toMatchObject({ start: 0, end: 39 });
  });
});

describe('plain text blocks', () => {
  it('takes a title line with no blank line after it as a heading (editor text), but keeps a wrapped first line whole', () => {
    const editor = 'General Order 5.12: Community Contacts\nOfficers shall not ask about status.\nMembers may help.';
    expect(readText(editor).blocks.map((block) => [block.kind, block.text])).toEqual([
      ['heading', 'General Order 5.12: Community Contacts'],
      ['paragraph', 'Officers shall not ask about status. Members may help.'],
    ]);
    for (const block of readText(editor).blocks) expectAligned(editor, block);
    const wrapped = 'The Department is committed to building trust with all\ncommunities it serves.';
    expect(readText(wrapped).blocks.map((block) => [block.kind, block.text])).toEqual([
      ['paragraph', 'The Department is committed to building trust with all communities it serves.'],
    ]);
    const later = 'An opening paragraph.\n\nShort second line\nNext Line continues it.';
    expect(readText(later).blocks.map((block) => block.kind)).toEqual(['paragraph', 'paragraph']);
  });

  it('recognises bullets, numbering, letters and roman numerals as list items under their lead-in', () => {
    const source = [
      'PURPOSE',
      '',
      'Members are authorized to:',
      '• verify a driver license;',
      '- check the warrant;',
      '1. call a supervisor;',
      'a) write a report;',
      '(ii) notify dispatch',
      '   when the call ends.',
      '',
      'A closing paragraph',
      'over two lines.',
    ].join('\n');
    const { blocks } = readText(source);
    expect(blocks.map((block) => [block.kind, block.text, block.leadIn])).toEqual([
      ['heading', 'PURPOSE', undefined],
      ['paragraph', 'Members are authorized to:', undefined],
      ['list-item', 'verify a driver license;', 1],
      ['list-item', 'check the warrant;', 1],
      ['list-item', 'call a supervisor;', 1],
      ['list-item', 'write a report;', 1],
      ['list-item', 'notify dispatch when the call ends.', 1],
      ['paragraph', 'A closing paragraph over two lines.', undefined],
    ]);
    for (const block of blocks) expectAligned(source, block);
  });
});

describe('HTML blocks', () => {
  it('reads paragraphs and list items with offsets into the HTML source', () => {
    const source = '<h1>Order</h1>\n<p>Members shall not:</p>\n<ul><li>ask about\n   status;</li><li>stop &amp; frisk</li></ul>';
    const { blocks } = readHtml(source);
    expect(blocks.map((block) => [block.kind, block.text])).toEqual([
      ['heading', 'Order'],
      ['paragraph', 'Members shall not:'],
      ['list-item', 'ask about status;'],
      ['list-item', 'stop & frisk'],
    ]);
    expect(blocks[2]!.leadIn).toBe(1);
    for (const block of blocks) expectAligned(source, block);
  });
});

describe('GFM only where a chunk may use it', () => {
  const gfm = unified().use(remarkParse).use(remarkGfm);
  const commonMark = unified().use(remarkParse);
  const examples = join(import.meta.dirname, '../../examples');
  const chunksOf = (source: string) => splitChunks(source).map(({ start, end }) => source.slice(start, end));

  it('parses a chunk without any GFM trigger to the same tree with or without GFM', () => {
    const tricky = [
      'Title\n=====\n\nAnd *emphasis*, __strong__, `code`, <span>html</span> & &amp; entities.',
      '1. First\n2. Second\n   continued\n\n- a\n- b\n\n> quoted\nlazy line',
      '<!-- trustlint disable status-inquiry -->\n\n    indented code\n\n```\nfenced\n```',
      'a\n- :\n\nb\n---\n\nWe will contact you at home: ask for Ana.',
    ];
    const files = readdirSync(examples).filter((name) => name.endsWith('.md'));
    const chunks = [...tricky, ...files.flatMap((name) => chunksOf(readFileSync(join(examples, name), 'utf8')))];
    const plain = chunks.filter((chunk) => !needsGfm(chunk));
    expect(plain.length).toBeGreaterThan(50);
    for (const chunk of plain) expect(commonMark.parse(chunk), chunk).toEqual(gfm.parse(chunk));
  });

  it('sends every GFM construct to the GFM parser', () => {
    const constructs = [
      'a | b\n--|--\nc | d',
      'a table of one column\n:-:',
      'not ~~this~~ one',
      'a note[^1]\n\n[^1]: the note',
      '- [ ] a task',
      'see www.example.org',
      'see HTTPS://example.org',
      'write to help@example.org',
    ];
    for (const chunk of constructs) {
      expect(commonMark.parse(chunk), chunk).not.toEqual(gfm.parse(chunk));
      expect(needsGfm(chunk), chunk).toBe(true);
    }
  });
});

describe('chunks read together', () => {
  const folders = ['examples', 'eval', 'test/fixtures'].map((folder) => join(import.meta.dirname, '../..', folder));
  const markdownUnder = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return markdownUnder(path);
      return entry.name.endsWith('.md') ? [readFileSync(path, 'utf8')] : [];
    });
  const chunksOf = (source: string) => splitChunks(source).map(({ start, end }) => source.slice(start, end));

  it('reads every chunk as it reads alone', () => {
    const drafts = folders.flatMap(markdownUnder);
    expect(drafts.length).toBeGreaterThan(20);
    const readAlone = (chunks: readonly string[]) => chunks.map((chunk) => readMarkdown(chunk));
    // Lists continued by the next chunk (each item's lead-in stays in its own chunk), quotes, headings, a first chunk
    // opening with white space, a last chunk with no blank line after it, and what may not be joined.
    const tricky = [
      ['Members shall:', '1. ask nothing;', '2. keep nothing.', '- one', '* two', '> quoted', '> again\nlazy'],
      ['    indented code at the start', '- item', '1) numbered', 'Setext\n===', '===', '---', '***emphasis** open'],
      ['- an item', "    indented: code alone, the item's own paragraph beside it", 'Plain.'],
      ['Intro:\n- a\n  - a1', '- b\n  - b1', 'Closing words.', '<!-- a comment', 'that ends later -->', 'Text'],
      ['[x]: http://example.org', 'See [x].', '```', 'code', '```', 'After the fence.', 'Last line without a newline'],
      ['a | b', '--|--', 'Plain again.', 'www.example.org', 'Plain.', '-', '- b'],
    ].map((parts) => parts.map((part, i) => (i === parts.length - 1 ? part : `${part}\n\n`)));
    const sets = [...drafts.map(chunksOf), chunksOf(draftOf(20_000)), chunksOf(denseDraftOf(20_000)), ...tricky];
    let joined = 0;
    for (const chunks of sets) {
      expect(readMarkdownChunks(chunks), chunks.join('')).toEqual(readAlone(chunks));
      joined += chunks.length;
    }
    expect(joined).toBeGreaterThan(1000);
  });

  it('parses runs of chunks at once', () => {
    const processor = Object.getPrototypeOf(unified()) as { parse: (...args: unknown[]) => unknown };
    const parse = vi.spyOn(processor, 'parse');
    const chunks = Array.from({ length: 200 }, (_, i) => `${i + 1}. Paragraph ${i} asks nothing of anyone.\n\n`);
    const readings = readMarkdownChunks(chunks);
    expect(readings.map((reading) => reading.blocks.map((block) => block.text))).toEqual(
      chunks.map((_, i) => [`Paragraph ${i} asks nothing of anyone.`]),
    );
    expect(parse.mock.calls.length).toBeLessThanOrEqual(2);
    parse.mockRestore();
  });
});

describe('chunks', () => {
  it('splits at blank lines but not inside fences or before indented continuations', () => {
    const source = 'One.\n\nTwo\nlines.\n\n```\na\n\nb\n```\n\n- item\n\n  continued\n\nLast.';
    expect(splitChunks(source).map((chunk) => source.slice(chunk.start, chunk.end).trim())).toEqual([
      'One.',
      'Two\nlines.',
      '```\na\n\nb\n```',
      '- item\n\n  continued',
      'Last.',
    ]);
  });

  it('reads blank and indented lines as String.prototype.trim would, whatever the whitespace', () => {
    // A line of only no-break spaces and a carriage return is blank; a line opening with one is not a continuation;
    // a fence holds its blank lines, and its closing line may be indented.
    const source = 'One.\r\n\u00a0\r\n\u00a0Two.\n\n~~~\n\u2003\n\n  ~~~\n\nThree.';
    expect(splitChunks(source).map((chunk) => source.slice(chunk.start, chunk.end).trim())).toEqual([
      'One.',
      'Two.',
      '~~~\n\u2003\n\n  ~~~',
      'Three.',
    ]);
  });

  it('re-reads only the chunks an edit touched, and reads the same as a fresh reader', () => {
    const read: string[] = [];
    const countingWith = (reader: typeof readMarkdownChunks) => (chunks: readonly string[]) => {
      for (const chunk of chunks) read.push(chunk.trim());
      return reader(chunks);
    };
    const markdown = countingWith(readMarkdownChunks);
    const text = countingWith(readTextChunks);
    const paragraphs = Array.from({ length: 8 }, (_, i) => `Paragraph ${i}.`);
    const readings = new ChunkReadings();
    const check = (source: string, reader = markdown) => {
      const fresh = new ChunkReadings().read(source, reader);
      read.length = 0;
      expect(readings.read(source, reader)).toEqual(fresh);
      return [...read];
    };
    expect(check(paragraphs.join('\n\n'))).toHaveLength(8);
    const edited = [...paragraphs];
    edited[3] = 'Paragraph 3, edited.';
    expect(check(edited.join('\n\n'))).toEqual(['Paragraph 3, edited.']);
    // Text added at the start shifts every chunk after it: none is read again.
    expect(check(`# New title\n\n${edited.join('\n\n')}`)).toEqual(['# New title']);
    // A paragraph moved is found by its text; a paragraph split in two is read anew.
    const moved = [edited[5], ...edited.slice(0, 5), ...edited.slice(6)];
    expect(check(moved.join('\n\n'))).toEqual([]);
    expect(check(moved.join('\n\n').replace('Paragraph 0.', 'Paragraph\n\n0.'))).toEqual(['Paragraph', '0.']);
    // Another reader reads everything again.
    expect(check(moved.join('\n\n'), text)).toHaveLength(8);
    expect(check(moved.join('\n\n'))).toHaveLength(8);
    // A fence opened by an edit takes in the chunks after it: they are read again as part of it.
    const fenced = [...moved.slice(0, 6), '```', ...moved.slice(6)].join('\n\n');
    expect(check(fenced)).toEqual([['```', ...moved.slice(6)].join('\n\n')]);
  });

  it('a part read up to a point keeps the readings after it: the whole document next reads only what the edit touched', () => {
    const read: string[] = [];
    const reader = (chunks: readonly string[]) => {
      for (const chunk of chunks) read.push(chunk.trim());
      return readMarkdownChunks(chunks);
    };
    const paragraphs = Array.from({ length: 8 }, (_, i) => `Paragraph ${i}.`);
    const readings = new ChunkReadings();
    const whole = (source: string) => {
      read.length = 0;
      expect(readings.read(source, reader)).toEqual(new ChunkReadings().read(source, readMarkdownChunks));
      return [...read];
    };
    expect(whole(paragraphs.join('\n\n'))).toHaveLength(8);
    // An edit in paragraph 2: its part (up to paragraph 3) reads the paragraph edited; the whole reads nothing more.
    const edited = [...paragraphs];
    edited[2] = 'Paragraph 2, edited at some length.';
    const source = edited.join('\n\n');
    read.length = 0;
    const part = readings.read(source, reader, source.indexOf('Paragraph 3'));
    expect(part).toHaveLength(3);
    expect(read).toEqual(['Paragraph 2, edited at some length.']);
    expect(whole(source)).toEqual([]);
    // Two edits apart, one part over both (an edit's part covers the change), then the whole: each is read once.
    const again = [...edited];
    again[1] = 'Paragraph 1, edited.';
    again[5] = 'Paragraph 5, edited.';
    const next = again.join('\n\n');
    read.length = 0;
    expect(readings.read(next, reader, next.indexOf('Paragraph 6'))).toHaveLength(6);
    expect(read).toEqual(['Paragraph 1, edited.', 'Paragraph 5, edited.']);
    expect(whole(next)).toEqual([]);
  });
});

/** The sentences of a one-block text, after checking that every word's offsets point at it in the block. */
function sentenceTexts(text: string): string[] {
  const block = readText(text).blocks[0]!;
  const sentences = sentencesOf(block, parseBlock(block));
  for (const sentence of sentences) {
    for (const word of sentence.words) expect(block.text.slice(word.start, word.end)).toBe(word.text);
  }
  return sentences.map((sentence) => sentence.text);
}

describe('sentences', () => {
  it('splits a block into sentences with word offsets into the block text', () => {
    expect(sentenceTexts('Officers shall not ask. Mr. Smith will verify it!')).toEqual([
      'Officers shall not ask.',
      'Mr. Smith will verify it!',
    ]);
  });

  it('ends a sentence after two capitals and a full stop ("photo ID."), which the parser keeps as one word, but not inside "U.S."', () => {
    expect(sentenceTexts('Bring a photo ID. If you have none, officers will help. He moved to the U.S. Immigration agents came.')).toEqual([
      'Bring a photo ID.',
      'If you have none, officers will help.',
      'He moved to the U.S. Immigration agents came.',
    ]);
  });

  it('does not end a sentence inside a statute citation, and still ends one after an answer of "No."', () => {
    const text =
      'Section 9, as amended by Pub. L. No. 107-296 and Ariz. Rev. Stat. Ann. § 11-1051, lets the state act. Will officers ask? No. Officers will not ask.';
    expect(sentenceTexts(text)).toEqual([
      'Section 9, as amended by Pub. L. No. 107-296 and Ariz. Rev. Stat. Ann. § 11-1051, lets the state act.',
      'Will officers ask?',
      'No.',
      'Officers will not ask.',
    ]);
  });
});

describe('pathological markdown', () => {
  it('reads a chunk nested deeper than any real draft as plain text, keeping offsets', () => {
    const source = `${'- '.repeat(200)}ask about status`;
    const { blocks } = readMarkdown(source);
    expect(blocks).toHaveLength(1);
    expectAligned(source, blocks[0]!);
    expect(blocks[0]!.text.endsWith('ask about status')).toBe(true);
    const indented = Array.from({ length: 100 }, (_, i) => `${' '.repeat(i * 2)}- level ${i}`).join('\n');
    expect(readMarkdown(indented).blocks.length).toBeGreaterThan(0);
  });

  it('still parses ordinary nesting as markdown', () => {
    const { blocks } = readMarkdown('- one\n  - two\n    - three');
    expect(blocks.map((block) => block.text)).toEqual(['one', 'two', 'three']);
  });
});

describe('offsets through entities and escapes', () => {
  it('a no-break space from "&nbsp;" does not take the next space, so later words keep their places', async () => {
    const sentence = 'Deputies may ask passengers about their immigration status.';
    const text = `&amp; &nbsp; \\* escaped. ${sentence}\n`;
    const { messages } = await lint(text, { format: 'markdown' });
    const finding = messages.find((message) => message.ruleId === 'status-inquiry')!;
    expect(finding.actual).toBe('ask passengers about their immigration status');
    expect(text.indexOf(finding.actual!)).toBe((finding.place as { start: { offset: number } }).start.offset);
  });
});
