// Marks in rich-text editors through the CSS Custom Highlight API: ranges are painted, the DOM is untouched.
import type { Severity } from '../../core/index.ts';

const names: Record<Severity | 'revealed', string> = {
  error: 'trustlint-error',
  warning: 'trustlint-warning',
  info: 'trustlint-info',
  revealed: 'trustlint-revealed',
};

const css = `
::highlight(trustlint-error) { text-decoration: underline wavy #e51400; text-decoration-skip-ink: none; text-underline-offset: 3px; }
::highlight(trustlint-warning) { text-decoration: underline wavy #bf8803; text-decoration-skip-ink: none; text-underline-offset: 3px; }
::highlight(trustlint-info) { text-decoration: underline dotted #1a85ff; text-decoration-skip-ink: none; text-underline-offset: 3px; }
::highlight(trustlint-revealed) { background-color: rgba(255, 210, 0, 0.35); }
`;

type Owner = object;
const rangesByOwner = new Map<Owner, Map<Severity | 'revealed', Range[]>>();

function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

function installStyles(): void {
  if (document.querySelector('style[data-trustlint-highlights]')) return;
  // The ::highlight() rules must live in the page's document: shadow-root styles do not reach the editor.
  const style = document.createElement('style');
  style.dataset.trustlintHighlights = '';
  style.textContent = css;
  (document.head ?? document.documentElement).append(style);
}

/** Replaces one owner's (one editor's) ranges and repaints every highlight. */
export function setHighlights(owner: Owner, ranges: Map<Severity | 'revealed', Range[]>): void {
  if (!highlightsSupported()) return;
  installStyles();
  if (ranges.size === 0) rangesByOwner.delete(owner);
  else rangesByOwner.set(owner, ranges);
  for (const [key, name] of Object.entries(names) as Array<[Severity | 'revealed', string]>) {
    const all = [...rangesByOwner.values()].flatMap((byKey) => byKey.get(key) ?? []);
    if (all.length === 0) CSS.highlights.delete(name);
    else CSS.highlights.set(name, new Highlight(...all));
  }
}
