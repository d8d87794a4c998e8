// The name an editor goes by in the panel: what the page shows or tells assistive technology about it.
const maxLabelChars = 80;

export function editorLabel(element: HTMLElement, fallback: string): string {
  const labelledBy = element
    .getAttribute('aria-labelledby')
    ?.split(/\s+/)
    .map((id) => element.ownerDocument.getElementById(id)?.textContent ?? '')
    .join(' ');
  const candidates = [
    element.getAttribute('aria-label'),
    labelledBy,
    'labels' in element ? (element as HTMLTextAreaElement).labels?.[0]?.textContent : undefined,
    element.getAttribute('placeholder'),
    element.getAttribute('title'),
    element.getAttribute('name'),
    element.id,
  ];
  const found = candidates.map((candidate) => candidate?.replace(/\s+/g, ' ').trim() ?? '').find((candidate) => candidate !== '');
  return (found ?? fallback).slice(0, maxLabelChars);
}
