import { describe, expect, it } from 'vitest';
import { applySuggestions, createSession, lint, resolveConfig, ConfigError } from '../../index.ts';
import { Engine } from '../../core/engine.ts';
import { defineRule } from '../../core/rules/api.ts';
import { sectionRecorder } from './section-recorder.ts';
import type { LintResult } from '../../core/types.ts';
import { trustPolicyPack } from '../../rules/pack.ts';

const VIOLATION = 'Deputies may ask passengers about their immigration status.';

describe('lint', () => {
  it('finds a violation with exact offsets, vfile fields and a subject-keeping rewrite', async () => {
    const text = `# Bulletin 4\n\nIntro line.\n\n${VIOLATION}\n`;
    const { messages, kind } = await lint(text);
    expect(kind).toBe('bulletin');
    const [message] = messages.filter((m) => m.ruleId === 'status-inquiry');
    expect(message).toBeDefined();
    expect(message!.source).toBe('trustlint');
    expect(message!.category).toBe('status-inquiry');
    expect(message!.severity).toBe('error');
    expect(message!.fatal).toBe(true);
    expect(message!.line).toBe(5);
    expect(message!.url).toBe('rules/docs/status-inquiry.md');
    expect(message!.citations.length).toBeGreaterThan(0);
    const place = message!.place as { start: { offset: number }; end: { offset: number } };
    expect(text.slice(place.start.offset, place.end.offset)).toBe(message!.actual);
    const fixed = applySuggestions(text, message!.suggestions).text;
    expect(fixed).toContain('Deputies shall not ask passengers about their immigration status.');
  });

  it('reads plain text and HTML as well as markdown', async () => {
    const text = await lint(`Members are authorized to:\n• verify the immigration status of a driver;`, { format: 'text' });
    expect(text.messages.map((m) => m.ruleId)).toContain('status-inquiry');
    const html = `<p>${VIOLATION.replace('ask', '<em>ask</em>')}</p>`;
    const result = await lint(html, { filename: 'draft.html' });
    expect(result.format).toBe('html');
    const message = result.messages.find((m) => m.ruleId === 'status-inquiry')!;
    expect(message.actual?.startsWith('ask</em> passengers')).toBe(true);
  });

  it('does not flag the same words when the clause forbids them, even under a lead-in', async () => {
    const { messages } = await lint('Members shall not:\n\n- ask a passenger about citizenship;\n- verify immigration status.');
    expect(messages.filter((m) => m.ruleId === 'status-inquiry')).toEqual([]);
  });

  it("reads a bulleted list after a numbered item that ends in a colon as that item's list, and goes on after it", async () => {
    const text = [
      '1. Requests are logged. Members shall not:',
      '- ask a passenger about citizenship;\n- verify immigration status.',
      '2. Ask drivers about immigration status.',
    ].join('\n\n');
    const { messages } = await lint(text);
    expect(messages.filter((m) => m.ruleId === 'status-inquiry').map((m) => m.actual)).toEqual(['Ask drivers about immigration status']);
    // The numbered item after the bullets is read without their lead-in, with its own rewrite.
    expect(messages.find((m) => m.ruleId === 'status-inquiry')!.suggestions).toHaveLength(1);
  });

  it('completes only the first sentence of an item with its lead-in', async () => {
    const { messages } = await lint(
      'Members shall not:\n\n- hold anyone for ICE. Speaking little English is a reasonable basis to suspect unlawful entry.',
    );
    expect(messages.filter((m) => m.category === 'profiling').map((m) => m.actual)).toEqual([
      'Speaking little English is a reasonable basis',
    ]);
    expect(messages.filter((m) => m.category === 'civil-detention' || m.category === 'detainer')).toEqual([]);
  });

  it('rejects a string for docx and invalid UTF-8 bytes with clear errors', async () => {
    await expect(lint('text', { format: 'docx' })).rejects.toThrow(/bytes/);
    await expect(lint(new Uint8Array([0xc3, 0x28]), { format: 'markdown' })).rejects.toThrow();
  });
});

