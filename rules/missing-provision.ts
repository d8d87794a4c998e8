import { defineRule } from '../core/rules/api.ts';
import { citations } from './lib/citations.ts';
import { PROVISIONS, provisionMessages, reportMissing } from './lib/provisions.ts';

const REQUIRED = PROVISIONS.filter((provision) => !provision.recommended);

export default defineRule({
  meta: {
    id: 'missing-provision',
    category: 'missing-provision',
    severity: 'warning',
    description:
      'A provision that a document of its kind should contain is absent or stated only partly (one finding per provision, with a model section to insert).',
    messages: provisionMessages(REQUIRED),
    url: 'rules/docs/missing-provision.md',
    citations: [
      citations.sfGo515,
      citations.minneapolis,
      citations.caValuesAct,
      citations.washington,
      citations.uVisa,
      citations.tVisa,
      citations.certificationStatutes,
      citations.languageAccess,
      citations.taskForce,
    ],
  },
  docs: {
    rationale:
      'A trust policy works by what it promises. A general order without a rule on status inquiries or U visa certification leaves members to guess, and an outreach flyer that never says “we do not ask about your status” leaves residents afraid. Only a compliant statement counts: a permission to ask about status is not a status-inquiry provision.',
    compliant: [
      'General orders: status inquiries, civil immigration violations, bias-free policing, documents, detainers and administrative warrants, information sharing, 287(g) and enforcement operations, U and T visa certification procedure, language access, training and yearly distribution.',
      'Bulletins about U and T visas: the certifying official and the decision deadline.',
      'Outreach: officers do not ask about status; anyone can report a crime regardless of status; interpreters are free; how to reach the department.',
    ],
  },
  document(context) {
    reportMissing(context, REQUIRED);
  },
  examples: {
    flagged: [
      {
        text: '# Know Your Rights\n\nOfficers may ask about your immigration status. Anyone can report a crime, no matter their immigration status. Interpreters are free. Call 911.',
        kind: 'outreach',
        output:
          '# Know Your Rights\n\nOfficers may ask about your immigration status. Anyone can report a crime, no matter their immigration status. Interpreters are free. Call 911.\n\n## We do not ask about immigration status\n\nOur officers do not ask about your immigration status or where you were born.\n',
      },
      {
        text: '# Bulletin 4: U Visa Certification\n\nU visa certification requests go to the certifying official. Certification does not require a conviction.',
        kind: 'bulletin',
        output:
          '# Bulletin 4: U Visa Certification\n\nU visa certification requests go to the certifying official. Certification does not require a conviction.\n\n## Certifying official and deadline\n\nRequests for U visa certification or T visa declarations go to the Department’s designated certifying official, who decides each request within 90 days, or within 14 days when the victim is in removal proceedings.\n',
      },
    ],
    accepted: [
      {
        text: '# Community Safety Handout\n\nOur officers do not ask about your immigration status. Anyone can report a crime, no matter their immigration status. Interpreters are free. Call 911 in an emergency or 555-0142 for anything else.',
        kind: 'outreach',
      },
    ],
  },
});
