/**
 * Writes `phrase` in the case pattern of `written`: ALL CAPS, Title Case (every word capitalised, as in
 * headings), a capitalised first word, or lower case.
 */
export function matchCase(written: string, phrase: string): string {
  const letters = written.replace(/[^A-Za-z]/g, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return phrase.toUpperCase();
  const words = written.split(/[\s-]+/).filter(Boolean);
  if (words.length > 1 && words.every((word) => /^[A-Z]/.test(word))) return phrase.replace(/\b[a-z]/g, (letter) => letter.toUpperCase());
  if (/^[A-Z]/.test(written)) return phrase.charAt(0).toUpperCase() + phrase.slice(1);
  return phrase;
}