describe('configuration', () => {
  it('turns rules and categories off, changes severity (a rule id wins over its category) and drops allowed phrases', async () => {
    const off = await lint(VIOLATION, { config: { rules: { 'status-inquiry': 'off' } } });
    expect(off.messages.filter((m) => m.category === 'status-inquiry')).toEqual([]);
    const warn = await lint(VIOLATION, { config: { rules: { 'status-inquiry': 'warn' } } });
    expect(warn.messages.find((m) => m.ruleId === 'status-inquiry')!.severity).toBe('warning');
    const allowed = await lint(VIOLATION, { config: { allow: ['ask passengers'] } });
    expect(allowed.messages.filter((m) => m.ruleId === 'status-inquiry')).toEqual([]);
  });

  it('validates config with one-line errors naming the origin', () => {
    expect(resolveConfig({ rules: { 'status-inquiry': 'warn' }, kind: 'outreach', allow: ['x'] }, 'a.json')).toEqual({
      rules: { 'status-inquiry': 'warn' },
      kind: 'outreach',
      allow: ['x'],
    });
    expect(() => resolveConfig({ rules: { 'no-such-rule': 'off' } }, '/p/.trustlintrc.json')).toThrow(
      new ConfigError('/p/.trustlintrc.json: unknown rule or category "no-such-rule"'),
    );
    expect(() => resolveConfig({ rules: { 'status-inquiry': 'loud' } }, 'c')).toThrow(/must be off, info, warn or error/);
    expect(() => resolveConfig([], 'c')).toThrow(/expected a JSON object/);
    expect(() => resolveConfig({ kind: 'memo' }, 'c')).toThrow(/"kind" must be one of/);
    expect(() => resolveConfig({ colour: 1 }, 'c')).toThrow(/unknown setting "colour"/);
    expect(() => resolveConfig({ allow: [''] }, 'c')).toThrow(/non-empty phrases/);
  });
});

describe('inline directives', () => {
  it('disables until enable, by rule or category, and ignores the next block', async () => {
    const text = [
      '<!--trustlint disable status-inquiry-->',
      VIOLATION,
      '<!--trustlint enable status-inquiry-->',
      '',
      VIOLATION,
      '',
      '<!--trustlint ignore-->',
      VIOLATION,
      '',
      '<!--trustlint disable inclusive-language-->',
      '',
      VIOLATION,
    ].join('\n');
    const { messages } = await lint(text);
    expect(messages.filter((m) => m.ruleId === 'status-inquiry').map((m) => m.line)).toEqual([5, 12]);
  });
});

