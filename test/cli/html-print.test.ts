// The HTML report printed the way a reviewer prints it (headless Chromium → PDF): about a page per ten findings,
// where the earlier report took 19 pages for the shipped example's 19 findings.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { lint, packMeta, trustPolicyPack } from '../../index.ts';
import { formatHtml, toReportedFile } from '../../core/reporters/index.ts';
import { ROOT } from './helpers.ts';

const scratch = mkdtempSync(join(tmpdir(), 'trustlint-print-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function printedPages(html: string): number {
  const page = join(scratch, 'report.html');
  const pdf = join(scratch, 'report.pdf');
  writeFileSync(page, html);
  const args = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-pdf-header-footer',
    `--user-data-dir=${join(scratch, 'profile')}`,
    `--print-to-pdf=${pdf}`,
  ];
  const run = spawnSync('chromium', [...args, pathToFileURL(page).href], { encoding: 'utf8', timeout: 90_000 });
  if (run.error) throw run.error;
  return readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
}

describe('the printed HTML report', () => {
  it('takes about one page per ten findings', { timeout: 120_000 }, async () => {
    const path = join(ROOT, 'examples/general-order-draft.md');
    const file = toReportedFile('general-order-draft.md', await lint(readFileSync(path, 'utf8'), { filename: path }));
    expect(file.findings.length).toBeGreaterThanOrEqual(15);
    const pages = printedPages(formatHtml([file], { toolVersion: '1', meta: packMeta(trustPolicyPack) }));
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(Math.ceil(file.findings.length / 10) + 2);
  });
});
