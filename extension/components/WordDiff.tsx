// A word-level change rendered as React text (never as HTML). The words come from the reporters' redline, so the
// panel shows a change exactly as an exported report does.
import { wordChanges } from '../../core/reporters/redline.ts';

export function WordDiff({ before, after }: { before: string; after: string }) {
  const parts = wordChanges(before, after);
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

/** A few words of context around a range of `text`, for previews of changes. */
export function contextAround(text: string, start: number, end: number, words = 6): { before: string; after: string } {
  const before = text
    .slice(0, start)
    .split(/(?<=\s)/)
    .slice(-words)
    .join('');
  const after = text
    .slice(end)
    .split(/(?=\s)/)
    .slice(0, words)
    .join('');
  return { before: before.replace(/^.*\n/s, ''), after: after.replace(/\n.*$/s, '') };
}
