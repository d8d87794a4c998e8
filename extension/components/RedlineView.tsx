// The redline of a reviewed draft: every change since it was opened, word by word (the reporters' own
// wordChanges), with long unchanged stretches folded so the changes read together.
import { wordChanges, type RedlinePart } from '../../core/reporters/redline.ts';
import { contextAround } from './WordDiff.tsx';
import { changeBetween } from '../lib/text-change.ts';

export interface ChangeHunk {
  /** Line of the changed draft where the hunk starts. */
  line: number;
  parts: RedlinePart[];
}

const lineBreaks = (text: string) => text.split('\n').length - 1;
const isSpace = (character: string | undefined) => character !== undefined && /\s/.test(character);

/**
 * The word changes from `before` to `after`, diffed only between their common start and end (cut at spaces, so
 * words stay whole): after a fix or two, a 25k-word draft is compared in a few words, not word by word throughout.
 */
function changedParts(before: string, after: string): RedlinePart[] {
  const change = changeBetween(before, after);
  let start = change.start;
  let end = before.length - change.end;
  while (start > 0 && !isSpace(before[start - 1])) start--;
  while (end > 0 && !isSpace(before[before.length - end])) end--;
  const parts: RedlinePart[] = [];
  const push = (part: RedlinePart) => {
    const last = parts.at(-1);
    if (part.text === '') return;
    if (last?.kind === 'same' && part.kind === 'same') last.text += part.text;
    else parts.push({ ...part });
  };
  push({ kind: 'same', text: before.slice(0, start) });
  for (const part of wordChanges(before.slice(start, before.length - end), after.slice(start, after.length - end))) push(part);
  push({ kind: 'same', text: before.slice(before.length - end) });
  return parts;
}

/** The changes from `before` to `after`, each with a few words of unchanged context; the rest is folded. */
export function changeHunks(before: string, after: string, contextWords = 8): ChangeHunk[] {
  const parts = changedParts(before, after);
  const hunks: ChangeHunk[] = [];
  let open: ChangeHunk | undefined;
  /** Unchanged words just before the next change, and the line they are on. */
  let lead: ChangeHunk | undefined;
  /** Line of the changed draft where the current part starts. */
  let line = 1;
  parts.forEach((part, index) => {
    if (part.kind !== 'same') {
      if (!open) {
        open = lead ?? { line, parts: [] };
        hunks.push(open);
        lead = undefined;
      }
      open.parts.push(part);
    } else {
      const last = index === parts.length - 1;
      const head = open ? contextAround(part.text, 0, 0, contextWords).after : '';
      const tail = last ? '' : contextAround(part.text, part.text.length, part.text.length, contextWords).before;
      if (open && !last && head.length + tail.length >= part.text.length) {
        open.parts.push(part);
      } else {
        if (open && head) open.parts.push({ kind: 'same', text: head });
        open = undefined;
        lead = tail ? { line: line + lineBreaks(part.text), parts: [{ kind: 'same', text: tail }] } : undefined;
      }
    }
    if (part.kind !== 'del') line += lineBreaks(part.text);
  });
  return hunks;
}

export function RedlineView({ hunks }: { hunks: ChangeHunk[] }) {
  if (hunks.length === 0) return <p className="empty">No changes yet. Fixes you apply show here against the draft as opened.</p>;
  return (
    <ol className="hunks" aria-label="Changes against the original">
      {hunks.map((hunk, index) => (
        <li className="hunk" key={index}>
          <span className="hunk-line">Ln {hunk.line}</span>
          <span className="hunk-text">
            {hunk.parts.map((part, partIndex) =>
              part.kind === 'ins' ? (
                <ins key={partIndex}>{part.text}</ins>
              ) : part.kind === 'del' ? (
                <del key={partIndex}>{part.text}</del>
              ) : (
                <span key={partIndex}>{part.text}</span>
              ),
            )}
          </span>
        </li>
      ))}
    </ol>
  );
}
