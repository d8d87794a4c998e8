import { defineRule } from '../core/rules/api.ts';
import { citations } from './lib/citations.ts';
import { PROVISIONS, provisionMessages, reportMissing } from './lib/provisions.ts';

const RECOMMENDED = PROVISIONS.filter((provision) => provision.recommended);

export default defineRule({
  meta: {
    id: 'recommended-provision',
    category: 'missing-provision',
    severity: 'info',
    description: 'A provision recommended for documents of its kind is absent (outreach: U and T visa protection for victims).',
    messages: provisionMessages(RECOMMENDED),
    url: 'rules/docs/recommended-provision.md',
    citations: [citations.uVisa, citations.tVisa],
    kinds: ['outreach'],
  },
  docs: {
    rationale:
      'Victims who know that U and T visas exist are more likely to come forward and stay with a case. Outreach material does not have to explain the process, but it should say the protection exists.',
    compliant: ['Victims of some serious crimes may be able to get a U or T visa; ask the officer or a victim advocate.'],
  },
  document(context) {
    reportMissing(context, RECOMMENDED);
  },
  examples: {
    flagged: [
      {
        text: '# Safety Flyer\n\nYou can call us any time at 555-0100.',
        kind: 'outreach',
        output:
          '# Safety Flyer\n\nYou can call us any time at 555-0100.\n\n## Protection for victims\n\nVictims of some serious crimes, such as domestic violence, sexual assault and human trafficking, may be able to get a U or T visa. The Department can help by certifying that you helped with the case; you do not need an arrest or conviction.\n',
      },
    ],
    accepted: [{ text: '# Safety Flyer\n\nVictims of serious crimes may qualify for a U visa.', kind: 'outreach' }],
  },
});
