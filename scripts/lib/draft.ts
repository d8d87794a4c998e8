// A long draft for benchmarks, built from the shipped examples.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const examplesDir = join(import.meta.dirname, '../../examples');

/** A markdown draft of about `words` words, every paragraph made unique (identical blocks share one analysis). */
export function draftOf(words: number): string {
  const examples = readdirSync(examplesDir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => readFileSync(join(examplesDir, name), 'utf8'));
  const out: string[] = [];
  let count = 0;
  for (let round = 1; count < words; round++) {
    for (const example of examples) {
      for (const block of example.split(/\n{2,}/)) {
        const numbered = /^\s*(?:[-*]|\d+\.)\s/.test(block) || block.startsWith('#') ? block : `${round}.${out.length} ${block}`;
        out.push(numbered);
        count += block.split(/\s+/).length;
      }
    }
  }
  return `${out.join('\n\n')}\n`;
}

interface LabelledSentence {
  label: 'violation' | 'compliant';
  text: string;
}

/** The project's own labelled sentences (the held-out sets), violations and compliant ones apart. */
function heldOutSentences(): { violations: string[]; compliant: string[] } {
  const fixtures = join(import.meta.dirname, '../../test/fixtures');
  const sentences = readdirSync(fixtures)
    .map((name) => join(fixtures, name, 'sentences.jsonl'))
    .filter((file) => file.includes('heldout-') && existsSync(file))
    .flatMap((file) => readFileSync(file, 'utf8').split('\n'))
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledSentence);
  return {
    violations: sentences.filter((sentence) => sentence.label === 'violation').map((sentence) => sentence.text),
    compliant: sentences.filter((sentence) => sentence.label === 'compliant').map((sentence) => sentence.text),
  };
}

/**
 * A draft of about `words` words dense with findings: every paragraph is policy sentences, one in three a violation,
 * with a numbered heading every ten paragraphs. Paragraphs are numbered so no two are the same block.
 */
export function denseDraftOf(words: number): string {
  const { violations, compliant } = heldOutSentences();
  const out: string[] = [];
  let count = 0;
  let next = 0;
  for (let paragraph = 0; count < words; paragraph++) {
    if (paragraph % 10 === 0) out.push(`## ${paragraph / 10 + 1}. Section`);
    const sentences: string[] = [];
    for (let i = 0; i < 6; i++, next++) {
      const source = next % 3 === 0 ? violations : compliant;
      sentences.push(source[next % source.length]!);
    }
    const text = `${paragraph + 1}. ${sentences.join(' ')}`;
    out.push(text);
    count += text.split(/\s+/).length;
  }
  return `${out.join('\n\n')}\n`;
}

/** `count` small drafts of about `words` words each, alternating dense paragraphs and the examples' sparse ones. */
export function smallDrafts(count: number, words: number): string[] {
  const sources = [denseDraftOf(count * words), draftOf(count * words)].map((text) => text.split('\n\n'));
  const taken = [0, 0];
  return Array.from({ length: count }, (_, index) => {
    const source = sources[index % 2]!;
    const blocks = [`# Draft ${index + 1}`];
    for (let total = 0; total < words && taken[index % 2]! < source.length; ) {
      const block = source[taken[index % 2]!++]!;
      blocks.push(block);
      total += block.split(/\s+/).length;
    }
    return `${blocks.join('\n\n')}\n`;
  });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]!;
}
