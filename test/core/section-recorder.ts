import { defineRule, type Rule } from '../../core/rules/api.ts';

/** A rule that records each sentence it is given with the headings it sits under ("Title > Section | Sentence."). */
export function sectionRecorder(): { rule: Rule; seen: string[] } {
  const seen: string[] = [];
  const rule = defineRule({
    meta: {
      id: 'recording',
      category: 'status-inquiry',
      severity: 'info',
      description: 'records sections',
      messages: {},
      url: '',
      citations: [],
    },
    docs: { rationale: '', compliant: [] },
    sentence: ({ sentence, section }) => {
      seen.push(`${section.join(' > ')} | ${sentence.text}`);
    },
    examples: { flagged: [], accepted: [] },
  });
  return { rule, seen };
}
