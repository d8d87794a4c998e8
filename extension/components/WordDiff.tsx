// A word-level diff rendered as React text (never as HTML).
import { diffWords } from 'diff';

export function WordDiff({ before, after }: { before: string; after: string }) {
  return (
    <span className="diff">
      {diffWords(before, after).map((part, index) =>
        part.added ? <ins key={index}>{part.value}</ins> : part.removed ? <del key={index}>{part.value}</del> : <span key={index}>{part.value}</span>,
      )}
    </span>
  );
}

/** A few words of context around a range of `text`, for previews of changes. */
export function contextAround(text: string, start: number, end: number, words = 6): { before: string; after: string } {
  const before = text.slice(0, start).split(/(?<=\s)/).slice(-words).join('');
  const after = text.slice(end).split(/(?=\s)/).slice(0, words).join('');
  return { before: before.replace(/^.*\n/s, ''), after: after.replace(/\n.*$/s, '') };
}
