import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseBlock, sentencesOf } from '../../core/analysis/sentences.ts';
import type { Block } from '../../core/document/model.ts';
import { lint } from '../../index.ts';
import { compileDataRules, compileLexicon, type LexiconFile, renderLexicon } from '../../rules/lexicon/compile.ts';
import { LEXICON } from '../../rules/lexicon/lexicon.generated.ts';
import { GENERATED_PATH, readDataRuleFiles, readLexiconFiles } from '../../rules/lexicon/read-files.ts';
import { phrasesPattern } from '../../rules/lib/lexicon.ts';
import { spanText } from '../../rules/lib/span-text.ts';
import { phrases, verbFamily } from '../../rules/lib/words.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

function wordsOf(text: string) {
  const block: Block = { kind: 'paragraph', text, offsets: [] };
  return sentencesOf(block, parseBlock(block)).flatMap((sentence) => sentence.words);
}

function compileOne(text: string, path = 'rules/lexicon/en/test.yml'): void {
  compileLexicon([{ path, text }]);
}

describe('lexicon', () => {
  it('has a generated module that is current with the YAML (run `npm run lexicon` after editing it)', () => {
    const lexicon = compileLexicon(readLexiconFiles(root));
    expect(readFileSync(`${root}/${GENERATED_PATH}`, 'utf8')).toBe(
      renderLexicon(lexicon, compileDataRules(readDataRuleFiles(root), lexicon)),
    );
  });

  it('gives every concept an example sentence that the concept matches', () => {
    for (const [language, concepts] of Object.entries(LEXICON)) {
      for (const [id, concept] of Object.entries(concepts)) {
        const words = wordsOf(concept.example);
        const label = `${language} ${id}: "${concept.example}"`;
        if (concept.kind === 'phrases' || concept.kind === 'replacements')
          expect(phrases(...concept.entries)(words, 0, words.length), label).toBeDefined();
        else {
          const known = concept.kind === 'verbs' ? verbFamily(...concept.entries) : new Set(concept.entries);
          expect(
            words.some((word) => known.has(word.lower)),
            label,
          ).toBe(true);
        }
      }
    }
  });

  it('keeps Spanish words in the Spanish files, apart from the English lists', () => {
    const english = JSON.stringify(LEXICON.en);
    for (const word of ['papeles', 'migra', 'migración', 'mica']) expect(english).not.toMatch(new RegExp(`\\b${word}\\b`));
    expect(LEXICON.es?.status?.entries).toContain('papeles');
  });

  it('keeps Spanish words out of the rules’ code: they are lexicon data', () => {
    const sources = readdirSync(`${root}/rules`, { recursive: true, encoding: 'utf8' }).filter(
      (path) => path.endsWith('.ts') && !path.endsWith('.generated.ts'),
    );
    expect(sources.length).toBeGreaterThan(20);
    for (const path of sources) {
      const code = readFileSync(`${root}/rules/${path}`, 'utf8').replace(/^\s*(?:\/\/|\*).*$/gm, '');
      expect(code, path).not.toMatch(/\b(?:migra|papeles|mica|micas)\b|migración/);
    }
  });

  it.each([
    ['concepts: [a, b]', /test\.yml:1: expected a mapping with one key, "concepts"/],
    ['concepts:\n  Status:\n    description: x\n    example: y\n    words: [a]', /test\.yml:2: concept id "Status"/],
    ['concepts:\n  status:\n    example: y\n    words: [a]', /concept "status": "description" must be a sentence/],
    [
      'concepts:\n  status:\n    description: x\n    example: y',
      /test\.yml:3: concept "status" must have exactly one of phrases, verbs, words/,
    ],
    [
      'concepts:\n  status:\n    description: x\n    example: y\n    phrases:\n      - green card\n      - a||b',
      /test\.yml:7: concept "status": phrases\[1\] "a\|\|b" has an empty alternative/,
    ],
    [
      'concepts:\n  status:\n    description: x\n    example: y\n    verbs: [ask, find out]',
      /verbs\[1\] "find out" must be one lower-case word/,
    ],
    ['concepts:\n  status:\n    description: x\n    example: y\n    words: [a, a]', /words\[1\] "a" is listed twice/],
    [
      'concepts:\n  status:\n    description: x\n    example: y\n    words: [yes, false]',
      /words\[1\] "false" is read by YAML as a value, not a word: put it in quotes/,
    ],
    [
      'concepts:\n  label:\n    description: x\n    example: y\n    replacements:\n      Illegal Alien: [noncitizen]',
      /test\.yml:6: concept "label": term "Illegal Alien" must be lower-case words without phrase notation/,
    ],
    [
      'concepts:\n  label:\n    description: x\n    example: y\n    replacements:\n      illegals: []',
      /concept "label": term "illegals" needs a list of replacements, the preferred first/,
    ],
    ['concepts:\n  status:\n    description: x\n    example: y\n    phrases: [de*port]', /puts \* inside a word in "de\*port"/],
    ['concepts:\n  status:\n    description: x\n    example: y\n    synonyms: [a]', /unknown field "synonyms"/],
    ['concepts:\n  status: [\n', /test\.yml:\d+: not valid YAML/],
    ['concepts:\n  status:\n    description: x\n    example: work (at a scene): guarding\n    words: [a]', /test\.yml:4: not valid YAML/],
  ])('rejects a malformed file with a one-line error naming it: %s', (text, message) => {
    expect(() => compileOne(text)).toThrow(message);
  });

  it('rejects a concept listed as phrases in one language and verbs in another', () => {
    const files: LexiconFile[] = [
      { path: 'rules/lexicon/en/a.yml', text: 'concepts:\n  status:\n    description: x\n    example: y\n    phrases: [status]' },
      { path: 'rules/lexicon/es/a.yml', text: 'concepts:\n  status:\n    description: x\n    example: y\n    verbs: [preguntar]' },
    ];
    expect(() => compileLexicon(files)).toThrow(/concept "status" lists (?:phrases|verbs) here but (?:verbs|phrases) in/);
  });
});

