import { describe, expect, it } from 'vitest';
import { affirmsAt, analyseSentence, forbidsAt, type Clause } from '../../core/analysis/clause.ts';
import { parseBlock, sentencesOf } from '../../core/analysis/sentences.ts';
import type { Block } from '../../core/document/model.ts';
import { trustPolicyPack } from '../../index.ts';

function clausesOf(text: string): Clause[] {
  const block: Block = { kind: 'paragraph', text, offsets: [] };
  const [sentence] = sentencesOf(block, parseBlock(block));
  // The reader exactly as it runs: with the pack's vocabulary (instruction verbs, narrow exceptions, citations).
  return analyseSentence(sentence!, trustPolicyPack.clause);
}

/** Whether the first clause allows or requires the action at `verb` (a word of the sentence). */
function affirms(text: string, verb: string): boolean {
  const [clause] = clausesOf(text);
  const index = clause!.sentence.words.findIndex((word) => word.lower === verb);
  expect(index, `"${verb}" occurs in "${text}"`).toBeGreaterThanOrEqual(0);
  return affirmsAt(clause!, index);
}

describe('negation scope', () => {
  it.each([
    ['Officers shall neither ask about status nor detain anyone.', 'ask'],
    ['Neither officers nor dispatchers may ask about status.', 'ask'],
    ['Victims will not be asked about their status.', 'asked'],
    ['Members shall avoid asking about status.', 'asking'],
    ['The Department declines to honor detainers.', 'honor'],
    ['At no time shall a member ask about status.', 'ask'],
    ['Officers shall explain that statements will not be shared with anyone.', 'shared'],
    ['At no point during a stop is a driver to be questioned about status.', 'questioned'],
    ['Officers do not need to ask about citizenship.', 'ask'],
    ['Officers do not need papers to ask for help.', 'ask'],
    ['It is the policy of this Department that no member shall ask about citizenship.', 'ask'],
    ['Nothing in this order shall be construed to permit members to ask about status.', 'ask'],
    ['You do not need to show a passport to make a report.', 'show'],
    ["Drivers don't have to show papers.", 'show'],
    ['Questions about status are, under this order and state law, not to be asked by any member.', 'asked'],
    ['The Department has a rule that prohibits deputies from asking about citizenship.', 'asking'],
    ['This order restricts members from sharing release dates with ICE.', 'sharing'],
    ['The jail places strict limits on sharing booking records with ICE.', 'sharing'],
  ])('forbids: %s', (text, verb) => {
    expect(affirms(text, verb)).toBe(false);
  });

  it.each([
    ['Officers may ask persons who are not citizens to show papers.', 'show'],
    ['Members shall not be prohibited from sharing information with ICE.', 'sharing'],
    ['Nothing in this order prevents members from sharing information with ICE.', 'sharing'],
    ['A person who cannot show a visa may be asked to produce a green card.', 'produce'],
    ['Officers may ask anyone who does not have a license to prove lawful status.', 'prove'],
    ['It is not prohibited for deputies to ask about a passenger’s citizenship.', 'ask'],
    ['Officers have to ask every driver about citizenship.', 'ask'],
    ['At no cost to the victim, officers shall call an interpreter.', 'call'],
    ['Officers do not need a reason to ask about citizenship.', 'ask'],
    ["Deputies don't require any reasonable suspicion to question a passenger.", 'question'],
    ['It will train not only deputies but jail officers to notify ICE.', 'notify'],
    // Double negatives: no rule against the act leaves it standing.
    ['The Sheriff has never adopted a rule that restricts deputies from talking with ICE.', 'talking'],
    ['The office has never issued any policy that limits the power of its deputies to honor detainers.', 'honor'],
  ])('affirms: %s', (text, verb) => {
    expect(affirms(text, verb)).toBe(true);
  });
});

describe('exceptions', () => {
  it('keeps a prohibition with a narrow exception', () => {
    const [clause] = clausesOf('Officers shall not ask about status except where status is an element of a trafficking offense.');
    expect(clause!.exceptions).toMatchObject([{ narrow: true }]);
    expect(affirms('Officers shall not ask about status except where status is an element of a trafficking offense.', 'ask')).toBe(false);
  });

  it.each([
    'Officers shall not ask about immigration status unless necessary.',
    'Officers shall not ask about immigration status as they deem appropriate.',
    'Officers shall not ask about immigration status when relevant.',
    'Officers shall not ask about immigration status at the officer’s discretion.',
    'Except when the officer deems it necessary, members shall not ask about status.',
  ])('a broad exception swallows the prohibition: %s', (text) => {
    const [clause] = clausesOf(text);
    expect(clause!.exceptions).toMatchObject([{ narrow: false }]);
    expect(affirms(text, 'ask')).toBe(true);
  });
});

