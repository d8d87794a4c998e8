// Opening a draft on the review page: what the CLI refuses is refused here too, in one line naming the file.
import { describe, expect, test } from 'vitest';
import { checkFileName, fixedFileName, readDraft } from '../../extension/lib/review-file.ts';
import { MAX_INPUT_BYTES } from '../../core/document/decode.ts';
import { makeDocx } from '../cli/docx.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const draft = '# General Order\n\nOfficers shall ask about immigration status.\n';

describe('readDraft', () => {
  test('text formats open as they are, by extension; a UTF-8 byte-order mark is dropped', async () => {
    expect(await readDraft('draft.md', utf8(draft))).toEqual({ name: 'draft.md', format: 'markdown', original: draft });
    expect(await readDraft('draft.TXT', utf8(draft))).toMatchObject({ format: 'text', original: draft });
    expect(await readDraft('page.htm', utf8(`<p>${draft}</p>`))).toMatchObject({ format: 'html', original: `<p>${draft}</p>` });
    expect(await readDraft('bom.md', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(draft)]))).toMatchObject({ original: draft });
  });

  test('a .docx opens as its extracted text and keeps its bytes', async () => {
    const bytes = makeDocx(['General Order 4.12', 'Officers shall ask about immigration status.']);
    const opened = await readDraft('order.docx', bytes);
    expect(opened).toMatchObject({ format: 'docx', original: 'General Order 4.12\n\nOfficers shall ask about immigration status.' });
    expect(opened.bytes).toBe(bytes);
  });

  test.each([
    ['notes.pdf', utf8(draft), 'notes.pdf is not a draft trustlint reads: open a .md, .txt, .html or .docx file'],
    ['no-extension', utf8(draft), 'no-extension is not a draft trustlint reads: open a .md, .txt, .html or .docx file'],
    ['empty.md', new Uint8Array(), 'empty.md is empty'],
    ['blank.txt', utf8(' \n\t\n'), 'blank.txt is empty'],
    [
      'image.md',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      'image.md is a binary file, not a text draft',
    ],
    ['wide.txt', new Uint8Array([0xff, 0xfe, 0x41, 0]), 'wide.txt is UTF-16 text; save it as UTF-8'],
    ['latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 'latin1.txt is not valid UTF-8 text; save it as UTF-8'],
    ['fake.docx', utf8(draft), 'fake.docx is not a .docx file (it is not a zip archive)'],
    ['blank.docx', makeDocx(['', ' ']), 'blank.docx has no text to check'],
  ])('%s is refused in one line', async (name, bytes, message) => {
    await expect(readDraft(name, bytes)).rejects.toThrow(message);
    expect(message).not.toContain('\n');
  });

  test('a zip that is not a Word document is refused as an unreadable .docx', async () => {
    const broken = makeDocx(['text']).slice(0, 200);
    await expect(readDraft('broken.docx', broken)).rejects.toThrow(/^broken\.docx is not a readable \.docx file \(.+\)$/);
  });
});

test("the size limit is the CLI's, and a file over it is refused before it is read", () => {
  expect(() => checkFileName('huge.md', MAX_INPUT_BYTES + 1024 * 1024)).toThrow('huge.md is 21 MB; trustlint reads drafts up to 20 MB');
  expect(checkFileName('fits.md', MAX_INPUT_BYTES)).toBe('markdown');
});

test('the fixed draft keeps its format, except a .docx, whose fixed text is plain text', () => {
  expect(fixedFileName({ name: 'draft.md', format: 'markdown' })).toBe('draft.fixed.md');
  expect(fixedFileName({ name: 'General Order 4.12.html', format: 'html' })).toBe('General Order 4.12.fixed.html');
  expect(fixedFileName({ name: 'order.docx', format: 'docx' })).toBe('order.fixed.txt');
  expect(fixedFileName({ name: 'pasted-draft.txt', format: 'text' })).toBe('pasted-draft.fixed.txt');
});

test('a draft longer than the page checks is refused at open, pointing to the command line', async () => {
  const long = new TextEncoder().encode('Officers may ask about status. '.repeat(40_000));
  await expect(readDraft('manual.md', long)).rejects.toThrow(
    /^manual\.md has 1,240,000 characters; the review page checks drafts up to 1,000,000\. Check it with the trustlint command line instead$/,
  );
  const fits = new TextEncoder().encode('Officers may ask about status. '.repeat(30_000));
  expect((await readDraft('order.md', fits)).original.length).toBe(930_000);
});
