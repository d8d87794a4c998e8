// Export of the current document's findings with the CLI's own reporters (HTML, JSON, SARIF).
import { browser } from 'wxt/browser';
import { formatHtml, formatJSON, formatSarif, type ReportedFile } from '../../core/reporters/index.ts';
import type { DocumentState } from '../lib/messages.ts';
import type { Citation } from '../../core/types.ts';
import { CATEGORIES } from '../../rules/categories.ts';
import { DOCUMENT_KIND_META } from '../../rules/document-kind.ts';
import { ruleMeta } from '../../rules/pack-meta.ts';

type Format = 'html' | 'json' | 'sarif';

const formats: Record<Format, { label: string; extension: string; type: string }> = {
  html: { label: 'HTML report', extension: 'html', type: 'text/html' },
  json: { label: 'JSON', extension: 'json', type: 'application/json' },
  sarif: { label: 'SARIF', extension: 'sarif', type: 'application/sarif+json' },
};

/** Findings travel without their rule's sources (they would double every message); reports put them back. */
const citationsOf = (ruleId: string): Citation[] => ruleMeta.find((meta) => meta.id === ruleId)?.citations ?? [];

function reportFor(
  document: Pick<DocumentState, 'title' | 'url' | 'text' | 'format' | 'kind' | 'kindReason' | 'findings'>,
  format: Format,
): string {
  const file: ReportedFile = {
    path: document.title || document.url,
    text: document.text,
    format: document.format,
    kind: document.kind,
    kindReason: document.kindReason,
    findings: document.findings.map(({ id: _id, fingerprint: _fingerprint, categoryLabel: _label, ...finding }) => ({
      ...finding,
      citations: citationsOf(finding.ruleId),
    })),
  };
  const toolVersion = browser.runtime.getManifest().version;
  if (format === 'html')
    return formatHtml([file], {
      toolVersion,
      meta: { rules: ruleMeta, categories: CATEGORIES, kinds: DOCUMENT_KIND_META },
      generated: new Date().toISOString().slice(0, 10),
    });
  if (format === 'sarif') return formatSarif([file], { toolVersion, rules: ruleMeta });
  return formatJSON([file]);
}

export function download(name: string, content: string | Uint8Array<ArrayBuffer>, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ExportMenu({ document: state }: { document: Parameters<typeof reportFor>[0] }) {
  const exportAs = (format: Format) => {
    const { extension, type } = formats[format];
    const base = (state.title || 'draft').replace(/[^\w.-]+/g, '-').slice(0, 60);
    download(`${base}.trustlint.${extension}`, reportFor(state, format), type);
  };
  return (
    <div className="export" role="group" aria-label="Export report">
      <span>Export</span>
      {(Object.keys(formats) as Format[]).map((format) => (
        <button key={format} type="button" aria-label={`Export ${formats[format].label}`} onClick={() => exportAs(format)}>
          {format.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
