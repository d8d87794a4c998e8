// What the service worker accepts, and from whom (issue 12, point 4): a page can forge any field of its content
// script's messages, but not the browser's sender.
import { describe, expect, test } from 'vitest';
import { maxTextChars, originOf, parseExtensionRequest, parsePageRequest, parsePanelHello } from '../../extension/lib/requests.ts';

const id = 'abcdefghijklmnop';
const extensionOrigin = `chrome-extension://${id}/`;

describe('who sent it', () => {
  test('an extension page is known by its URL, even in a tab; a content script by its tab and frame', () => {
    expect(originOf({ id, url: `${extensionOrigin}sidepanel.html?tabId=3` }, id, extensionOrigin)).toEqual({ from: 'extension' });
    expect(originOf({ id, url: `${extensionOrigin}sidepanel.html`, tab: { id: 9 } }, id, extensionOrigin)).toEqual({ from: 'extension' });
    expect(originOf({ id, url: 'https://example.test/', tab: { id: 4 }, frameId: 2 }, id, extensionOrigin)).toEqual({
      from: 'page',
      tabId: 4,
      frameId: 2,
    });
  });

  test('another extension, or a page sender without a tab, is nobody', () => {
    expect(originOf({ id: 'other', url: `${extensionOrigin}x.html` }, id, extensionOrigin)).toBeUndefined();
    expect(originOf({ id, url: 'https://example.test/' }, id, extensionOrigin)).toBeUndefined();
    // A look-alike origin is not the extension's.
    expect(originOf({ id, url: `chrome-extension://${id}.evil.test/`, tab: { id: 1 } }, id, extensionOrigin)).toMatchObject({
      from: 'page',
    });
  });
});

describe('what a content script may ask', () => {
  const lint = {
    type: 'lint',
    documentKey: 'https://example.test/a#body',
    text: 'Officers shall ask.',
    format: 'text',
    title: 'A',
    url: 'https://example.test/a',
    editor: 'textarea',
    canApply: true,
  };

  test('a well-formed check is rebuilt from its fields alone', () => {
    expect(parsePageRequest({ ...lint, tabId: 99, frameId: 5, extra: 'x' })).toEqual(lint);
    expect(parsePageRequest({ ...lint, canReveal: false, limitation: 'Copy only' })).toEqual({
      ...lint,
      canReveal: false,
      limitation: 'Copy only',
    });
  });

  test('malformed fields are refused', () => {
    for (const bad of [
      { format: 'docx2' },
      { format: 'constructor' },
      { text: 5 },
      { text: 'x'.repeat(maxTextChars + 1) },
      { documentKey: 'k'.repeat(5000) },
      { canApply: 'yes' },
      { canReveal: 'no' },
      { limitation: {} },
      { title: undefined },
    ])
      expect(parsePageRequest({ ...lint, ...bad }), JSON.stringify(bad).slice(0, 60)).toBeUndefined();
  });

  test('a text sent as a change is accepted only with whole numbers in order, an empty text and a bounded insertion', () => {
    const change = { base: 3, baseLength: 20, start: 5, end: 9, text: 'shall not' };
    expect(parsePageRequest({ ...lint, text: '', version: 4, change: { ...change, extra: 1 } })).toEqual({
      ...lint,
      text: '',
      version: 4,
      change,
    });
    for (const bad of [
      { change: { ...change, start: 10 } },
      { change: { ...change, end: 21 } },
      { change: { ...change, base: -1 } },
      { change: { ...change, baseLength: maxTextChars + 1, end: 9 } },
      { change: { ...change, start: 1.5 } },
      { change: { ...change, text: 'x'.repeat(maxTextChars + 1) } },
      { change: { ...change, text: 7 } },
      { change: 'all' },
      { change, text: 'a whole text as well' },
      { change, version: 'four' },
      { change, version: -4 },
    ])
      expect(parsePageRequest({ ...lint, text: '', version: 4, ...bad }), JSON.stringify(bad).slice(0, 60)).toBeUndefined();
  });

  test('where the caret is comes as a whole number, or the request is refused', () => {
    expect(parsePageRequest({ ...lint, focus: 1200 })).toEqual({ ...lint, focus: 1200 });
    for (const focus of [-1, 2.5, '1200', {}]) expect(parsePageRequest({ ...lint, focus }), String(focus)).toBeUndefined();
  });

  test("tab-scoped requests are not a content script's: get-state and set-kind are unknown to it", () => {
    expect(parsePageRequest({ type: 'get-state', tabId: 1 })).toBeUndefined();
    expect(parsePageRequest({ type: 'set-kind', tabId: 1, kind: 'bulletin' })).toBeUndefined();
    // Its ignore carries no tab: the worker takes the sender's.
    expect(parsePageRequest({ type: 'ignore', tabId: 7, documentKey: 'k', fingerprint: 'f' })).toEqual({
      type: 'ignore',
      documentKey: 'k',
      fingerprint: 'f',
    });
    expect(parsePageRequest({ type: 'ignore', documentKey: 'k', fingerprint: 3 })).toBeUndefined();
    // Focus and forget name an editor of the sender's own frame; the worker checks that it is one.
    expect(parsePageRequest({ type: 'forget', tabId: 7, documentKey: 'k' })).toEqual({ type: 'forget', documentKey: 'k' });
    expect(parsePageRequest({ type: 'forget', documentKey: 'k'.repeat(5000) })).toBeUndefined();
    expect(parsePageRequest({ type: 'focus', documentKey: 5 })).toBeUndefined();
    expect(parsePageRequest(null)).toBeUndefined();
    expect(parsePageRequest('lint')).toBeUndefined();
  });
});

describe('what an extension page may ask', () => {
  test('kinds come from the known list', () => {
    expect(parseExtensionRequest({ type: 'set-kind', tabId: 3, kind: 'outreach' })).toEqual({
      type: 'set-kind',
      tabId: 3,
      kind: 'outreach',
    });
    expect(parseExtensionRequest({ type: 'set-kind', tabId: 3, kind: 'auto' })).toEqual({ type: 'set-kind', tabId: 3, kind: 'auto' });
    for (const kind of ['constructor', '__proto__', 'toString', '', 5])
      expect(parseExtensionRequest({ type: 'set-kind', tabId: 3, kind })).toBeUndefined();
  });

  test('tab ids are whole numbers', () => {
    for (const tabId of [-1, 1.5, '3', Number.NaN, undefined]) {
      expect(parseExtensionRequest({ type: 'get-state', tabId })).toBeUndefined();
      expect(parsePanelHello({ tabId })).toBeUndefined();
    }
    expect(parsePanelHello({ tabId: 12 })).toBe(12);
    expect(parseExtensionRequest({ type: 'lint', text: 'x' })).toBeUndefined();
  });
});
