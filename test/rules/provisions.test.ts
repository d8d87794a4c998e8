import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSession, lint } from '../../index.ts';

const modelOrder = readFileSync(new URL('../fixtures/model-general-order.md', import.meta.url), 'utf8');
const modelOutreach = readFileSync(new URL('../fixtures/model-outreach.md', import.meta.url), 'utf8');

/** The model order without one of its numbered sections. */
function withoutSection(number: number): string {
  return modelOrder.replace(new RegExp(`## ${number}\\. [^\\n]*\\n\\n[\\s\\S]*?(?=\\n## |$)`), '');
}

async function missingReasons(text: string, kind: 'general-order' | 'outreach' | 'bulletin'): Promise<string[]> {
  const result = await lint(text, { kind });
  return result.messages.filter((message) => message.ruleId === 'missing-provision').map((message) => message.reason);
}

describe('missing-provision', () => {
  it('finds nothing at all in a complete model general order', async () => {
    const result = await lint(modelOrder, { filename: 'model-general-order.md' });
    expect(result.kind).toBe('general-order');
    expect(result.messages.map((message) => `${message.ruleId}: ${message.actual}`)).toEqual([]);
  });

  it('finds nothing at all in a complete policy written apart from the model (held-out set E)', async () => {
    const county = readFileSync(new URL('../fixtures/heldout-e/documents/county-policy.md', import.meta.url), 'utf8');
    const result = await lint(county, { kind: 'general-order' });
    expect(result.messages.map((message) => `${message.ruleId}: ${message.actual}`)).toEqual([]);
  });

  it('takes a provision’s topic from its paragraph ("… U visa certifications … No charge … is required.")', async () => {
    const paragraph =
      'The captain is the certifying official for U visa certifications and shall decide each request within 90 days. No charge, prosecution, or conviction is required.';
    expect((await missingReasons(paragraph, 'general-order')).filter((reason) => /U and T visa/.test(reason))).toEqual([]);
  });

  it('finds nothing at all in a complete model outreach handout', async () => {
    const result = await lint(modelOutreach, { kind: 'outreach' });
    expect(result.messages.map((message) => `${message.ruleId}: ${message.actual}`)).toEqual([]);
  });

  it.each([
    [2, /immigration or citizenship status/],
    [3, /civil immigration violations/],
    [4, /bias-free/],
    [5, /documents/],
    [6, /detainers/],
    [7, /release dates/],
    [8, /287\(g\)/],
    [9, /U and T visa certification/],
    [10, /interpreters/],
    [11, /training/],
  ])('reports the provision when section %i is removed, and only that one', async (section, reason) => {
    const reasons = await missingReasons(withoutSection(section), 'general-order');
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(reason);
  });

  it('does not count a permission to ask about status as a status-inquiry provision', async () => {
    const text = modelOrder.replace(
      /Members shall not ask about, try to determine, or record[^\n]*/,
      'Members may ask about the immigration status of any person they stop.',
    );
    expect(await missingReasons(text, 'general-order')).toEqual([
      expect.stringMatching(/No prohibition on asking about immigration or citizenship status/),
    ]);
  });

  it('names the missing parts of a partial certification procedure', async () => {
    const text = modelOrder.replace(/The certifying official shall decide each request within 90 days[^.]*\./, '');
    expect(await missingReasons(text, 'general-order')).toEqual([
      'The U and T visa certification procedure does not name a decision deadline.',
    ]);
  });

  it('places each finding on the title line with a model section to insert at the end', async () => {
    const text = '# Handout for Residents\n\nCall us at 555-0100. Victims may be able to get a U visa.\n';
    const result = await lint(text, { kind: 'outreach' });
    const findings = result.messages.filter((message) => message.ruleId === 'missing-provision');
    expect(findings.map((message) => message.reason)).toEqual([
      'Does not say that officers do not ask about immigration status.',
      'Does not say that anyone can report a crime or get help regardless of immigration status.',
      'Does not say interpreters are free.',
    ]);
    for (const finding of findings) {
      expect(finding.actual).toBe('Handout for Residents');
      expect(finding.suggestions[0]).toMatchObject({ range: [text.length, text.length], insertion: true });
      expect(finding.suggestions[0]!.text).toMatch(/^\n## /);
      expect(finding.citations.length).toBeGreaterThan(0);
    }
  });

  it('anchors document-level findings to the title, not to a section heading', async () => {
    const actualOf = async (text: string) => {
      const result = await lint(text, { kind: 'outreach' });
      return new Set(result.messages.filter((message) => message.category === 'missing-provision').map((message) => message.actual));
    };
    // Below a department letterhead, the top-level heading is the title.
    expect(await actualOf('Anytown Police Department\n\n# Handout for Residents\n\n## I. Purpose\n\nCall us at 555-0100.\n')).toEqual(
      new Set(['Handout for Residents']),
    );
    // Without a top-level heading, the opening line (the draft's banner), not "## I. Purpose".
    expect(await actualOf('Handout for Residents\n\n## I. Purpose\n\nCall us at 555-0100.\n')).toEqual(new Set(['Handout for Residents']));
  });

  it('checks a bulletin only when it is about U and T visas', async () => {
    expect(await missingReasons('# Roll Call Bulletin\n\nOfficers shall check tire pressure each shift.', 'bulletin')).toEqual([]);
    expect(
      await missingReasons(
        '# Bulletin: U Visa Certification\n\nSend each U visa request to the certifying official. Certification does not require a conviction.',
        'bulletin',
      ),
    ).toEqual(['This bulletin on U and T visa certification does not name a decision deadline.']);
  });

  it('leaves a short fragment without a heading alone', async () => {
    expect(await missingReasons('Officers shall answer every call.', 'general-order')).toEqual([]);
  });

  it('updates in a session when a provision is added', () => {
    const session = createSession({ kind: 'general-order' });
    const draft = withoutSection(10);
    expect(session.lint(draft).messages.filter((message) => message.ruleId === 'missing-provision')).toHaveLength(1);
    expect(session.lint(modelOrder).messages).toEqual([]);
  });
});
