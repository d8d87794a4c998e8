// The extension's small pages (popup, options, side panel, rule page) show rule metadata from generated data
// (rules/pack-meta.ts, rules/pack-docs.ts) and never load the engine, which lives in the engine worker.
// Measured on the built extension: every chunk a page loads (script, module preloads, static and dynamic imports).
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtension } from '../e2e/harness.ts';

// A string only the engine's code holds (core/engine.ts): minifiers keep string literals.
const ENGINE_MARKER = 'use lint() for .docx documents';
const BUDGET = 350_000;

interface PageLoad {
  bytes: number;
  chunks: string[];
  engine: boolean;
}

function pageLoad(dir: string, page: string): PageLoad {
  const html = readFileSync(join(dir, `${page}.html`), 'utf8');
  const queue = [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((match) => resolve(join(dir, match[1]!)));
  const seen = new Set<string>();
  let bytes = 0;
  let engine = false;
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    bytes += Buffer.byteLength(code);
    if (code.includes(ENGINE_MARKER)) engine = true;
    for (const match of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g))
      queue.push(resolve(dirname(file), match[1]!));
  }
  return { bytes, chunks: [...seen], engine };
}

describe('extension pages load no engine', () => {
  let dir = '';
  beforeAll(() => {
    dir = buildExtension();
  }, 180_000);
  afterAll(() => rmSync(dirname(dir), { recursive: true, force: true }));

  it('the marker finds the engine where it is (the engine worker), not in the service worker nor the review page, which checks and makes its .docx in that worker', () => {
    expect(readFileSync(join(dir, 'engine-worker.js'), 'utf8')).toContain(ENGINE_MARKER);
    expect(pageLoad(dir, 'review').engine).toBe(false);
    expect(readFileSync(join(dir, 'background.js'), 'utf8')).not.toContain(ENGINE_MARKER);
  });

  it.each(['popup', 'options', 'sidepanel', 'rule'])('%s: no engine, under 350 kB of JavaScript', (page) => {
    const load = pageLoad(dir, page);
    expect(load.engine, `${page} loads the engine`).toBe(false);
    expect(load.bytes, `${page} loads ${load.bytes} bytes in ${load.chunks.length} chunks`).toBeLessThan(BUDGET);
  });
});
