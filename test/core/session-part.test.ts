// A session's part lint (an editor's first answer for the text in view, or for the block an edit changed): the
// findings of the blocks it overlaps are the whole lint's, and what it analysed serves the next whole lint.
import { describe, expect, it } from 'vitest';
import { createSession, rules, type LintResult } from '../../index.ts';
import { Engine } from '../../core/engine.ts';
import { sectionRecorder } from './section-recorder.ts';
import { draftOf } from '../../scripts/lib/draft.ts';

const documentRules = new Set(rules.filter((rule) => rule.document).map((rule) => rule.meta.id));
const places = (result: LintResult) =>
  result.messages.map((message) => `${message.ruleId}@${message.place && 'start' in message.place ? message.place.start.offset : '?'}`);
const offsetOf = (message: LintResult['messages'][number]) =>
  message.place && 'start' in message.place ? message.place.start.offset! : -1;

describe('Session.lintPart', () => {
  const draft = draftOf(4000);
  const whole = createSession({ format: 'markdown' }).lint(draft);

  const flagged = offsetOf(whole.messages.filter((message) => offsetOf(message) > 5000)[0]!);
  it.each([
    [0, 3000],
    [flagged, flagged + 1],
    [12_000, 16_000],
    [draft.length - 2000, draft.length],
  ])('gives the whole lint’s findings of the blocks overlapping [%i, %i), without document-level ones', (start, end) => {
    const { result, span } = createSession({ format: 'markdown' }).lintPart(draft, { start, end });
    expect(span.start).toBeLessThanOrEqual(start);
    expect(span.end).toBeGreaterThanOrEqual(end);
    const expected = whole.messages.filter(
      (message) => !documentRules.has(message.ruleId!) && offsetOf(message) >= span.start && offsetOf(message) < span.end,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(places(result)).toEqual(places({ ...whole, messages: expected }));
    expect(result.kind).toBe(whole.kind);
  });

  it('leaves the session’s next whole lint as a fresh session’s', () => {
    const session = createSession({ format: 'markdown' });
    session.lintPart(draft, { start: 0, end: 4000 });
    const edited = `${draft.slice(0, 2000)}Officers may ask about immigration status. ${draft.slice(2000)}`;
    session.lintPart(edited, { start: 2000, end: 2045 });
    expect(places(session.lint(edited))).toEqual(places(createSession({ format: 'markdown' }).lint(edited)));
  });
});

describe('a part', () => {
  it('gives its sentences the headings they sit under, though the part does not read them', () => {
    const { rule: recording, seen } = sectionRecorder();
    const draft = '# General Order\n\nFirst.\n\n## Scope\n\nSecond.\n\n### Detail\n\nThird.\n';
    const third = draft.indexOf('Third.');
    new Engine({ rules: [recording] }).lintTextPart(draft, {}, { start: third, end: third + 1 });
    expect(seen).toEqual(['General Order > Scope > Detail | Third.']);
  });
});
