// Findings travel packed (each rule's texts once per answer): unpacking gives back exactly what was packed, much
// smaller, and refuses a malformed answer whole.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { lint } from '../../index.ts';
import { findingsOf } from '../../extension/lib/findings.ts';
import { packFindings, packFindingsJSON, unpackFindings, unpackFindingsJSON } from '../../extension/lib/packed-findings.ts';
import { draftOf } from '../../scripts/lib/draft.ts';

const root = join(import.meta.dirname, '../..');
const sameAsSent = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

test('packed and unpacked, every draft kind gives back exactly its findings, through JSON as messages go', async () => {
  for (const name of ['examples/general-order-draft.md', 'examples/outreach-flyer.md', 'test/e2e/fixtures/review/roll-call-bulletin.txt']) {
    const findings = findingsOf(await lint(readFileSync(join(root, name)), { filename: name }));
    expect(findings.length, name).toBeGreaterThan(0);
    expect(unpackFindings(sameAsSent(packFindings(findings))), name).toEqual(findings);
  }
});

test('a finding whose texts differ from its rule’s first finding keeps its own; missing provisions keep distinct ids', async () => {
  const findings = findingsOf(await lint('# Community contacts\n\nOfficers help people.', { kind: 'general-order' }));
  const varied = [...findings, { ...findings[0]!, reason: 'Another reason.', expected: ['other'], id: 'x' }];
  const { note: _note, ...noNote } = findings[0]!;
  const withoutNote = [...findings, noNote];
  for (const list of [varied, withoutNote]) {
    const back = unpackFindings(sameAsSent(packFindings(list)))!;
    expect(back.map(({ id: _id, ...rest }) => rest)).toEqual(list.map(({ id: _id, ...rest }) => rest));
    expect(new Set(back.map((finding) => finding.id)).size).toBe(list.length);
  }
});

test('the findings of a 25k-word draft take a fraction of their unpacked size', async () => {
  const findings = findingsOf(await lint(draftOf(25_000), { filename: 'long.md' }));
  const full = JSON.stringify(findings).length;
  const packed = JSON.stringify(packFindings(findings)).length;
  expect(findings.length).toBeGreaterThan(200);
  expect(packed).toBeLessThan(full / 2.5);
});

test('a malformed answer is refused whole', async () => {
  const packed = sameAsSent(packFindings(findingsOf(await lint('Officers may ask about immigration status.', { format: 'text' })))) as {
    rules: Array<Record<string, unknown>>;
    findings: Array<Record<string, unknown>>;
  };
  expect(unpackFindings(packed)).toHaveLength(packed.findings.length);
  const broken: Array<(copy: typeof packed) => void> = [
    (copy) => (copy.findings[0]!.rule = 7),
    (copy) => (copy.findings[0]!.rule = -1),
    (copy) => (copy.findings[0]!.severity = 'fatal'),
    (copy) => (copy.findings[0]!.start = [1, 2]),
    (copy) => (copy.findings[0]!.suggestions = [{ title: 'x', text: 'y', range: [0, '4'] }]),
    (copy) => (copy.findings[0]!.note = 5),
    (copy) => (copy.rules[0]!.reason = { toString: 'x' }),
    (copy) => (copy.rules[0]!.expected = 'not a list'),
    (copy) => (copy.rules = 'none' as never),
  ];
  for (const breakIt of broken) {
    const copy = structuredClone(packed);
    breakIt(copy);
    expect(unpackFindings(copy)).toBeUndefined();
  }
  expect(unpackFindings(null)).toBeUndefined();
});

test('findings cross runtime messages as one JSON string, refused whole when it is not packed findings', async () => {
  const findings = findingsOf(await lint('Officers may ask about immigration status.', { format: 'text' }));
  expect(unpackFindingsJSON(packFindingsJSON(findings))).toEqual(findings);
  for (const bad of ['{"rules":[],"findings":[{"rule":0}]}', '{not json', 7, undefined])
    expect(unpackFindingsJSON(bad), String(bad)).toBeUndefined();
});
