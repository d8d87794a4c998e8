// Precedence between rules is declared by each rule (`meta.yieldsTo`) and decided by the engine after config,
// kinds and directives: a rule the user turned off never silences another rule's finding.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lint, rules, type SeveritySetting, type TrustlintMessage } from '../../index.ts';
import type { LintRequest } from '../../extension/lib/messages.ts';
import { WorkerState } from '../../extension/lib/worker-state.ts';
import { LocalEngine } from '../../extension/lib/local-engine.ts';
import { packCases } from '../rules/rule-tester.ts';

const EXTENDED_STOP = 'Deputies shall extend the stop to ask about immigration status.';
const found = (messages: TrustlintMessage[]) => messages.map((message) => [message.ruleId, message.actual]);

describe('a rule turned off silences no other rule', () => {
  it('with every rule on, the clause is civil-detention’s', async () => {
    expect(found((await lint(EXTENDED_STOP)).messages)).toEqual([['civil-detention', 'extend the stop to ask about immigration status']]);
  });

  it('off in the config: status-inquiry reports the clause', async () => {
    const { messages } = await lint(EXTENDED_STOP, { config: { rules: { 'civil-detention': 'off' } } });
    expect(found(messages)).toEqual([['status-inquiry', 'ask about immigration status']]);
  });

  it('off by category in the config', async () => {
    const { messages } = await lint(EXTENDED_STOP, { config: { rules: { 'civil-detention': 'off', detainer: 'off' } } });
    expect(found(messages)).toEqual([['status-inquiry', 'ask about immigration status']]);
  });

  it('disabled by an inline directive', async () => {
    const { messages } = await lint(`<!--trustlint disable civil-detention-->\n\n${EXTENDED_STOP}`);
    expect(found(messages)).toEqual([['status-inquiry', 'ask about immigration status']]);
  });

  it('ignored for the next block by an inline directive, and back after it', async () => {
    const { messages } = await lint(`<!--trustlint ignore civil-detention-->\n\n${EXTENDED_STOP}\n\n${EXTENDED_STOP}`);
    expect(messages.map((message) => [message.ruleId, message.line])).toEqual([
      ['status-inquiry', 3],
      ['civil-detention', 5],
    ]);
  });

  it('a finding the allow list drops wins nothing', async () => {
    const { messages } = await lint(EXTENDED_STOP, { config: { allow: ['extend the stop'] } });
    expect(found(messages)).toEqual([['status-inquiry', 'ask about immigration status']]);
  });

  describe('the extension’s per-rule toggle (settings → worker)', () => {
    beforeEach(() => fakeBrowser.reset());
    const request: LintRequest = {
      type: 'lint',
      documentKey: 'doc',
      text: EXTENDED_STOP,
      format: 'text',
      title: 'General order',
      url: 'https://example.test/',
      editor: 'textarea',
      canApply: true,
    };

    it('switching civil-detention off in the options shows the status inquiry', async () => {
      await fakeBrowser.storage.local.set({ settings: { rules: { 'civil-detention': 'off' } } });
      const { findings } = await new WorkerState(new LocalEngine()).lint(request, 1, 0);
      expect(findings.map((finding) => [finding.ruleId, finding.actual])).toEqual([['status-inquiry', 'ask about immigration status']]);
    });
  });
});