describe('clause boundaries', () => {
  it('splits at a coordinator whose verb group follows a set-off insert', () => {
    const clauses = clausesOf('Officers shall not ask about citizenship, and, when appropriate, shall refer victims to advocates.');
    expect(clauses).toHaveLength(2);
    expect(clauses[0]!.exceptions).toEqual([]);
    expect(affirmsAt(clauses[0]!, 3)).toBe(false);
  });
});

describe('past habits', () => {
  it('reads "would" with a past time as a habit that no longer holds, and without one as in force', () => {
    expect(affirms('In the past, the jail would hold inmates for ICE past their release.', 'hold')).toBe(false);
    expect(affirms('The jail would hold inmates for ICE past their release.', 'hold')).toBe(true);
  });
});

describe('plural definitions', () => {
  it.each([
    'Our detainer agreements are standing agreements under which we hold inmates for ICE.',
    'The detainers are requests the jail honors by holding inmates for ICE.',
  ])('keeps a statement in the department’s own voice or about particular things: %s', (text) => {
    expect(clausesOf(text)[0]!.mentions).toBeUndefined();
  });
});

describe('set-off exceptions', () => {
  it.each(['(c)', 'c.', '3)'])('ends an opening cross-reference after an outline label %s at its comma', (label) => {
    const text = `${label} Except as provided in subsection (g) of this section, an officer who stops a driver shall be authorized to verify the driver's immigration status.`;
    const [clause] = clausesOf(text);
    const verify = clause!.sentence.words.findIndex((word) => word.lower === 'verify');
    expect(clause!.exceptions).toHaveLength(1);
    expect(clause!.exceptions[0]!.to).toBeLessThan(verify);
    expect(affirms(text, 'verify')).toBe(true);
  });

  it('ends an exception set off by commas at its closing comma', () => {
    const text = 'Officers may, at their discretion, ask whether passengers are citizens.';
    const [clause] = clausesOf(text);
    const ask = clause!.sentence.words.findIndex((word) => word.lower === 'ask');
    expect(clause!.exceptions).toHaveLength(1);
    expect(clause!.exceptions[0]!.to).toBeLessThanOrEqual(ask);
    expect(affirms(text, 'ask')).toBe(true);
  });

  it.each([
    'No person shall be held past release on a detainer, unless a judge has issued a warrant.',
    'No person shall be held past release on a detainer except on a warrant signed by a magistrate.',
  ])('reads a warrant from a judge as a narrow exception: %s', (text) => {
    expect(clausesOf(text)[0]!.exceptions).toMatchObject([{ narrow: true }]);
    expect(affirms(text, 'held')).toBe(false);
  });

  it('reads "only for" a reason that is no narrow exception as the basis of the action', () => {
    expect(clausesOf('Officers may detain a person only for not having papers.')[0]!.exceptions).toEqual([]);
    expect(clausesOf('Officers may ask about status only for trafficking investigations.')[0]!.exceptions).toMatchObject([
      { narrow: true },
    ]);
  });

  it('reads "such an element", pointing back to the element of the crime, as a narrow exception', () => {
    const text = 'Members shall not record immigration status unless it is such an element.';
    expect(clausesOf(text)[0]!.exceptions).toMatchObject([{ narrow: true }]);
    expect(affirms(text, 'record')).toBe(false);
    expect(clausesOf('Members shall not record immigration status unless it is such a problem.')[0]!.exceptions).toMatchObject([
      { narrow: false },
    ]);
  });

  it('keeps a prohibition whose narrow exception sits between the modal and the verb', () => {
    expect(affirms('Members shall not, except where a judicial warrant requires it, hold anyone past release.', 'hold')).toBe(false);
  });
});

