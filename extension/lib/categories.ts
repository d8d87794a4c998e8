// Display names for categories, severities and kinds. Category names are the pack's (rules/categories.ts), the
// same the reporters are given, so the panel, the card and an exported report use the same words. (Not for the
// content script: the worker attaches the label to each finding instead.)
import type { Severity } from '../../core/index.ts';

export { CATEGORY_LABELS as categoryLabels } from '../../rules/categories.ts';

export const severityLabels: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

export const severityOrder: Severity[] = ['error', 'warning', 'info'];

export const kindLabels = { 'general-order': 'General order', bulletin: 'Bulletin', outreach: 'Outreach material' } as const;