describe('a concept as a pattern (for rules whose grammar is a regular expression around it)', () => {
  const pattern = (...entries: string[]) => new RegExp(`\\b${phrasesPattern(entries)}\\b`, 'g');
  const found = (regex: RegExp, text: string) => {
    const words = wordsOf(text);
    return spanText(words, 0, words.length)
      .matches(regex)
      .map((match) => match.text);
  };

  it('reads optional words, alternatives, any word and the beginning of a word', () => {
    const regex = pattern('?federal immigration agents|officers', 'deport*', 'pay ?* a visit');
    expect(found(regex, 'Federal immigration officers will pay him a visit before any deportation.')).toEqual([
      'federal immigration officers',
      'pay him a visit',
      'deportation',
    ]);
    expect(found(regex, 'Immigration agents will pay a visit; the deputy reports.')).toEqual(['immigration agents', 'pay a visit']);
  });

  it('takes the longest phrase, as the phrase finder does', () => {
    expect(found(pattern('status', 'immigration status', 'immigration'), 'their immigration status')).toEqual(['immigration status']);
  });

  it('finds what the phrase finder finds, over every example of the concepts used as patterns', () => {
    for (const [language, concepts] of Object.entries(LEXICON)) {
      for (const [id, concept] of Object.entries(concepts)) {
        if (concept.kind !== 'phrases' || concept.entries.some((entry) => entry.includes('='))) continue;
        const words = wordsOf(concept.example);
        const finder = phrases(...concept.entries)(words, 0, words.length);
        const regex = new RegExp(`\\b${phrasesPattern(concept.entries)}(?![\\w'-])`, 'g');
        const first = spanText(words, 0, words.length).matches(regex)[0];
        expect(first && { start: first.from, end: first.to }, `${language} ${id}`).toEqual(finder);
      }
    }
  });

  it('finds with several expressions what their alternation finds: the leftmost, the earlier where two start together', () => {
    const parts = ['call (?:[^ ]+ ){0,2}ice', 'ice', 'ice agents?', "ice's"];
    const alternation = new RegExp(`\\b(?:${parts.join('|')})\\b`, 'g');
    const separate = parts.map((part) => new RegExp(`\\b(?:${part})\\b`, 'g'));
    for (const text of [
      'they will call ICE today',
      'ICE agents and a call to ICE',
      "the ICE's office",
      'nothing here',
      'we call the office; ICE agents came',
    ]) {
      const words = wordsOf(text);
      const span = spanText(words, 0, words.length);
      expect(span.firstOf(separate), text).toEqual(span.first(alternation));
    }
  });

  it('rejects a word matched as written, which lower-cased text cannot honour', () => {
    expect(() => phrasesPattern(['=ICE agents'])).toThrow(/matches as written/);
  });
});

describe('one concept reaches every rule and provision that uses it', () => {
  it('flags a permission to ask about a class of immigrants, and counts its prohibition as the provision', async () => {
    const permission = await lint('Deputies may ask whether a person is a green card holder.');
    expect(permission.messages.map((message) => message.ruleId)).toEqual(['status-inquiry']);

    const order =
      '# General Order 5.2\n\nMembers shall not ask whether a person is a green card holder, a DACA recipient or undocumented.\n';
    const result = await lint(order, { kind: 'general-order' });
    const reasons = result.messages.filter((message) => message.ruleId === 'missing-provision').map((message) => message.reason);
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.filter((reason) => /asking about immigration/.test(reason))).toEqual([]);
  });

  it('does not yet know the words lexicon-extend.test.ts adds to the YAML', async () => {
    expect((await lint('Deputies may ask whether a person is a Dreamer.')).messages).toEqual([]);
    expect((await lint('Detectives may blackmail a reluctant witness with deportation.')).messages).toEqual([]);
    expect((await lint('The certifying official signs Supplement B only after the suspect is indicted.')).messages).toEqual([]);
    expect((await lint('Illegal entrants shall be referred to the task force.')).messages).toEqual([]);
    expect((await lint('Deputies may shadow ICE agents during immigration raids.')).messages).toEqual([]);
    const order = '# General Order 5.2\n\nMembers shall not ask whether a person is a Dreamer.\n';
    const reasons = (await lint(order, { kind: 'general-order' })).messages.map((message) => message.reason);
    expect(reasons.filter((reason) => /asking about immigration/.test(reason))).toHaveLength(1);
  });
});
