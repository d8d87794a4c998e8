// @vitest-environment jsdom
// Which elements the Word kind takes as the Word editor: the document panel, from anywhere inside it or from its
// input proxy, and nothing on other pages.
import { expect, test } from 'vitest';
import { wordDocumentId, wordKind } from '../../extension/adapters/word.ts';
import { findEditor } from '../../extension/adapters/index.ts';

function page(html: string): void {
  document.body.innerHTML = html;
}

test('a paragraph, a run or the editing element inside the panel all lead to the panel, before the generic kinds', () => {
  page(`<div id="WACViewPanel"><div id="WACViewPanel_EditingElement_WrappingDiv"><div id="WACViewPanel_EditingElement" contenteditable="true">
    <div class="OutlineElement"><p class="Paragraph"><span class="TextRun"><span class="NormalTextRun" id="run">Officers</span></span></p></div></div></div></div>`);
  const panel = document.getElementById('WACViewPanel')!;
  for (const id of ['run', 'WACViewPanel_EditingElement']) {
    const found = findEditor(document.getElementById(id)!);
    expect(found?.element).toBe(panel);
    expect(found?.kind).toBe(wordKind);
  }
  expect([...wordKind.discover(document)]).toEqual([panel]);
});

test('an input proxy placed outside the panel still leads to the panel', () => {
  page(`<div id="WACViewPanel_EditingElement_WrappingDiv"><div id="WACViewPanel_EditingElement" contenteditable="true"></div></div>
    <div id="WACViewPanel"><p class="Paragraph">Text</p></div>`);
  expect(wordKind.match(document.getElementById('WACViewPanel_EditingElement')!)).toBe(document.getElementById('WACViewPanel'));
});

test('other pages are left to the generic kinds', () => {
  page(`<div id="editor" contenteditable="true"><p class="Paragraph">Text</p></div><textarea id="field"></textarea>`);
  expect(wordKind.match(document.querySelector('p')!)).toBeUndefined();
  expect([...wordKind.discover(document)]).toEqual([]);
  expect(findEditor(document.getElementById('field')!)?.kind).not.toBe(wordKind);
});

test("each Word document gets its own id from the frame's WOPISrc, so Ignore is remembered per document", () => {
  const frame = 'https://usc-word-edit.officeapps.live.com/we/wordeditorframe.aspx';
  const first = wordDocumentId(`${frame}?ui=en-US&WOPISrc=https%3A%2F%2Fcontoso.sharepoint.com%2F_vti_bin%2Fwopi.ashx%2Ffiles%2Fa1`);
  const second = wordDocumentId(`${frame}?wopisrc=https%3A%2F%2Fcontoso.sharepoint.com%2F_vti_bin%2Fwopi.ashx%2Ffiles%2Fb2&ui=en-US`);
  expect(first).toBe('wopi:https://contoso.sharepoint.com/_vti_bin/wopi.ashx/files/a1');
  expect(second).not.toBe(first);
  expect(wordDocumentId(`${frame}?ui=en-US`)).toBeUndefined();
});
