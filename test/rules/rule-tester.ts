// The rule tester, after ESLint's RuleTester: each rule runs ALONE over its own regression cases
// (test/rules/cases/<rule-id>.yaml); every flagged case states each finding exactly (the flagged words, the
// message id, the whole text after each suggestion), so the number of findings is asserted too. Where rules
// overlap, the whole pack runs over test/rules/cases/pack.yaml and every finding of every rule is stated.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  applySuggestions,
  createEngine,
  DOCUMENT_KINDS,
  type DocumentKind,
  lint,
  type Rule,
  rules,
  SOURCE_FORMATS,
  type SourceFormat,
  type TrustlintMessage,
  trustPolicyPack,
} from '../../index.ts';

export interface Case {
  text: string;
  kind?: DocumentKind;
  format?: SourceFormat;
}

/** One finding of the rule under test, stated exactly. */
export interface ExpectedFinding {
  /** The flagged words, as they stand in the text. */
  span: string;
  messageId: string;
  /** The whole text after each of the finding's suggestions, in order ([] when it offers none). */
  suggestions: string[];
}

export interface RuleCases {
  valid: Case[];
  invalid: (Case & { findings: ExpectedFinding[] })[];
}

/** A case for the whole pack: every finding of every rule, in document order. */
export interface PackCase extends Case {
  findings: { rule: string; span: string; messageId: string }[];
}

const CASES = new URL('./cases/', import.meta.url);

/** Reads and checks a case file: a malformed case is an error that names it, never a test that passes. */
export function loadRuleCases(ruleId: string, folder: URL = CASES): RuleCases {
  const file = new URL(`${ruleId}.yaml`, folder);
  const data = parse(readFileSync(file, 'utf8')) as { valid?: unknown[]; invalid?: unknown[] };
  const where = file.pathname;
  return {
    valid: (data.valid ?? []).map((entry) => toCase(typeof entry === 'string' ? { text: entry } : entry, where)),
    invalid: (data.invalid ?? []).map((entry) => {
      const { findings } = entry as { findings?: unknown };
      if (!Array.isArray(findings) || findings.length === 0) throw new Error(`${where}: an invalid case states no findings`);
      return { ...toCase(entry, where), findings: findings.map((finding) => toExpected(finding, where)) };
    }),
  };
}

export function loadPackCases(): PackCase[] {
  const data = parse(readFileSync(new URL('pack.yaml', CASES), 'utf8')) as unknown[];
  return data.map((entry) => {
    const { findings } = entry as { findings?: { rule?: unknown; span?: unknown; messageId?: unknown }[] };
    if (!Array.isArray(findings)) throw new Error('test/rules/cases/pack.yaml: a case without findings (use [] for none)');
    for (const finding of findings) {
      if (typeof finding.rule !== 'string' || typeof finding.span !== 'string' || typeof finding.messageId !== 'string') {
        throw new Error(`test/rules/cases/pack.yaml: a finding needs rule, span and messageId: ${JSON.stringify(finding)}`);
      }
    }
    return { ...toCase(entry, 'test/rules/cases/pack.yaml'), findings: findings as PackCase['findings'] };
  });
}

/** Every text the pack's tests and docs use: regression cases, overlap cases and documentation examples. */
export function packCases(): Case[] {
  return [
    ...rules.flatMap((rule) => {
      const cases = loadRuleCases(rule.meta.id);
      return [...cases.valid, ...cases.invalid, ...rule.examples.flagged, ...rule.examples.accepted];
    }),
    ...loadPackCases(),
  ];
}

function toCase(entry: unknown, where: string): Case {
  const { text, kind, format, ...rest } = entry as Record<string, unknown>;
  delete rest.findings;
  if (typeof text !== 'string' || text.trim() === '') throw new Error(`${where}: a case needs a text`);
  if (kind !== undefined && !(DOCUMENT_KINDS as readonly unknown[]).includes(kind)) throw new Error(`${where}: unknown kind ${kind}`);
  if (format !== undefined && !(SOURCE_FORMATS as readonly unknown[]).includes(format))
    throw new Error(`${where}: unknown format ${format}`);
  if (Object.keys(rest).length > 0) throw new Error(`${where}: unknown fields ${Object.keys(rest).join(', ')} in “${text}”`);
  return { text, ...(kind ? { kind: kind as DocumentKind } : {}), ...(format ? { format: format as SourceFormat } : {}) };
}

