import type { Rule } from '../core/rules/api.ts';
import certificationBarrier from './certification-barrier.ts';
import civilDetention from './civil-detention.ts';
import dehumanizingTerm from './dehumanizing-term.ts';
import detainer from './detainer.ts';
import documentDemand from './document-demand.ts';
import enforcementRole from './enforcement-role.ts';
import iceNotification from './ice-notification.ts';
import inclusiveLanguage from './inclusive-language.ts';
import languageAccess from './language-access.ts';
import missingProvision from './missing-provision.ts';
import plainLanguage from './plain-language.ts';
import profiling from './profiling.ts';
import recommendedProvision from './recommended-provision.ts';
import statusInquiry from './status-inquiry.ts';
import statusThreat from './status-threat.ts';
import weakProtection from './weak-protection.ts';
import { DATA_RULES } from './lexicon/lexicon.generated.ts';
import { dataRule } from './lib/data-rule.ts';

/** Every rule in the pack, in the order they run. */
export const rules: readonly Rule[] = [
  statusInquiry,
  documentDemand,
  profiling,
  civilDetention,
  detainer,
  iceNotification,
  enforcementRole,
  statusThreat,
  certificationBarrier,
  languageAccess,
  weakProtection,
  dehumanizingTerm,
  plainLanguage,
  inclusiveLanguage,
  // Rules that are only data (rules/data/*.yml).
  ...DATA_RULES.map(dataRule),
  missingProvision,
  recommendedProvision,
];
