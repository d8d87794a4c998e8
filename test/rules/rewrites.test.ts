// Rewrites keep or strengthen the legal meaning (DOMAIN.md, "Rewrites"): each family below states the rewrite a
// reviewer could paste into an order, and that the rewritten text has no finding of the category it fixed.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseSentence } from '../../core/analysis/clause.ts';
import { parseBlock, sentencesOf } from '../../core/analysis/sentences.ts';
import { readMarkdown } from '../../core/document/markdown.ts';
import { applySuggestions, type DocumentKind, lint } from '../../index.ts';
import { prohibitionEdit } from '../../rules/lib/suggest.ts';

/** The text after the first suggestion of the first finding of `category`, and what that category still finds. */
async function rewrite(text: string, category: string, kind: DocumentKind = 'general-order') {
  const finding = (await lint(text, { kind })).messages.find((message) => message.category === category);
  if (!finding) throw new Error(`no ${category} finding in: ${text}`);
  const suggestion = finding.suggestions[0];
  if (!suggestion) return { fixed: undefined, left: [] };
  const fixed = applySuggestions(text, [suggestion]).text;
  const left = (await lint(fixed, { kind })).messages.filter((message) => message.category === category);
  return { fixed, left: left.map((message) => message.actual) };
}

const cases: {
  family: string;
  text: string;
  category: string;
  kind?: DocumentKind;
  fixed: string | undefined;
  /** The rule still reads the rewritten sentence as a finding: its reading is wrong, not the rewrite (issue 10). */
  ruleReading?: true;
}[] = [
  // Negating a permission drops what would narrow the prohibition.
  {
    family: 'a trailing condition goes',
    text: 'Officers may ask about a person’s immigration status when the officer has reasonable suspicion that the person is here unlawfully.',
    category: 'status-inquiry',
    fixed: 'Officers shall not ask about a person’s immigration status.',
  },
  {
    family: 'an opening condition goes',
    text: 'When a deputy suspects that a driver is undocumented, the deputy shall contact Border Patrol.',
    category: 'ice-notification',
    fixed: 'The deputy shall not contact Border Patrol.',
  },
  {
    family: 'a fronted phrase holding a condition goes, and so does a set-off qualifier',
    text: 'B. For any lawful stop where reasonable suspicion exists that the driver is here unlawfully, a reasonable attempt shall be made, when practicable, to determine the driver’s immigration status.',
    category: 'status-inquiry',
    fixed: 'B. No attempt shall be made to determine the driver’s immigration status.',
  },
  {
    family: 'a broad exception goes',
    text: 'Deputies may, at their discretion, ask whether passengers are legally in the country.',
    category: 'status-inquiry',
    fixed: 'Deputies shall not ask whether passengers are legally in the country.',
  },
  {
    family: 'a time limit goes, and an added hold stays forbidden',
    text: 'The jail shall keep an inmate named in an ICE detainer for up to 48 additional hours.',
    category: 'detainer',
    fixed: 'The jail shall not keep an inmate named in an ICE detainer for any additional time.',
  },
  // Quantifiers move under the negation.
  {
    family: '"all" becomes "any"',
    text: 'Jail staff shall honor all immigration detainers.',
    category: 'detainer',
    fixed: 'Jail staff shall not honor any immigration detainers.',
  },
  {
    family: '"every" becomes "any"',
    text: 'Booking staff will record the citizenship of every arrestee.',
    category: 'status-inquiry',
    fixed: 'Booking staff will not record the citizenship of any arrestee.',
  },
  {
    family: '"always" becomes "never"',
    text: 'Officers shall always notify ICE when a foreign national is booked.',
    category: 'ice-notification',
    fixed: 'Officers shall never notify ICE.',
  },
  {
    family: 'coordinated verbs become alternatives',
    text: 'The jail will comply with, honor, and fulfill every detainer request.',
    category: 'detainer',
    fixed: 'The jail will not comply with, honor, or fulfill any detainer request.',
  },
  // Only the offending act is negated.
  {
    family: 'the arrest for a crime stays, the handover to ICE goes',
    text: 'Deputies shall arrest people for crimes and turn them over to ICE agents.',
    category: 'civil-detention',
    fixed: 'Deputies shall arrest people for crimes and shall not turn them over to ICE agents.',
  },
  {
    family: 'the documentation stays, the forwarding to ICE goes',
    text: 'The officer shall follow department policy for documenting the contact and forward the information to ICE.',
    category: 'ice-notification',
    fixed: 'The officer shall follow department policy for documenting the contact and shall not forward the information to ICE.',
  },
  {
    family: 'a civil detention and its handover both go',
    text: 'Officers will detain anyone who is in the country illegally and turn them over to ICE.',
    category: 'civil-detention',
    fixed: 'Officers will not detain anyone who is in the country illegally or turn them over to ICE.',
  },
  // A list item keeps its list's grammar.
  {
    family: 'an item under "shall:" reads "not …"',
    text: 'Booking staff shall:\n\n- record the immigration status of every arrestee;\n- photograph every arrestee.',
    category: 'status-inquiry',
    fixed: 'Booking staff shall:\n\n- not record the immigration status of any arrestee;\n- photograph every arrestee.',
  },
  {
    family: 'an item under "may:" reads "may not …"',
    text: 'Deputies may:\n\n1. ask a passenger for a green card;\n2. issue a warning.',
    category: 'document-demand',
    fixed: 'Deputies may:\n\n1. not ask a passenger for a green card;\n2. issue a warning.',
  },
  {
    family: 'an item under "are authorized to:" gets no rewrite: "authorized to not ask" is no prohibition',
    text: 'Deputies are authorized to:\n\n1. ask a passenger for a green card;\n2. issue a warning.',
    category: 'document-demand',
    fixed: undefined,
  },
  // Outreach speaks to residents.
  {
    family: 'an instruction to residents becomes what they need not do',
    text: 'Bring proof of your immigration status when you report a crime.',
    category: 'document-demand',
    kind: 'outreach',
    fixed: 'You do not need to bring proof of your immigration status.',
  },
  {
    family: 'a permission in a handout becomes a promise',
    text: 'Officers may ask about your immigration status.',
    category: 'status-inquiry',
    kind: 'outreach',
    fixed: 'Officers will not ask about your immigration status.',
  },
  // Statements keep their grammar.
  {
    family: 'a passive with an adverb is negated at its auxiliary',
    text: 'Those inmates are then turned over to ICE.',
    category: 'ice-notification',
    fixed: 'Those inmates are not then turned over to ICE.',
  },
  {
    family: 'a purpose statement reads "is not to"',
    text: 'The purpose of the unit is to enforce federal immigration law in the county jail.',
    category: 'enforcement-role',
    fixed: 'The purpose of the unit is not to enforce federal immigration law in the county jail.',
  },
  {
    family: 'a denial is lifted, not doubled',
    text: 'Persons with active immigration holds are not eligible for citation release.',
    category: 'detainer',
    fixed: 'Persons with active immigration holds are eligible for citation release.',
  },
  {
    family: 'a modal inside a complement leaves the claim to the copula',
    text: 'Limited English proficiency is an indication that a person may be undocumented.',
    category: 'profiling',
    fixed: 'Limited English proficiency is not an indication that a person may be undocumented.',
    ruleReading: true,
  },
  // A duty laid on the public is lifted, not turned into a ban.
  {
    family: 'what victims "must bring" becomes what they do not need to bring',
    text: 'Victims must bring proof of legal residence to the follow-up interview.',
    category: 'document-demand',
    fixed: 'Victims do not need to bring proof of legal residence to the follow-up interview.',
  },
  {
    family: 'a limit ("can only") is not turned into a permission elsewhere',
    text: 'Deputies can only screen inmates for removability inside the jail.',
    category: 'enforcement-role',
    fixed: undefined,
  },
];

