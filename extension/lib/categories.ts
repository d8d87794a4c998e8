// Display names for the core's categories and severities.
import type { CategoryId, Severity } from '../../core/index.ts';

export const categoryLabels: Record<CategoryId, string> = {
  'status-inquiry': 'Immigration-status inquiry',
  'document-demand': 'Document demands',
  profiling: 'Profiling by appearance or language',
  'civil-detention': 'Civil immigration detention',
  detainer: 'Detainers and holds',
  'ice-notification': 'Notification of immigration authorities',
  'enforcement-role': 'Immigration-enforcement role',
  'status-threat': 'Threats tied to status',
  'certification-barrier': 'U/T visa certification barriers',
  'language-access': 'Language access',
  'dehumanizing-term': 'Dehumanizing terms',
  'missing-provision': 'Missing provisions',
  'inclusive-language': 'Inclusive language',
  'plain-language': 'Plain language',
};

export const severityLabels: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

export const severityOrder: Severity[] = ['error', 'warning', 'info'];

export const kindLabels = { 'general-order': 'General order', bulletin: 'Bulletin', outreach: 'Outreach material' } as const;
