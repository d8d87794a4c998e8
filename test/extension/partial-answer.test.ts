// A long text's first answer (extension/lib/partial-answer.ts, LocalEngine): after an edit, the changed blocks' findings
// come from the engine and every other finding is moved along — as the whole lint places them; a long first check
// stops for a newer one.
import { describe, expect, test } from 'vitest';
import { createSession } from '../../index.ts';
import { findingsOf } from '../../extension/lib/findings.ts';
import { carryOver, editedPart, firstPart } from '../../extension/lib/partial-answer.ts';
import { changeBetween } from '../../extension/lib/text-change.ts';
import { LocalEngine } from '../../extension/lib/local-engine.ts';
import type { EngineCheck, EngineResult } from '../../extension/lib/engine.ts';
import { unpackFindingsJSON } from '../../extension/lib/packed-findings.ts';
import { draftOf } from '../../scripts/lib/draft.ts';

const draft = draftOf(4000);
const flaggedSentence = 'Officers may ask drivers about their immigration status.\n\n';
const documentLevel = (finding: { category: string }) => finding.category === 'missing-provision';

describe('carryOver', () => {
  test.each([
    ['an insertion near the top', (text: string) => `${text.slice(0, 900)}${flaggedSentence}${text.slice(900)}`],
    ['a fix in the middle', (text: string) => text.replace('immigration status', 'residence')],
    ['a deletion of a paragraph', (text: string) => text.replace(/\n\n[^\n]+\n\n/, '\n\n')],
    ['text added at the end', (text: string) => `${text}\n${flaggedSentence}`],
  ])('%s: the findings are the whole lint’s of the new text', (_name, change) => {
    const session = createSession({ format: 'markdown' });
    const before = findingsOf(session.lint(draft));
    const after = change(draft);
    const replacement = changeBetween(draft, after);
    const { result, span } = session.lintPart(after, editedPart(replacement, after.length));
    const carried = carryOver(before, replacement, after, span, findingsOf(result));
    const whole = findingsOf(createSession({ format: 'markdown' }).lint(after));
    const strip = (findings: typeof whole) => findings.map(({ id: _id, ...finding }) => finding);
    expect(strip(carried.filter((finding) => !documentLevel(finding)))).toEqual(strip(whole.filter((finding) => !documentLevel(finding))));
  });

  test('the first part is around the caret, inside the text', () => {
    expect(firstPart('x'.repeat(50_000))).toEqual({ start: 0, end: 3000 });
    expect(firstPart('x'.repeat(50_000), 20_000)).toEqual({ start: 18_500, end: 21_500 });
    expect(firstPart('x'.repeat(50_000), 99_999)).toEqual({ start: 48_500, end: 50_000 });
  });
});

describe('LocalEngine', () => {
  const check = (text: string, partialAfterEdits = false): EngineCheck => ({
    sessionKey: 'editor',
    text,
    format: 'markdown',
    config: {},
    ...(partialAfterEdits ? { partialAfterEdits } : {}),
  });
  const ids = (result: EngineResult) => unpackFindingsJSON(result.findings)!.map((finding) => finding.id);

  test('a long first check answers its opening first, then the whole draft', async () => {
    const engine = new LocalEngine();
    const partials: EngineResult[] = [];
    const whole = await engine.check(0, check(draft), (partial) => partials.push(partial));
    expect(partials).toHaveLength(1);
    const first = ids(partials[0]!);
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThan(ids(whole).length);
    expect(first.every((id) => ids(whole).includes(id))).toBe(true);
    expect(ids(whole)).toEqual(findingsOf(createSession({ format: 'markdown' }).lint(draft)).map((finding) => finding.id));
    // A short text, or an edit once the draft is read whole (unless every edit is waited for), is answered once.
    const again: EngineResult[] = [];
    await engine.check(0, check(`${draft}\n${flaggedSentence}`), (partial) => again.push(partial));
    expect(again).toHaveLength(0);
    await engine.check(0, check(`${draft}\n${flaggedSentence}x`, true), (partial) => again.push(partial));
    expect(again).toHaveLength(1);
    await new LocalEngine().check(0, check(flaggedSentence), (partial) => again.push(partial));
    expect(again).toHaveLength(1);
  });

  test('a long first check stops for a newer check of the editor, which takes over what it read', async () => {
    const engine = new LocalEngine();
    let newer = false;
    const stopped = await engine.checkUnless(
      0,
      check(draft),
      () => (newer = true),
      () => newer,
    );
    expect(stopped).toBeUndefined();
    const edited = `${draft}\n${flaggedSentence}`;
    const partials: EngineResult[] = [];
    const whole = await engine.checkUnless(
      0,
      check(edited),
      (partial) => partials.push(partial),
      () => false,
    );
    // The newer check's first answer carries the opening's findings over and adds the edit's.
    expect(ids(partials[0]!).some((id) => id.startsWith('status-inquiry') && Number(id.split(':')[1]) >= draft.length)).toBe(true);
    expect(ids(whole!)).toEqual(findingsOf(createSession({ format: 'markdown' }).lint(edited)).map((finding) => finding.id));
  });
});
