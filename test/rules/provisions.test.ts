import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { affirmsAt, analyseSentence, inSubjectModifier, type Clause } from '../../core/analysis/clause.ts';
import { parseBlock, sentencesOf } from '../../core/analysis/sentences.ts';
import type { Block } from '../../core/document/model.ts';
import { createSession, lint, trustPolicyPack } from '../../index.ts';
import { conceptPhrases, conceptVerbs } from '../../rules/lib/lexicon.ts';
import { authorityTopic, prohibits, statusTopic, type TopicFinder } from '../../rules/lib/provisions.ts';
import { clauseForVerb } from '../../rules/lib/verb-clause.ts';

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

  it('does not count a demand in the subject of another rule as a document provision', async () => {
    const text = modelOrder.replace(
      /No person shall be required to show papers[^\n]*/,
      'A witness who cannot show a green card may be held until federal agents arrive.',
    );
    expect(await missingReasons(text, 'general-order')).toEqual([
      expect.stringMatching(/No rule against demanding documents that prove immigration status/),
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

describe('prohibits (the provision tests built on the lexicon’s verbs and topics)', () => {
  // The same five tests as the pack's CONCEPT_PART_TESTS.
  const prohibitions: [string, ReadonlyMap<string, string>[], TopicFinder[]][] = [
    ['status-inquiry', [conceptVerbs('inquiry')], [statusTopic]],
    ['civil-detention', [conceptVerbs('detention')], [conceptPhrases('civil-ground')]],
    ['document-demand', [conceptVerbs('demand')], [conceptPhrases('status-document'), conceptPhrases('proof')]],
    ['detainer', [conceptVerbs('honor'), conceptVerbs('custody')], [conceptPhrases('detainer'), conceptPhrases('administrative-warrant')]],
    ['information-sharing', [conceptVerbs('passing-information')], [authorityTopic]],
  ];

  /** The test as it was written before the verb check moved ahead of the topic finders: topic first, then the verbs. */
  function slowly(verbs: ReadonlyMap<string, string>[], topics: TopicFinder[], clause: Clause): boolean {
    const words = clause.sentence.words;
    if (!topics.some((topic) => topic(words, clause.from, clause.to))) return false;
    for (let i = clause.from; i < clause.to; i++) {
      const word = words[i]!.lower;
      if (!verbs.some((family) => family.has(word))) continue;
      const own = clauseForVerb(clause, i);
      if (!inSubjectModifier(own, i) && !affirmsAt(own, i)) return true;
    }
    return false;
  }

  function clausesOf(text: string): Clause[] {
    return text
      .split(/\n{2,}/)
      .map((paragraph) => paragraph.replace(/^#+ /, '').trim())
      .filter(Boolean)
      .flatMap((paragraph) => {
        const block: Block = { kind: 'paragraph', text: paragraph, offsets: [] };
        return sentencesOf(block, parseBlock(block)).flatMap((sentence) => analyseSentence(sentence, trustPolicyPack.clause));
      });
  }

  const own = [
    // The verb after the topic, the verb first, a later verb forbidden after an allowed one, no verb, no topic.
    'Immigration status shall not be asked about by any member.',
    'Members shall not ask about immigration status.',
    'Members may ask for a name but shall not ask about citizenship.',
    'Immigration status is not a factor in any report.',
    'Members shall not ask about the weather.',
    'Deputies shall not honor an immigration detainer or hold anyone on an administrative warrant.',
    'No member shall detain a person for a civil immigration violation.',
    'Officers shall not demand a passport or other proof of status.',
    'Members shall not share release dates with immigration authorities.',
  ].join('\n\n');

  it('finds in every clause exactly what the topic-first test finds (fixtures, examples and the project’s own sentences)', () => {
    const texts = [
      own,
      modelOrder,
      modelOutreach,
      readFileSync(new URL('../fixtures/heldout-e/documents/county-policy.md', import.meta.url), 'utf8'),
      ...readdirSync(new URL('../../examples/', import.meta.url))
        .filter((name) => name.endsWith('.md'))
        .map((name) => readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8')),
    ];
    const found = new Map<string, number>();
    for (const clause of texts.flatMap(clausesOf)) {
      for (const [id, verbs, topics] of prohibitions) {
        const fast = prohibits(verbs, ...topics)(clause, undefined as never, '', () => false);
        expect(fast, `${id}: "${clause.sentence.text}"`).toBe(slowly(verbs, topics, clause));
        if (fast) found.set(id, (found.get(id) ?? 0) + 1);
      }
    }
    // Each test holds somewhere, so the comparison is not only of clauses where both say no.
    expect([...found.keys()].sort()).toEqual(prohibitions.map(([id]) => id).sort());
  });
});
