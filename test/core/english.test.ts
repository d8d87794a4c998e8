// The English grammar tables are built from each other, so a word added to one family reaches every table that
// needs it (a be-form is an auxiliary before a verb and a passive marker; a conjunction is a relative and may open
// a sentence).
import { describe, expect, it } from 'vitest';
import {
  BE,
  BE_FORMS,
  DO,
  OPENING_SUBORDINATORS,
  PASSIVE_AUXILIARIES,
  PROHIBITING,
  QUESTION_OPENERS,
  RELATIVE,
  RESTRICTING,
  WH_WORDS,
} from '../../core/analysis/english.ts';

const every = (from: Iterable<string>, into: ReadonlySet<string>) => [...from].filter((word) => !into.has(word));

describe('English grammar tables', () => {
  it('holds every form of "be" in the auxiliary and passive tables', () => {
    expect(every(BE, BE_FORMS)).toEqual([]);
    expect(every(BE_FORMS, PASSIVE_AUXILIARIES)).toEqual([]);
    expect(BE_FORMS.has('being')).toBe(true);
  });

  it('reads a conjunction that opens a sentence as a subordinator inside one too', () => {
    expect(every(OPENING_SUBORDINATORS, RELATIVE)).toEqual(['once', 'whenever']);
  });

  it('opens a question with any wh-word or do-form', () => {
    expect(every([...WH_WORDS, ...DO], QUESTION_OPENERS)).toEqual([]);
  });

  it('restricts with every verb that prohibits, save those that only prohibit', () => {
    expect(every(PROHIBITING, RESTRICTING)).toEqual(['refrain', 'disallow', 'disallows', 'disallowed']);
  });
});
