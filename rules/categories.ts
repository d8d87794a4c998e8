import type { CategoryMeta } from '../core/pack.ts';

/** The categories of the trust-policy pack, in the order reports list them, with the names reports show. */
export const CATEGORIES: readonly CategoryMeta[] = [
  { id: 'status-inquiry', label: 'Immigration status inquiries' },
  { id: 'document-demand', label: 'Demands for status documents' },
  { id: 'profiling', label: 'Profiling by appearance, accent or language' },
  { id: 'civil-detention', label: 'Detention for civil immigration matters' },
  { id: 'detainer', label: 'Immigration detainers and holds' },
  { id: 'ice-notification', label: 'Notifying or sharing with immigration authorities' },
  { id: 'enforcement-role', label: 'Taking part in immigration enforcement' },
  { id: 'status-threat', label: 'Threats based on immigration status' },
  { id: 'certification-barrier', label: 'Barriers to U and T visa certification' },
  { id: 'language-access', label: 'Language access' },
  { id: 'dehumanizing-term', label: 'Dehumanizing terms' },
  { id: 'missing-provision', label: 'Missing provisions' },
  { id: 'inclusive-language', label: 'Inclusive language' },
  { id: 'plain-language', label: 'Plain language' },
];

export const CATEGORY_IDS: readonly string[] = CATEGORIES.map((category) => category.id);

/** Category id → the name reports show. */
export const CATEGORY_LABELS: Readonly<Record<string, string>> = Object.fromEntries(CATEGORIES.map(({ id, label }) => [id, label]));
