// The rule tester can fail: duplicates, malformed case files and wrong expectations are caught.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createEngine, rules, trustPolicyPack } from '../../index.ts';
import { describeFinding, duplicates, loadRuleCases } from './rule-tester.ts';

describe('the rule tester', () => {
  it('finds a case given twice, with the same kind and format', () => {
    expect(duplicates([{ text: 'A.' }, { text: 'B.' }, { text: 'A.' }])).toEqual(['A.']);
    expect(duplicates([{ text: 'A.' }, { text: 'A.', kind: 'outreach' }])).toEqual([]);
  });

  it('rejects case files with unknown fields, unknown kinds or flagged cases without findings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cases-'));
    const folder = pathToFileURL(`${dir}/`);
    expect(() => loadRuleCases('no-such-rule', folder)).toThrow(/ENOENT/);
    writeFileSync(`${dir}/x.yaml`, 'valid: []\ninvalid:\n  - text: Officers may ask about status.\n');
    expect(() => loadRuleCases('x', folder)).toThrow(/states no findings/);
    writeFileSync(`${dir}/y.yaml`, 'valid:\n  - text: A.\n    output: B.\ninvalid: []\n');
    expect(() => loadRuleCases('y', folder)).toThrow(/unknown fields output/);
    writeFileSync(`${dir}/z.yaml`, 'valid:\n  - text: A.\n    kind: memo\ninvalid: []\n');
    expect(() => loadRuleCases('z', folder)).toThrow(/unknown kind memo/);
  });

  it('states a finding by its words, message id and the whole text after each suggestion', async () => {
    const rule = rules.find((candidate) => candidate.meta.id === 'status-inquiry')!;
    const text = 'Deputies may ask passengers about their immigration status.';
    const [message] = (await createEngine({ pack: { ...trustPolicyPack, rules: [rule] } }).lint(text)).messages;
    expect(describeFinding(text, message!)).toEqual({
      span: 'ask passengers about their immigration status',
      messageId: 'inquiry',
      suggestions: ['Deputies shall not ask passengers about their immigration status.'],
    });
  });
});
