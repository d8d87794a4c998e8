// The reviewed .docx opened by a real word processor: LibreOffice (headless) reads it and writes it back as flat
// ODF, where its tracked changes and comments are its own. Accepting its changes must give the --fix text;
// rejecting them, the draft. scripts/setup.sh installs LibreOffice (Debian's libreoffice-writer-nogui).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { reviewDocx } from '../../core/docx/review.ts';
import { lint } from '../../index.ts';
import { preferredSuggestions, redline, toReportedFile } from '../../core/reporters/index.ts';
import { fixtureDocx } from './fixture.ts';

const scratch = mkdtempSync(join(tmpdir(), 'trustlint-lo-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Converts a .docx to flat ODF with LibreOffice, in its own profile so parallel runs never share one. */
function toFlatOdf(docx: Uint8Array): string {
  const input = join(scratch, 'reviewed.docx');
  writeFileSync(input, docx);
  const profile = pathToFileURL(join(scratch, 'profile')).href;
  const run = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'fodt', '--outdir', scratch, input], {
    encoding: 'utf8',
    timeout: 170_000,
  });
  if (run.error || run.status !== 0) throw new Error(`LibreOffice could not convert the document: ${run.error?.message ?? run.stderr}`);
  return readFileSync(join(scratch, 'reviewed.fodt'), 'utf8');
}

/** Paragraph texts of the ODF body with LibreOffice's own changes of one type taken out (accept or reject). */
function bodyParagraphs(odf: string, dropType: 'deletion' | 'insertion'): string[] {
  const ids = [...odf.matchAll(/<text:changed-region[^>]*text:id="([^"]+)"[^>]*>\s*<text:(deletion|insertion)>/g)]
    .filter((match) => match[2] === dropType)
    .map((match) => match[1]);
  let body = odf.slice(odf.indexOf('<office:text'), odf.indexOf('</office:text>'));
  body = body
    .replace(/<text:tracked-changes[\s\S]*?<\/text:tracked-changes>/, '')
    .replace(/<office:annotation[\s>][\s\S]*?<\/office:annotation>/g, '');
  for (const id of ids)
    body = body.replace(new RegExp(`<text:change-start text:change-id="${id}"/>[\\s\\S]*?<text:change-end text:change-id="${id}"/>`), '');
  return body
    .replace(/<\/text:(p|h)>/g, '\n')
    .replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_, count: string | undefined) => ' '.repeat(Number(count ?? 1)))
    .replace(/<text:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

const paragraphsOf = (text: string) =>
  text
    .split(/\n+/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

describe('LibreOffice opens the reviewed .docx', () => {
  it('with its changes accepted it reads as --fix, rejected as the draft, and it has every comment', { timeout: 180_000 }, async () => {
    const draft = fixtureDocx();
    const file = toReportedFile('draft.docx', await lint(draft, { format: 'docx', kind: 'general-order' }));
    const reviewed = await reviewDocx(file, draft, { insertMissing: true });
    const odf = toFlatOdf(reviewed.bytes);

    expect(bodyParagraphs(odf, 'deletion')).toEqual(paragraphsOf(redline(file.text, preferredSuggestions(file.findings)).text));
    expect(bodyParagraphs(odf, 'insertion')).toEqual(paragraphsOf(file.text));
    expect(odf.match(/<office:annotation /g)).toHaveLength(reviewed.comments);
    expect(odf).toContain('<dc:creator>trustlint</dc:creator>');
    // The list, the heading style and the bold phrase survive as LibreOffice's own.
    expect(odf).toMatch(/<text:list /);
    expect(odf).toMatch(/<text:h [^>]*text:outline-level="1"/);
    expect(odf).toMatch(/<style:text-properties [^>]*fo:font-weight="bold"/);
  });
});
