// A long draft for benchmarks, built from the shipped examples.
import { readdirSync, readFileSync } from 'node:fs';
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

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]!;
}
