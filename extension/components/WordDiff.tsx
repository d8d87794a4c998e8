// A word-level change rendered as React text (never as HTML). The words come from the reporters' redline, so the
// panel shows a change exactly as an exported report does.
import { wordChanges } from '../../core/reporters/redline.ts';
import type { RedlinePart } from '../../core/reporters/redline.ts';

/**
 * Word diffs already made, by their two texts: after an Apply the Problems list draws its rows again with the same
 * fixes (a row's diff took up to tens of milliseconds, profiled on the review page). Cleared when it grows large.
 */
const made = new Map<string, RedlinePart[]>();
const maxMade = 2000;

function cachedWordChanges(before: string, after: string): RedlinePart[] {
  const key = `${before}\u0000${after}`;
  let parts = made.get(key);
  if (!parts) {
    if (made.size >= maxMade) made.clear();
    parts = wordChanges(before, after);
    made.set(key, parts);
  }
  return parts;
}

export function WordDiff({ before, after }: { before: string; after: string }) {
  const parts = cachedWordChanges(before, after);
  return (
    <span className="diff">
      {parts.map((part, index) =>
        part.kind === 'ins' ? (
          <ins key={index}>{part.text}</ins>
        ) : part.kind === 'del' ? (
          <del key={index}>{part.text}</del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </span>
  );
}

/**
 * A few words of context around a range of `text`, for previews of changes. Only the text near the range is split
 * into words (the redline asks this of unchanged runs as long as the whole draft).
 */
export function contextAround(text: string, start: number, end: number, words = 6): { before: string; after: string } {
  return {
    before: lastWords(text.slice(0, start), words).replace(/^.*\n/s, ''),
    after: firstWords(text.slice(end), words).replace(/\n.*$/s, ''),
  };
}

/** The last `words` words of `text`, each with the whitespace before it. */
function lastWords(text: string, words: number): string {
  for (let reach = 256; ; reach *= 4) {
    const from = Math.max(0, text.length - reach);
    const pieces = text.slice(from).split(/(?<=\s)/);
    // Read from inside the text, the first piece may be part of a word: it must not be among those kept.
    if (from === 0 || pieces.length > words) return pieces.slice(-words).join('');
  }
}

/** The first `words` words of `text`, each with the whitespace after it. */
function firstWords(text: string, words: number): string {
  for (let reach = 256; ; reach *= 4) {
    const to = Math.min(text.length, reach);
    const pieces = text.slice(0, to).split(/(?=\s)/);
    if (to === text.length || pieces.length > words) return pieces.slice(0, words).join('');
  }
}
