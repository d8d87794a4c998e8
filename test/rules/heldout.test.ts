import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint, type DocumentKind } from '../../index.ts';

/**
 * The held-out sets in test/fixtures/heldout-* (corpus format: sentences.jsonl and documents/ with
 * *.expect.json) as regression tests: each labelled sentence and each document keeps the reading it has
 * now. `npm run eval -- test/fixtures/heldout-x` prints the same figures; these tests fail on any regression.
 */
interface Labelled {
  id: string;
  label: 'violation' | 'compliant';
  categories: string[];
  text: string;
}

interface Expectation {
  kind?: DocumentKind;
  violations: Record<string, string[]>;
  missing: string[];
}

// Findings that decide nothing about a sentence (style, reading level) or belong to the whole document.
const NOT_DECISIVE = new Set(['inclusive-language', 'plain-language', 'missing-provision']);
const fixtures = new URL('../fixtures/', import.meta.url);
// A set holds labelled sentences, whole documents, or both (set j is documents only).
const sets = readdirSync(fixtures).filter(
  (name) =>
    name.startsWith('heldout-') &&
    (existsSync(new URL(`${name}/sentences.jsonl`, fixtures)) || existsSync(new URL(`${name}/documents/`, fixtures))),
);

for (const set of sets) {
  describe(set, () => {
    const file = new URL(`${set}/sentences.jsonl`, fixtures);
    const sentences: Labelled[] = existsSync(file)
      ? readFileSync(file, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as Labelled)
      : [];

    if (sentences.length > 0)
      it.each(sentences.map((sentence) => [sentence.id, sentence] as const))('%s', async (_id, sentence) => {
        const result = await lint(sentence.text, { kind: 'general-order' });
        const found = result.messages.filter((message) => !NOT_DECISIVE.has(message.category)).map((message) => message.category);
        if (sentence.label === 'compliant') expect(found).toEqual([]);
        else {
          expect(found.length).toBeGreaterThan(0);
          for (const category of found) expect(sentence.categories).toContain(category);
        }
      });

    const documents = new URL(`${set}/documents/`, fixtures);
    const expectations = existsSync(documents) ? readdirSync(documents).filter((name) => name.endsWith('.expect.json')) : [];
    it.each(expectations)('%s', async (name) => {
      const stem = name.slice(0, -'.expect.json'.length);
      const expectation = JSON.parse(readFileSync(new URL(name, documents), 'utf8')) as Expectation;
      const result = await lint(readFileSync(new URL(`${stem}.md`, documents), 'utf8'), { kind: expectation.kind });
      const byLine = new Map<number, string[]>();
      for (const message of result.messages) {
        if (NOT_DECISIVE.has(message.category)) continue;
        const line = message.line ?? 0;
        byLine.set(line, [...(byLine.get(line) ?? []), message.category]);
      }
      // Every expected line has a finding of an accepted category, and no other line has any.
      for (const [line, categories] of Object.entries(expectation.violations)) {
        expect(byLine.get(Number(line)) ?? [], `line ${line}`).toEqual(expect.arrayContaining([expect.toBeOneOf(categories)]));
      }
      expect([...byLine.keys()].filter((line) => !(String(line) in expectation.violations))).toEqual([]);
      const reasons = result.messages
        .filter((message) => message.category === 'missing-provision')
        .map((message) => message.reason.toLowerCase());
      for (const stem of expectation.missing) {
        expect(
          reasons.some((reason) => stem.split('|').some((alternative) => reason.includes(alternative))),
          `missing provision "${stem}"`,
        ).toBe(true);
      }
    });
  });
}
