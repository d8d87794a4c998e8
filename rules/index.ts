import type { Rule } from '../core/rules/api.ts';
import civilDetention from './civil-detention.ts';
import detainer from './detainer.ts';
import documentDemand from './document-demand.ts';
import enforcementRole from './enforcement-role.ts';
import iceNotification from './ice-notification.ts';
import inclusiveLanguage from './inclusive-language.ts';
import profiling from './profiling.ts';
import statusInquiry from './status-inquiry.ts';

/** Every rule in the pack, in the order they run. */
export const rules: readonly Rule[] = [statusInquiry, documentDemand, profiling, civilDetention, detainer, iceNotification, enforcementRole, inclusiveLanguage];
