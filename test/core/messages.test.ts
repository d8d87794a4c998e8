// Messages by id (ESLint's meta.messages + messageId): rules name a message, the engine writes its text, and a
// catalog of templates (a translation) replaces the rules' own without touching them.
import { describe, expect, it } from 'vitest';
import { Engine, messageText } from '../../core/engine.ts';
import { lint, rules } from '../../index.ts';
import { defineRule } from '../../core/rules/api.ts';

const statusInquiry = rules.find((rule) => rule.meta.id === 'status-inquiry')!;

describe('messages by id', () => {
  it('a finding carries its message id and the text the rule declares for it', async () => {
    const [message] = (await lint('Deputies may ask passengers about their immigration status.')).messages;
    expect(message?.messageId).toBe('inquiry');
    expect(message?.reason).toBe(statusInquiry.meta.messages.inquiry);
  });

  it('fills placeholders from the report’s data', async () => {
    const [message] = (await lint('Illegal aliens shall be referred to the federal task force.')).messages;
    expect(message?.messageId).toBe('label');
    expect(message?.reason).toBe(
      '“Illegal aliens” labels a person by an alleged immigration violation; describe the person instead (“Undocumented immigrants”).',
    );
  });

  it('every template of the pack names only placeholders its reports fill (no {{ left in a reason)', async () => {
    const { messages } = await lint(
      'Illegal aliens shall be referred to the task force. Officers shall not stop anyone solely because of accent.',
    );
    for (const message of messages) expect(message.reason).not.toMatch(/\{\{/);
  });

  it('a catalog replaces the templates: a second language without touching the rules', () => {
    const engine = new Engine({
      rules: [statusInquiry],
      messages: { 'status-inquiry': { inquiry: 'Preguntar por el estatus migratorio' } },
    });
    const [message] = engine.lintText('Deputies may ask passengers about their immigration status.').messages;
    expect(message?.reason).toBe('Preguntar por el estatus migratorio');
    expect(message?.messageId).toBe('inquiry');
  });

  it('an unknown message id or a missing value is an error in the rule, named', () => {
    const meta = { ...statusInquiry.meta, messages: { named: 'About {{who}}.' } };
    expect(messageText(meta, 'named', { who: 'status' })).toBe('About status.');
    expect(() => messageText(meta, 'other')).toThrow('rule status-inquiry has no message "other"');
    expect(() => messageText(meta, 'named')).toThrow('no value for {{who}}');
    const broken = defineRule({
      meta: {
        id: 'broken',
        category: 'status-inquiry',
        severity: 'error',
        description: 'reports an id it lacks',
        messages: {},
        url: '',
        citations: [],
      },
      docs: { rationale: '', compliant: [] },
      sentence: (context) => context.report({ start: 0, end: 1, messageId: 'missing' }),
      examples: { flagged: [], accepted: [] },
    });
    expect(() => new Engine({ rules: [broken] }).lintText('Any sentence.')).toThrow('rule broken has no message "missing"');
  });
});