describe('directives, descriptions and narratives', () => {
  it.each([
    ['Will the police ask about my immigration status?', 'ask', 'question'],
    ['Can officers ask for my papers?', 'ask', 'question'],
    ['Q: Will the officer ask whether I have papers?', 'ask', 'question'],
    ['Question: Can deputies hold me for ICE?', 'hold', 'question'],
    ['"Immigration detainer" means a request to keep a person in custody past release.', 'keep', 'definition'],
    ['The term "civil immigration enforcement" refers to efforts to arrest people for civil violations.', 'arrest', 'definition'],
    ['Discuss with the class why asking about status keeps victims from calling.', 'asking', 'discussion'],
    ['Immigration hold: a request from ICE to keep a person in custody after release.', 'keep', 'definition'],
    ['A.R.S. § 11-1051(B) directs officers to attempt to determine immigration status.', 'determine', 'law'],
    ['Some states require local police to ask about immigration status during stops.', 'ask', 'elsewhere'],
    ['Many other jurisdictions still hold inmates for ICE past release.', 'hold', 'elsewhere'],
    ['State law does, however, permit local officers to ask about status after an arrest.', 'ask', 'law'],
    ['Detainer requests under federal rules are voluntary requests which ask jails to hold people.', 'hold', 'definition'],
  ])('reads a mention, not a directive: %s', (text, verb, kind) => {
    expect(clausesOf(text)[0]!.mentions).toBe(kind);
    expect(affirms(text, verb)).toBe(false);
  });

  it.each([
    ['Officers shall ask every driver: are you a citizen?', 'ask'],
    ['Q: officers shall ask every driver whether he is a citizen?', 'ask'],
    ['Ask the driver where she was born.', 'ask'],
    ['Note: a deputy keeps inmates for ICE past release.', 'keeps'],
    ['Under A.R.S. § 11-1051(B), officers shall attempt to determine immigration status.', 'determine'],
    ['Detainer requests shall be honored.', 'honored'],
    ['Some officers may ask about immigration status.', 'ask'],
  ])('still reads a directive: %s', (text, verb) => {
    expect(clausesOf(text)[0]!.mentions).toBeUndefined();
    expect(affirms(text, verb)).toBe(true);
  });

  it('marks an opening condition apart from the directive', () => {
    const [clause] = clausesOf('If an officer asks about your status, you may file a complaint.');
    const words = clause!.sentence.words;
    expect(clause!.opening).toBeDefined();
    expect(words.slice(clause!.opening!.from, clause!.opening!.to).map((word) => word.lower)).toEqual([
      'if',
      'an',
      'officer',
      'asks',
      'about',
      'your',
      'status',
    ]);
    expect(clausesOf('Officers shall not ask about status.')[0]!.opening).toBeUndefined();
  });

  it('marks an opening condition after a sentence adverb', () => {
    const [clause] = clausesOf('However, if agents arrive at the school, campus police may be called in to keep the peace.');
    const words = clause!.sentence.words;
    expect(words.slice(clause!.opening!.from, clause!.opening!.to).map((word) => word.lower)).toEqual([
      'however',
      'if',
      'agents',
      'arrive',
      'at',
      'the',
      'school',
    ]);
    expect(words[clause!.modal!.from]!.lower).toBe('may');
  });

  it('reads what a program lets a whole class of bodies do as a report of the program', () => {
    expect(clausesOf('The agreement enables state and local law enforcement agencies to enforce immigration law.')[0]!.mentions).toBe(
      'law',
    );
    expect(clausesOf('This policy allows officers to ask about immigration status.')[0]!.mentions).toBeUndefined();
  });

  it('splits a statement at ", and" where a new subject takes a present-tense verb', () => {
    const clauses = clausesOf('An agent at the jail screens new arrivals, and the jail notifies the agent before any release.');
    expect(clauses).toHaveLength(2);
    expect(clauses[1]!.sentence.words[clauses[1]!.from]!.lower).toBe('and');
    expect(clausesOf('The officer asked the driver, and the passenger, for their names.')).toHaveLength(1);
  });

  it('reads a past-tense statement as a narrative', () => {
    expect(clausesOf('The officer asked the victim about her status.')[0]!.past).toBe(true);
    expect(affirms('The officer asked the victim about her status.', 'asked')).toBe(false);
    expect(clausesOf('The suspect was detained because he was undocumented.')[0]!.past).toBe(true);
  });

  it('reads present-tense statements and directives as in force', () => {
    expect(clausesOf('The jail records the citizenship of every arrestee.')[0]!.past).toBe(false);
    expect(clausesOf('Persons who were arrested are asked about status.')[0]!.past).toBe(false);
    expect(affirms('The jail records the citizenship of every arrestee.', 'records')).toBe(true);
  });

  it('reads an opening bare verb as an imperative, with or without "please"', () => {
    expect(clausesOf('Bring your papers to the station.')[0]!.modality).toBe('imperative');
    expect(clausesOf('Please bring your papers to the station.')[0]!.modality).toBe('imperative');
    expect(clausesOf('Papers are kept at the station.')[0]!.modality).toBe('statement');
  });

  it('reads a list lead-in ending at "to" as a verb group', () => {
    const [clause] = clausesOf('Troopers are to:');
    expect(clause!.modality).toBe('obligation');
    expect(clause!.sentence.words.slice(clause!.subject!.from, clause!.subject!.to).map((word) => word.text)).toEqual(['Troopers']);
  });
});

