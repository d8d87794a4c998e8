// The pack's cold start: what its modules build when they are imported, before any draft is read. Speed itself is
// measured by `npm run bench:startup`, not asserted here.
import { describe, expect, it } from 'vitest';
import { phraseFinders } from '../../rules/lib/words.ts';
import { createSession } from '../../index.ts';

describe('cold start', () => {
  it('importing the pack builds no phrase index; a sentence builds only the ones it reaches', () => {
    expect(phraseFinders.declared).toBeGreaterThan(20);
    expect(phraseFinders.built).toBe(0);

    const sentence = 'Officers may ask about immigration status.';
    const result = createSession({ format: 'text' }).lint(sentence);
    expect(result.messages.map((message) => message.ruleId)).toContain('status-inquiry');
    expect(phraseFinders.built).toBeGreaterThan(0);
    expect(phraseFinders.built).toBeLessThan(phraseFinders.declared);

    // A finder builds its index once: the same sentence read again (a new session: nothing cached) builds nothing.
    const built = phraseFinders.built;
    createSession({ format: 'text' }).lint(sentence);
    expect(phraseFinders.built).toBe(built);
  });
});
