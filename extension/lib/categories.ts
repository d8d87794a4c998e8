// Display names for categories, severities and kinds. Category names are the pack's (rules/categories.ts), the
// same the reporters are given, so the panel, the card and an exported report use the same words. (Not for the
// content script: the worker attaches the label to each finding instead.)
import { DIRECTIVE_LABEL, type Severity } from '../../core/types.ts';
import { CATEGORY_LABELS } from '../../rules/categories.ts';
import { DOCUMENT_KIND_META } from '../../rules/document-kind.ts';

export const categoryLabels: Readonly<Record<string, string>> = { ...CATEGORY_LABELS, directive: DIRECTIVE_LABEL };

export const severityLabels: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

export const severityOrder: Severity[] = ['error', 'warning', 'info'];

/** Document kind → the pack's name for it, capitalised for a menu ("General order"). */
export const kindLabels: Readonly<Record<string, string>> = Object.fromEntries(
  DOCUMENT_KIND_META.map((kind) => [kind.id, kind.label.charAt(0).toUpperCase() + kind.label.slice(1)]),
);
