import type { DocumentKind } from './types.ts';

/**
 * Guesses the document kind from its title (the first non-empty line): general orders and policies,
 * bulletins and directives, or outreach material (handouts, flyers, "know your rights" pages).
 */
export function guessKind(text: string): DocumentKind {
  const head = text.slice(0, 2000);
  const title = (head.split('\n').find((line) => line.trim() !== '') ?? '').toLowerCase();
  if (/\b(?:bulletin|training key|roll[- ]call|memo(?:randum)?)\b/.test(title)) return 'bulletin';
  if (/\b(?:general order|special order|policy|procedure|directive|order)\b/.test(title)) return 'general-order';
  // Outreach speaks to residents as "you".
  const you = (head.match(/\byou(?:r)?\b/gi) ?? []).length;
  if (/\b(?:flyer|handout|know your rights|community|residents|brochure|faq)\b/.test(title) || you >= 3) return 'outreach';
  return 'general-order';
}
