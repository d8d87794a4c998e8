// Reads a Google Docs document as its owner saved it, through the document's own export URL. The request is made
// from the content script on the docs.google.com page: same origin, the user's own session, no extra permission,
// and the extension itself still connects nowhere.
import type { EditorText } from './types.ts';

/** Larger exports are refused rather than read into memory (a policy manual is a few hundred kilobytes). */
export const exportLimitBytes = 2_000_000;

const documentPath = /^\/document\/(?:u\/\d+\/)?d\/([\w-]+)/;

/** The document's path prefix ("/document/d/ID" or "/document/u/1/d/ID"), when `url` is a Docs document. */
export function documentPrefix(url: URL): string | undefined {
  if (url.hostname !== 'docs.google.com') return undefined;
  return documentPath.exec(url.pathname)?.[0];
}

export function exportUrl(url: URL, format: 'md' | 'txt'): string {
  return `${url.origin}${documentPrefix(url)}/export?format=${format}`;
}

/** Why an export could not be used, said so that the user knows what to do. */
export class ExportError extends Error {}

/** Reads the document as markdown, or as plain text when Google Docs cannot give markdown. */
export async function readExport(url: URL): Promise<EditorText> {
  try {
    return { text: await fetchExport(exportUrl(url, 'md')), format: 'markdown' };
  } catch (markdownError) {
    try {
      return { text: await fetchExport(exportUrl(url, 'txt')), format: 'text' };
    } catch (textError) {
      // Both failing for the same reason (no access, signed out) is the common case; say the plain-text reason.
      throw textError instanceof ExportError ? textError : markdownError;
    }
  }
}

async function fetchExport(address: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(address, { credentials: 'same-origin', cache: 'no-store' });
  } catch {
    throw new ExportError('Google Docs could not be reached to read the document; check the connection.');
  }
  // Docs may hand a download on to Google's content host; an answer from anywhere else is not read.
  const answeredBy = new URL(response.url || address).hostname;
  if (!isGoogleExportHost(answeredBy))
    throw new ExportError(`Google Docs sent the export on to another site (${answeredBy}), so it was not read.`);
  if (response.status === 401 || response.status === 403) {
    throw new ExportError(
      `Google Docs refused to export this document (HTTP ${response.status}); check that you are signed in and allowed to download it.`,
    );
  }
  if (!response.ok) throw new ExportError(`Google Docs could not export this document (HTTP ${response.status}).`);
  const type = response.headers.get('content-type') ?? '';
  if (/html/i.test(type))
    throw new ExportError('Google Docs sent a web page (probably a sign-in page) instead of the document; sign in again and reload.');
  const declared = Number(response.headers.get('content-length'));
  if (declared > exportLimitBytes) throw tooLarge(declared);
  const bytes = await readCapped(response);
  const text = new TextDecoder('utf-8')
    .decode(bytes)
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n');
  if (isBinary(text)) throw new ExportError('Google Docs sent something that is not text, so the document was not checked.');
  if (/^\s*<(?:!doctype html|html)/i.test(text))
    throw new ExportError('Google Docs sent a web page (probably a sign-in page) instead of the document; sign in again and reload.');
  return text;
}

/** Where a Docs export may come from: the Docs page's own host, or Google's host for downloads. */
export function isGoogleExportHost(hostname: string): boolean {
  return hostname === 'docs.google.com' || hostname.endsWith('.googleusercontent.com');
}

/** The body, stopping as soon as it passes the limit (a server may not say how long it is). */
async function readCapped(response: Response): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    length += chunk.value.byteLength;
    if (length > exportLimitBytes) {
      await reader.cancel();
      throw tooLarge(length);
    }
    chunks.push(chunk.value);
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function tooLarge(bytes: number): ExportError {
  const megabytes = (size: number) => (size / 1_000_000).toFixed(1);
  return new ExportError(
    `This document is too large to check here (over ${megabytes(bytes)} MB; the limit is ${megabytes(exportLimitBytes)} MB).`,
  );
}

/** NUL bytes or many undecodable sequences: an image, a PDF or a zip, not a text export. */
function isBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const undecodable = text.match(/\uFFFD/g)?.length ?? 0;
  return undecodable > 8 && undecodable > text.length / 100;
}
