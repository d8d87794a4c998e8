// Reading a Google Docs document through its export URLs: markdown first, plain text when markdown fails, and a
// clear reason for every answer that is not the document (no access, a sign-in page, too large, not text).
import { afterEach, expect, test, vi } from 'vitest';
import { documentPrefix, exportLimitBytes, exportUrl, readExport } from '../../extension/adapters/google-docs-export.ts';

const page = new URL('https://docs.google.com/document/d/abc_DEF-123/edit?tab=t.0');

type Answer = () => Response;
function serve(answers: Partial<Record<'md' | 'txt', Answer>>) {
  const requested: string[] = [];
  vi.stubGlobal('fetch', async (address: string) => {
    requested.push(address);
    const format = new URL(address).searchParams.get('format') as 'md' | 'txt';
    const answer = answers[format];
    return answer ? answer() : new Response('missing', { status: 500 });
  });
  return requested;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

test("the export URL is the document's own, for signed-in accounts too", () => {
  expect(exportUrl(page, 'md')).toBe('https://docs.google.com/document/d/abc_DEF-123/export?format=md');
  expect(exportUrl(new URL('https://docs.google.com/document/u/1/d/xyz/edit'), 'txt')).toBe(
    'https://docs.google.com/document/u/1/d/xyz/export?format=txt',
  );
  expect(documentPrefix(new URL('https://docs.google.com/spreadsheets/d/xyz/edit'))).toBeUndefined();
  expect(documentPrefix(new URL('https://docs.google.com.evil.example/document/d/xyz/edit'))).toBeUndefined();
});

test('markdown is read when Docs gives it; plain text (without BOM and CRs) only when it does not', async () => {
  const requested = serve({ md: () => new Response('# Title\n\nBody.\n', { headers: { 'content-type': 'text/markdown' } }) });
  expect(await readExport(page)).toEqual({ text: '# Title\n\nBody.\n', format: 'markdown' });
  expect(requested).toEqual([exportUrl(page, 'md')]);

  serve({
    md: () => new Response('nope', { status: 500 }),
    txt: () => new Response('\uFEFFTitle\r\nBody.', { headers: { 'content-type': 'text/plain' } }),
  });
  expect(await readExport(page)).toEqual({ text: 'Title\nBody.', format: 'text' });
});

test.each([
  [() => new Response('', { status: 401 }), 'refused to export this document (HTTP 401)'],
  [() => new Response('', { status: 403 }), 'refused to export this document (HTTP 403)'],
  [() => new Response('<html><title>Sign in</title></html>', { headers: { 'content-type': 'text/html' } }), 'sign-in page'],
  [() => new Response('  <!DOCTYPE html><p>Sign in</p>', { headers: { 'content-type': 'text/plain' } }), 'sign-in page'],
  [
    () => new Response(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 0xff]), { headers: { 'content-type': 'application/pdf' } }),
    'not text',
  ],
  [() => new Response('x', { headers: { 'content-length': String(exportLimitBytes + 1) } }), 'too large to check here'],
])('an export that is not the document gives a reason: %#', async (answer, reason) => {
  serve({ md: answer, txt: answer });
  await expect(readExport(page)).rejects.toThrow(reason);
});

test('a body without a stated length is read only up to the limit', async () => {
  let pulled = 0;
  const endless = () =>
    new Response(
      new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled += 64_000;
          controller.enqueue(new Uint8Array(64_000).fill(0x61));
        },
      }),
      { headers: { 'content-type': 'text/plain' } },
    );
  serve({ md: endless, txt: endless });
  await expect(readExport(page)).rejects.toThrow('too large to check here');
  // Two reads (markdown, then plain text), each stopped just past the limit.
  expect(pulled).toBeLessThan(2 * (exportLimitBytes + 4 * 64_000));
});

test('a network failure says so in one line', async () => {
  vi.stubGlobal('fetch', async () => {
    throw new TypeError('Failed to fetch');
  });
  await expect(readExport(page)).rejects.toThrow('could not be reached');
});

test("an export answered from outside Google's hosts is not read", async () => {
  const from = (url: string, body: string) => {
    const response = new Response(body, { headers: { 'content-type': 'text/plain' } });
    Object.defineProperty(response, 'url', { value: url });
    return response;
  };
  serve({
    md: () => from('https://collector.example/steal', 'Title\n\nBody.'),
    txt: () => from('https://docs.google.com.evil.example/x', 'Title\n\nBody.'),
  });
  await expect(readExport(page)).rejects.toThrow(
    'Google Docs sent the export on to another site (docs.google.com.evil.example), so it was not read.',
  );
  serve({ md: () => from('https://doc-0k-3c-docs.googleusercontent.com/export/abc', '# Title\n') });
  expect(await readExport(page)).toEqual({ text: '# Title\n', format: 'markdown' });
});