describe('yieldsTo', () => {
  const ids = new Set(rules.map((rule) => rule.meta.id));

  it('names rules of the pack, never the rule itself, and has no cycle', () => {
    const yields = new Map(rules.map((rule) => [rule.meta.id, rule.meta.yieldsTo ?? []]));
    for (const [id, targets] of yields) {
      for (const target of targets) {
        expect(ids, `${id} yields to ${target}`).toContain(target);
        expect(target).not.toBe(id);
      }
    }
    const reaches = (from: string, to: string, seen = new Set<string>()): boolean =>
      (yields.get(from) ?? []).some((next) => {
        if (next === to) return true;
        if (seen.has(next)) return false;
        seen.add(next);
        return reaches(next, to, seen);
      });
    for (const id of ids) expect(reaches(id, id), `${id} yields to itself through others`).toBe(false);
  });

  // A rule id may also be a category id ("profiling"): the other rules of that category keep their severity.
  const onlyOff = (off: string): Record<string, SeveritySetting> => {
    const settings: Record<string, SeveritySetting> = {};
    for (const { meta } of rules) if (meta.category === off) settings[meta.id] = meta.severity;
    return { ...settings, [off]: 'off' };
  };

  // Every example of the pack (regression cases and documentation examples): for every pair of rules,
  // turning one off leaves every finding of the other in place.
  it('for every pair of rules, turning one off never silences the other’s finding on the pack’s examples', async () => {
    let compared = 0;
    for (const example of packCases()) {
      const options = { format: example.format ?? 'markdown', kind: example.kind ?? 'general-order' } as const;
      const all = (await lint(example.text, options)).messages;
      const key = (message: TrustlintMessage) =>
        `${message.ruleId}@${message.place && 'start' in message.place ? message.place.start.offset : ''}`;
      for (const off of ids) {
        const config = { rules: onlyOff(off) };
        const remaining = new Set((await lint(example.text, { ...options, config })).messages.map(key));
        for (const message of all) {
          if (message.ruleId === off) continue;
          compared++;
          expect(remaining.has(key(message)), `${off} off silenced ${message.ruleId} on “${example.text}”`).toBe(true);
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  }, 180_000);
});

describe('directives that cannot be applied are warnings, never silence', () => {
  it('an unknown rule id', async () => {
    const { messages } = await lint(`<!--trustlint disable status-inqury-->\n\n${EXTENDED_STOP}`);
    expect(messages.map((message) => [message.ruleId, message.severity, message.line, message.actual])).toEqual([
      ['directive', 'warning', 1, '<!--trustlint disable status-inqury-->'],
      ['civil-detention', 'error', 3, 'extend the stop to ask about immigration status'],
    ]);
    expect(messages[0]!.reason).toBe(
      'Unknown rule or category “status-inqury” in a trustlint disable directive; it was not applied to it.',
    );
  });

  it('an unknown keyword', async () => {
    const { messages } = await lint(`<!--trustlint disbale civil-detention-->\n\n${EXTENDED_STOP}`);
    expect(messages.map((message) => [message.ruleId, message.line])).toEqual([
      ['directive', 1],
      ['civil-detention', 3],
    ]);
    expect(messages[0]!.reason).toMatch(/^Unknown trustlint directive “disbale”/);
  });

  it('a known id beside an unknown one still applies', async () => {
    const { messages } = await lint(`<!--trustlint disable civil-detention status-inqury-->\n\n${EXTENDED_STOP}`);
    expect(found(messages)).toEqual([
      ['directive', '<!--trustlint disable civil-detention status-inqury-->'],
      ['status-inquiry', 'ask about immigration status'],
    ]);
  });

  it('a bare disable takes effect where it stands, not from the start of the file', async () => {
    const { messages } = await lint(`${EXTENDED_STOP}\n\n<!--trustlint disable-->\n\n${EXTENDED_STOP}`);
    expect(messages.map((message) => [message.ruleId, message.line])).toEqual([['civil-detention', 1]]);
  });

  it('in HTML comments too', async () => {
    const { messages } = await lint(`<p>Intro.</p><!--trustlint disable civil-detention--><p>${EXTENDED_STOP}</p>`, { format: 'html' });
    expect(found(messages)).toEqual([['status-inquiry', 'ask about immigration status']]);
  });
});

describe('directives on hostile input', () => {
  // Time is measured in `npm run bench`, not asserted here: the bound keeps the work per directive fixed.
  it('applies a bounded number and says where it stopped', async () => {
    const many = Array.from({ length: 2_000 }, () => `<!--trustlint disable status-inquiry-->\n\n${EXTENDED_STOP}`).join('\n\n');
    const { messages } = await lint(many);
    const warnings = messages.filter((message) => message.ruleId === 'directive');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.reason).toBe('More than 500 trustlint directives: this one and those after it were not applied.');
    expect(messages.filter((message) => message.ruleId === 'civil-detention')).toHaveLength(2_000);
  }, 60_000);
});
