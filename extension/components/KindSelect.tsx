// The document-kind selector of the panel and the review page: automatic (showing the guess) or a chosen kind.
import type { DocumentKind } from '../../core/types.ts';
import { DOCUMENT_KINDS } from '../../rules/document-kind.ts';
import { kindLabels } from '../lib/categories.ts';

export interface KindSelectProps {
  /** The kind the document is checked as now. */
  kind: DocumentKind;
  /** Whether the user chose it; otherwise it is the default or the engine's guess. */
  chosen: boolean;
  /** How the kind was decided ("the title names a bulletin (…)"), shown under the selector. */
  reason: string;
  onChoose(kind: DocumentKind | 'auto'): void;
  className?: string;
}

export function KindSelect({ kind, chosen, reason, onChoose, className }: KindSelectProps) {
  return (
    <label className={className}>
      <span>Document kind</span>
      <select
        aria-label="Document kind"
        value={chosen ? kind : 'auto'}
        onChange={(event) => onChoose(event.target.value as DocumentKind | 'auto')}
      >
        <option value="auto">Automatic ({kindLabels[kind]})</option>
        {DOCUMENT_KINDS.map((option) => (
          <option key={option} value={option}>
            {kindLabels[option]}
          </option>
        ))}
      </select>
      <small className="kind-reason" title={reason}>
        {reason}
      </small>
    </label>
  );
}