function toExpected(entry: unknown, where: string): ExpectedFinding {
  const { span, messageId, suggestions } = entry as Record<string, unknown>;
  if (typeof span !== 'string' || typeof messageId !== 'string' || !Array.isArray(suggestions)) {
    throw new Error(`${where}: a finding needs span, messageId and suggestions: ${JSON.stringify(entry)}`);
  }
  return { span, messageId, suggestions: suggestions.map(String) };
}

const options = (example: Case) => ({ format: example.format ?? 'markdown', kind: example.kind ?? 'general-order' }) as const;
const caseKey = (example: Case) => `${example.text}\u0000${example.kind ?? ''}\u0000${example.format ?? ''}`;

/** The same case twice (as valid and invalid, or twice in one list) tests nothing new and may contradict itself. */
export function duplicates(cases: readonly Case[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const example of cases) {
    const key = caseKey(example);
    if (seen.has(key)) twice.add(example.text);
    seen.add(key);
  }
  return [...twice];
}

/** A finding as a case states it. */
export function describeFinding(text: string, message: TrustlintMessage): ExpectedFinding {
  return {
    span: message.actual ?? '',
    messageId: message.messageId,
    suggestions: message.suggestions.map((suggestion) => applySuggestions(text, [suggestion]).text),
  };
}

/** Runs `rule` alone over its cases, then checks its documentation examples against the whole pack. */
export function testRule(rule: Rule, cases: RuleCases = loadRuleCases(rule.meta.id)): void {
  const { id } = rule.meta;
  const engine = createEngine({ pack: { ...trustPolicyPack, rules: [rule] } });
  const run = async (example: Case) =>
    (await engine.lint(example.text, options(example))).messages.filter((message) => message.ruleId === id);

  describe(`rule ${id}`, () => {
    it('has valid and invalid cases, none of them twice', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
      expect(duplicates([...cases.valid, ...cases.invalid])).toEqual([]);
    });

    for (const example of cases.valid) {
      it(`valid: ${example.text}`, async () => {
        expect((await run(example)).map((message) => message.actual)).toEqual([]);
      });
    }

    for (const example of cases.invalid) {
      it(`invalid: ${example.text}`, async () => {
        const found = await run(example);
        expect(found.map((message) => describeFinding(example.text, message))).toEqual(example.findings);
        for (const message of found) {
          expect(rule.meta.messages).toHaveProperty([message.messageId]);
          expect(message.category).toBe(rule.meta.category);
          expect(message.citations).toBe(rule.meta.citations);
        }
      });
    }

    describe('documentation examples (whole pack, as a reader meets them)', () => {
      it('a few of each, none twice', () => {
        expect(rule.examples.flagged.length).toBeGreaterThan(0);
        expect(rule.examples.accepted.length).toBeGreaterThan(0);
        expect(rule.examples.flagged.length + rule.examples.accepted.length).toBeLessThanOrEqual(8);
        expect(duplicates([...rule.examples.flagged, ...rule.examples.accepted])).toEqual([]);
      });
      for (const example of rule.examples.flagged) {
        it(`flagged: ${example.text}`, async () => {
          const found = (await lint(example.text, options(example))).messages.filter((message) => message.ruleId === id);
          expect(found.length).toBeGreaterThan(0);
          if (example.output !== undefined) expect(describeFinding(example.text, found[0]!).suggestions[0]).toBe(example.output);
        });
      }
      for (const example of rule.examples.accepted) {
        it(`accepted: ${example.text}`, async () => {
          const found = (await lint(example.text, options(example))).messages.filter((message) => message.ruleId === id);
          expect(found.map((message) => message.actual)).toEqual([]);
        });
      }
    });
  });
}

/** The whole pack over the overlap cases: every finding of every rule, exactly and in order. */
export function testPack(cases: PackCase[] = loadPackCases()): void {
  describe('the whole pack, where rules overlap', () => {
    it('no case twice', () => expect(duplicates(cases)).toEqual([]));
    for (const example of cases) {
      it(example.text, async () => {
        const { messages } = await lint(example.text, options(example));
        expect(messages.map((message) => ({ rule: message.ruleId, span: message.actual, messageId: message.messageId }))).toEqual(
          example.findings,
        );
      });
    }
  });
}
