// Inputs built to hit super-linear paths (backtracking patterns, parser constructs, quadratic analyses), shared
// by the tests (at sizes where such a path would take minutes) and `npm run bench` (time when the input doubles).
import type { SourceFormat } from '../../core/types.ts';

export interface HostileInput {
  label: string;
  format: Exclude<SourceFormat, 'docx'>;
  /** The input at about `n` characters. */
  make(n: number): string;
  /** The size the tests use. */
  testSize: number;
}

const repeat = (unit: string, n: number) => unit.repeat(Math.max(1, Math.round(n / unit.length)));

export const HOSTILE_INPUTS: HostileInput[] = [
  { label: 'unclosed comment of non-breaking spaces', format: 'markdown', make: (n) => `<!--a${repeat('\u00a0', n)}b`, testSize: 50_000 },
  { label: 'run of apostrophes', format: 'text', make: (n) => `Officers may ask ${repeat("'", n)} a question?`, testSize: 400_000 },
  {
    label: 'hyphenated run before -speaking',
    format: 'text',
    make: (n) => `Officers stop drivers who speak Spanish ${repeat('m-', n)}speaking.`,
    testSize: 400_000,
  },
  { label: 'whitespace run inside a line', format: 'text', make: (n) => `Officers may ask${repeat(' ', n)}x`, testSize: 400_000 },
  { label: 'opening quotes', format: 'text', make: (n) => `Do not use the term ${repeat(' ‘', n)} illegal`, testSize: 200_000 },
  { label: 'emphasis marks before a colon', format: 'text', make: (n) => `${repeat('*', n)}`, testSize: 200_000 },
  { label: 'repeated <a ', format: 'markdown', make: (n) => repeat('<a ', n), testSize: 200_000 },
  { label: 'repeated *a _', format: 'markdown', make: (n) => repeat('*a _', n), testSize: 200_000 },
  { label: 'repeated [a](', format: 'markdown', make: (n) => repeat('[a](', n), testSize: 200_000 },
  { label: 'repeated ]', format: 'markdown', make: (n) => repeat(']', n), testSize: 200_000 },
  { label: 'reference definitions', format: 'markdown', make: (n) => repeat('[a]: b\n', n), testSize: 200_000 },
  { label: 'setext underlines', format: 'markdown', make: (n) => repeat('a\n=\n', n), testSize: 200_000 },
  { label: 'one sentence of clauses', format: 'text', make: (n) => `Officers may ask ${repeat('a; ', n)}`, testSize: 60_000 },
  { label: 'citation abbreviations', format: 'text', make: (n) => `Officers may ask. ${repeat('Pub. ', n)}`, testSize: 200_000 },
  { label: 'one sentence of words', format: 'markdown', make: (n) => `Deputies may ask ${repeat('who ', n)}`, testSize: 60_000 },
];