describe('rewrite families', () => {
  it.each(cases.map((entry) => [entry.family, entry] as const))('%s', async (_family, entry) => {
    const { fixed, left } = await rewrite(entry.text, entry.category, entry.kind);
    expect(fixed).toBe(entry.fixed);
    if (fixed !== undefined && !entry.ruleReading) expect(left).toEqual([]);
  });

  it('never writes "not all", "not every" or "not always"', async () => {
    for (const entry of cases) {
      const { fixed } = await rewrite(entry.text, entry.category, entry.kind);
      expect(fixed ?? '').not.toMatch(/\bnot (?:all|every|each|always)\b/i);
    }
  });

  it('never rewrites a heading', () => {
    // A heading that names an action ("Officers May Ask About Status") is a title, not a directive to rewrite.
    const { blocks } = readMarkdown('# Deputies May Ask Passengers About Immigration Status\n');
    const heading = blocks[0]!;
    expect(heading.kind).toBe('heading');
    const [sentence] = sentencesOf(heading, parseBlock(heading));
    const [clause] = analyseSentence(sentence!);
    const ask = sentence!.words.findIndex((word) => word.lower === 'ask');
    expect(clause!.modal).toBeDefined();
    expect(prohibitionEdit(clause!, ask, 'ask')).toBeUndefined();
    // The same words as a paragraph are rewritten.
    const { blocks: paragraphs } = readMarkdown('Deputies may ask passengers about immigration status.\n');
    const [plain] = sentencesOf(paragraphs[0]!, parseBlock(paragraphs[0]!));
    expect(prohibitionEdit(analyseSentence(plain!)[0]!, 2, 'ask')?.text).toBe('shall not');
  });
});