describe('sessions', () => {
  const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} says officers shall respond to calls promptly.`);

  it('re-analyses only the changed block and returns the same findings as a full lint', async () => {
    let analysed = 0;
    const counting = defineRule({
      meta: {
        id: 'counting',
        category: 'status-inquiry',
        severity: 'info',
        description: 'counts sentences analysed',
        messages: {},
        url: '',
        citations: [],
      },
      docs: { rationale: '', compliant: [] },
      sentence: () => {
        analysed++;
      },
      examples: { flagged: [], accepted: [] },
    });
    const engine = new Engine({ rules: [counting] });
    engine.lintText(paragraphs.join('\n\n'));
    expect(analysed).toBe(40);
    const edited = [...paragraphs];
    edited[20] = 'Paragraph 20 now has two sentences. Here is the second.';
    engine.lintText(edited.join('\n\n'));
    expect(analysed).toBe(42);
  });

  it('reuses unchanged chunks only where they are the same: edits far apart, a paragraph removed or moved, another format', async () => {
    const session = createSession();
    const base = [...paragraphs.slice(0, 10), VIOLATION, ...paragraphs.slice(10, 20), `**${VIOLATION}**`].join('\n\n');
    const pick = (messages: LintResult['messages']) => messages.map((m) => [m.ruleId, m.line, m.column, m.actual, m.suggestions]);
    session.lint(base);
    const blocks = base.split('\n\n');
    const farApart = [`Intro. ${blocks[0]}`, ...blocks.slice(1, -1), `${blocks.at(-1)} Officers may ask for a green card.`].join('\n\n');
    expect(pick(session.lint(farApart).messages)).toEqual(pick((await lint(farApart)).messages));
    session.lint(base);
    const removed = [...blocks.slice(0, 10), ...blocks.slice(11)].join('\n\n');
    expect(pick(session.lint(removed).messages)).toEqual(pick((await lint(removed)).messages));
    session.lint(farApart);
    const moved = [blocks.at(-1), ...blocks.slice(1, -1), blocks[0]].join('\n\n');
    expect(pick(session.lint(moved).messages)).toEqual(pick((await lint(moved)).messages));
    // The same chunks read as plain text keep the asterisks: a chunk read as markdown is not reused.
    const engine = new Engine({ rules: trustPolicyPack.rules });
    const asMarkdown = engine.lintText(moved, { format: 'markdown' });
    const asText = engine.lintText(moved, { format: 'text' });
    expect(pick(asText.messages)).toEqual(pick(new Engine({ rules: trustPolicyPack.rules }).lintText(moved, { format: 'text' }).messages));
    expect(pick(asText.messages)).not.toEqual(pick(asMarkdown.messages));
  });

  it('gives each sentence the headings it sits under, and analyses it again when one of them changes', () => {
    const { rule: recording, seen } = sectionRecorder();
    const engine = new Engine({ rules: [recording] });
    const draft = (title: string) => `# ${title}\n\nFirst.\n\n## Scope\n\nSecond.\n\n### Detail\n\nThird.\n\n## Review\n\nFourth.\n`;
    engine.lintText(draft('General Order'));
    expect(seen).toEqual([
      ' | General Order',
      'General Order | First.',
      'General Order | Scope',
      'General Order > Scope | Second.',
      'General Order > Scope | Detail',
      'General Order > Scope > Detail | Third.',
      'General Order | Review',
      'General Order > Review | Fourth.',
    ]);
    seen.length = 0;
    engine.lintText(draft('General Order'));
    expect(seen).toEqual([]);
    engine.lintText(draft('U Visa Certification'));
    expect(seen).toHaveLength(8);
  });

  it('keeps positions right after edits above a finding', async () => {
    const session = createSession();
    const base = [...paragraphs.slice(0, 5), VIOLATION].join('\n\n');
    const first = session.lint(base).messages.filter((m) => m.ruleId === 'status-inquiry');
    expect(first[0]!.line).toBe(11);
    const edited = `New first line.\n\n${base}`;
    const second = session.lint(edited);
    const full = await lint(edited);
    const pick = (messages: typeof full.messages) => messages.map((m) => [m.ruleId, m.line, m.column, m.actual, m.suggestions]);
    expect(pick(second.messages)).toEqual(pick(full.messages));
    expect(second.messages.find((m) => m.ruleId === 'status-inquiry')!.line).toBe(13);
  });

  it('hands back a message unchanged only while its finding sits on the same line and column, under the same config', async () => {
    const session = createSession();
    const base = `Intro line one two.\n\n${VIOLATION}\n`;
    const before = session.lint(base).messages.find((m) => m.ruleId === 'status-inquiry')!;
    expect(session.lint(base).messages.find((m) => m.ruleId === 'status-inquiry')).toBe(before);
    // The same length, one line more: the finding's chunk starts at the same offset, but a line lower.
    const wrapped = base.replace('one two', 'one\ntwo');
    const after = session.lint(wrapped).messages.find((m) => m.ruleId === 'status-inquiry')!;
    expect([after.line, after.column]).toEqual([before.line! + 1, before.column]);
    const pick = (messages: LintResult['messages']) => messages.map((m) => [m.ruleId, m.line, m.column, m.actual, m.severity]);
    expect(pick(session.lint(wrapped).messages)).toEqual(pick((await lint(wrapped)).messages));
    const config = resolveConfig({ rules: { 'status-inquiry': 'info' } }, 'test');
    const configured = createSession({ config });
    configured.lint(wrapped);
    expect(configured.lint(wrapped).messages.find((m) => m.ruleId === 'status-inquiry')!.severity).toBe('info');
  });
});

describe('list items covered by their lead-in', () => {
  // A rule that flags the word "screen" wherever it stands: enough to see what the engine adds for the items.
  const screening = (coversItems: boolean) =>
    defineRule({
      meta: {
        id: 'screening',
        category: 'status-inquiry',
        severity: 'error',
        description: 'flags "screen"',
        messages: { screen: 'Screening.' },
        url: '',
        citations: [],
        coversItems,
      },
      docs: { rationale: '', compliant: [] },
      sentence: ({ sentence, report }) => {
        for (const word of sentence.words) if (word.lower === 'screen') report({ start: word.start, end: word.end, messageId: 'screen' });
      },
      examples: { flagged: [], accepted: [] },
    });
  const draft = [
    'Deputies shall screen any person who is:',
    '',
    '1. Arrested for a felony.',
    '2. Has been convicted of a felony.',
    '3. Reasonably suspected of a crime.',
    '4. The person has a lawyer.',
    '5. Not charged with anything.',
    '',
  ].join('\n');

  it('reports the items that only complete the lead-in, with its message and no rewrite', () => {
    const { messages } = new Engine({ rules: [screening(true)] }).lintText(draft);
    expect(messages.map((message) => [message.line, message.actual, message.suggestions.length])).toEqual([
      [1, 'screen', 0],
      [3, 'Arrested for a felony', 0],
      [4, 'Has been convicted of a felony', 0],
      [5, 'Reasonably suspected of a crime', 0],
    ]);
  });

  it('leaves items alone for a rule that does not ask for it, and under a lead-in with no finding', () => {
    expect(new Engine({ rules: [screening(false)] }).lintText(draft).messages.map((message) => message.line)).toEqual([1]);
    const clean = draft.replace('screen', 'help');
    expect(new Engine({ rules: [screening(true)] }).lintText(clean).messages).toEqual([]);
  });
});