describe('main verb group', () => {
  const modalOf = (text: string): string | undefined => {
    const [clause] = clausesOf(text);
    const modal = clause!.modal;
    return (
      modal &&
      clause!.sentence.words
        .slice(modal.from, modal.to)
        .map((word) => word.lower)
        .join(' ')
    );
  };

  it('finds the modal of a complement after a policy frame', () => {
    expect(modalOf('It is the policy of this Department that officers shall not ask about status.')).toBe('shall');
    expect(clausesOf('It is the policy of this Department that officers shall not ask about status.')[0]!.negated).toBe(true);
    expect(modalOf('Officers may question anyone that may be a witness.')).toBe('may');
  });

  it('starts a new clause at a coordinator followed by its own subject and modal', () => {
    const clauses = clausesOf('A suspect may be held at the scene until a supervisor arrives, but no one may be held for status alone.');
    expect(clauses).toHaveLength(2);
    expect(clauses.map((clause) => clause.negated)).toEqual([false, true]);
    const [first, second] = clausesOf('Officers shall secure the scene, and the sergeant shall notify the watch commander.');
    expect(first!.negated).toBe(false);
    expect(second!.negated).toBe(false);
    expect(clausesOf('Officers shall notify the victim, and the person who may be a witness.')).toHaveLength(1);
  });

  it('reads an exception that points back to an earlier one as narrow', () => {
    const [clause] = clausesOf('Members shall not record a person’s citizenship, except under that same exception.');
    expect(clause!.exceptions.map((exception) => exception.narrow)).toEqual([true]);
    const [broad] = clausesOf('Members shall not record a person’s citizenship, except when a supervisor approves.');
    expect(broad!.exceptions.map((exception) => exception.narrow)).toEqual([false]);
  });

  it('reads a bare verb after an FAQ answer label as an imperative', () => {
    expect(clausesOf('A: Bring your passport to the station.')[0]!.modality).toBe('imperative');
    expect(clausesOf('A bring-your-own-lunch policy applies.')[0]!.modality).toBe('statement');
  });

  it('leaves a modal after a long subject in a because-clause to that clause', () => {
    const [clause] = clausesOf('Bring your passport, because the officer taking the report will need to see it.');
    expect(clause!.modality).toBe('imperative');
  });

  it('leaves a modal inside a subordinate clause to it', () => {
    expect(modalOf('hold the driver until Border Patrol can confirm her status;')).toBeUndefined();
    expect(modalOf('Officers shall wait so the victim can speak privately.')).toBe('shall');
  });

  it('reads "after" and "before" as prepositions when nothing else could be the main verb group', () => {
    expect(modalOf('Requests received more than one year after the offense will be rejected.')).toBe('will');
  });

  it('reads an imperative after an opening condition', () => {
    const [clause] = clausesOf('When you report a crime, please bring your green card so the officer can write the report.');
    expect(clause!.modality).toBe('imperative');
    const [negated] = clausesOf('When you call, please do not bring any papers.');
    expect(negated!.negated).toBe(true);
  });
});

describe('list frames', () => {
  it('an item inherits its lead-in’s prohibition and flips it with its own negation', () => {
    const [frame] = clausesOf('Members shall not:');
    const [item] = clausesOf('ask a witness about citizenship;');
    item!.frame = frame;
    expect(forbidsAt(item!, 0)).toBe(true);
    const [negatedItem] = clausesOf('never ask a witness about citizenship;');
    const [permissive] = clausesOf('Members may:');
    negatedItem!.frame = permissive;
    expect(forbidsAt(negatedItem!, 1)).toBe(true);
  });

  it('an item whose only modal is in a subordinate clause keeps its lead-in’s frame', () => {
    const [permissive] = clausesOf('When a driver has no license, officers may:');
    const [item] = clausesOf('hold the driver until Border Patrol can confirm her status.');
    item!.frame = permissive;
    expect(affirmsAt(item!, 0)).toBe(true);
  });
});