/** Every labelled violation sentence of the held-out sets and the shipped corpora. */
function heldOutViolations(): { id: string; text: string }[] {
  const fixtures = new URL('../fixtures/', import.meta.url);
  return readdirSync(fixtures)
    .filter((name) => name.startsWith('heldout-'))
    .flatMap((set) => {
      let lines: string[] = [];
      try {
        lines = readFileSync(new URL(`${set}/sentences.jsonl`, fixtures), 'utf8')
          .split('\n')
          .filter(Boolean);
      } catch {
        return [];
      }
      return lines
        .map((line) => JSON.parse(line) as { id: string; label: string; text: string })
        .filter((sentence) => sentence.label === 'violation')
        .map((sentence) => ({ id: `${set}/${sentence.id}`, text: sentence.text }));
    });
}

describe('every rewrite over the held-out violations', () => {
  // Where the rule's own reading of the rewritten sentence is wrong (it still flags a correct prohibition);
  // the rewrite is right, the reading is the accuracy work of issue 10.
  const ruleReadings = new Set(['heldout-a/h026', 'heldout-d/hd028', 'heldout-k/hk129']);

  it.each(heldOutViolations().map((sentence) => [sentence.id, sentence] as const))('%s', async (id, sentence) => {
    const result = await lint(sentence.text, { kind: 'general-order' });
    for (const message of result.messages) {
      const suggestion = message.suggestions[0];
      if (!suggestion || message.category === 'missing-provision') continue;
      const fixed = applySuggestions(sentence.text, [suggestion]).text;
      expect(fixed).not.toMatch(/\bnot (?:all|every|each|always)\b|\bnot not\b|\bshall not (?:responding|providing|allowing|enforcing)\b/i);
      // The fix settles its own category in the sentence (two findings in two clauses settle one each).
      const others = result.messages.filter((other) => other !== message && other.category === message.category).length;
      const left = (await lint(fixed, { kind: 'general-order' })).messages.filter((other) => other.category === message.category);
      if (!ruleReadings.has(id)) expect(left.length).toBeLessThanOrEqual(others);
    }
  });
});
