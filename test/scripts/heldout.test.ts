import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifest, restore } from '../../scripts/lib/heldout.ts';

// A labelled set in the realworld layout, in the project's own words.
function labelledSet(): string {
  const dir = mkdtempSync(join(tmpdir(), 'trustlint-heldout-'));
  mkdirSync(join(dir, 'documents'));
  const lines = [
    '# Example County Sheriff: Jail Intake',
    '',
    'Deputies shall ask every inmate about citizenship.',
    '',
    'Visits are on Sundays.',
  ];
  writeFileSync(join(dir, 'documents', '01-intake.md'), lines.join('\n'));
  const expectation = { kind: 'general-order', source: 'https://example.org/intake', violations: { '3': ['status-inquiry'] }, missing: [] };
  writeFileSync(join(dir, 'documents', '01-intake.expect.json'), JSON.stringify(expectation));
  return dir;
}

/** The set's manifest, and a folder where its excerpt was rebuilt as `rebuild` makes it from the original. */
function rebuiltFrom(rebuild: (original: string) => string): { path: string; rebuilt: string } {
  const source = labelledSet();
  const path = join(source, 'manifest.json');
  writeFileSync(path, JSON.stringify(manifest(source)));
  const rebuilt = mkdtempSync(join(tmpdir(), 'trustlint-rebuilt-'));
  mkdirSync(join(rebuilt, 'documents'));
  writeFileSync(join(rebuilt, 'documents', '01-intake.md'), rebuild(readFileSync(join(source, 'documents', '01-intake.md'), 'utf8')));
  return { path, rebuilt };
}

describe('held-out manifests', () => {
  it('keeps sources and labels with hashes, never the words', () => {
    const [document] = manifest(labelledSet());
    expect(document).toMatchObject({
      agency: 'Example County Sheriff',
      title: 'Jail Intake',
      kind: 'general-order',
      source: 'https://example.org/intake',
    });
    expect(document!.labels).toEqual([{ line: 3, categories: ['status-inquiry'], sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    expect(JSON.stringify(document)).not.toContain('citizenship');
  });

  it('restores the labels beside a rebuilt excerpt whose labelled lines read the same', () => {
    // Stored again with a line added at the end: the labelled line is where it was.
    const { path, rebuilt } = rebuiltFrom((original) => `${original}\n\nThe lobby opens at nine.`);
    expect(restore(path, rebuilt)).toEqual([]);
    expect(JSON.parse(readFileSync(join(rebuilt, 'documents', '01-intake.expect.json'), 'utf8'))).toEqual({
      kind: 'general-order',
      source: 'https://example.org/intake',
      violations: { '3': ['status-inquiry'] },
      missing: [],
    });
  });

  it('names a document not rebuilt yet, with the source to rebuild it from', () => {
    const source = labelledSet();
    const path = join(source, 'manifest.json');
    writeFileSync(path, JSON.stringify(manifest(source)));
    const empty = mkdtempSync(join(tmpdir(), 'trustlint-rebuilt-'));
    mkdirSync(join(empty, 'documents'));
    expect(restore(path, empty)).toEqual(['01-intake.md: missing (rebuild it from https://example.org/intake)']);
  });

  it('writes nothing when a labelled line no longer reads the same', () => {
    const { path, rebuilt } = rebuiltFrom(() => '# Example County Sheriff: Jail Intake\n\nVisits are on Sundays.\n');
    expect(restore(path, rebuilt)).toEqual(['01-intake.md:3: not the line that was labelled']);
    expect(() => readFileSync(join(rebuilt, 'documents', '01-intake.expect.json'))).toThrow();
  });
});
