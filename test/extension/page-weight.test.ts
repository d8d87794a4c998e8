// The extension's small pages (popup, options, side panel, rule page) show rule metadata from generated data
// (rules/pack-meta.ts, rules/pack-docs.ts) and never load the engine, which lives in the engine worker.
// Measured on the built extension: every chunk a page loads (script, module preloads, static and dynamic imports).
// The engine worker starts without the .docx reader and Word writer, which it imports only for a .docx.
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtension } from '../e2e/harness.ts';

// A string only the engine's code holds (core/engine.ts): minifiers keep string literals.
const ENGINE_MARKER = 'use lint() for .docx documents';
const BUDGET = 350_000;

/** Strings that only the .docx libraries' code holds, one per library (minifiers keep string literals). */
const DOCX_LIBRARIES = {
  mammoth: 'mammoth',
  jszip: 'Corrupted zip',
  fflate: 'invalid zip data',
  docx: 'docProps/app.xml',
};
/** What the engine worker loads before its first answer: 1.5 MB when it held the .docx code, about 0.85 MB without. */
const WORKER_START_BUDGET = 1_000_000;

/** A module's static imports (`import … from`, `import "…"`, `export … from`) and dynamic ones (`import(…)`). */
function importsOf(code: string): { static: string[]; dynamic: string[] } {
  const relative = /["'`](\.{1,2}\/[^"'`]+\.js)["'`]/.source;
  return {
    static: [...code.matchAll(new RegExp(`(?:\\bfrom|\\bimport)\\s*${relative}`, 'g'))].map((match) => match[1]!),
    dynamic: [...code.matchAll(new RegExp(`\\bimport\\s*\\(\\s*${relative}\\s*\\)`, 'g'))].map((match) => match[1]!),
  };
}

/** The files a module loads with it (itself and its static imports, recursively), and those it may import later. */
function moduleLoad(file: string): { now: Map<string, string>; later: Map<string, string> } {
  const walk = (starts: string[], known: Map<string, string>) => {
    const files = new Map<string, string>();
    const dynamic: string[] = [];
    const queue = [...starts];
    while (queue.length > 0) {
      const next = queue.pop()!;
      if (known.has(next) || files.has(next)) continue;
      const code = readFileSync(next, 'utf8');
      files.set(next, code);
      const imports = importsOf(code);
      queue.push(...imports.static.map((path) => resolve(dirname(next), path)));
      dynamic.push(...imports.dynamic.map((path) => resolve(dirname(next), path)));
    }
    return { files, dynamic };
  };
  const start = walk([file], new Map());
  let later = new Map<string, string>();
  for (let pending = start.dynamic; pending.length > 0; ) {
    const next = walk(pending, new Map([...start.files, ...later]));
    later = new Map([...later, ...next.files]);
    pending = next.dynamic;
  }
  return { now: start.files, later };
}

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

  it('the engine worker starts without the .docx libraries, which it loads from its own chunks for a .docx', () => {
    const { now, later } = moduleLoad(join(dir, 'engine-worker.js'));
    const holding = (files: Map<string, string>, marker: string) =>
      [...files].filter(([, code]) => code.includes(marker)).map(([file]) => file.slice(dir.length + 1));
    for (const [library, marker] of Object.entries(DOCX_LIBRARIES)) {
      expect(holding(now, marker), `${library} is loaded with the engine worker`).toEqual([]);
      expect(holding(later, marker).length, `${library} is not in the worker's chunks loaded on demand`).toBeGreaterThan(0);
    }
    const bytes = [...now.values()].reduce((sum, code) => sum + Buffer.byteLength(code), 0);
    expect(bytes, `the engine worker loads ${bytes} bytes in ${now.size} files`).toBeLessThan(WORKER_START_BUDGET);
  });

  it.each(['popup', 'options', 'sidepanel', 'rule'])('%s: no engine, under 350 kB of JavaScript', (page) => {
    const load = pageLoad(dir, page);
    expect(load.engine, `${page} loads the engine`).toBe(false);
    expect(load.bytes, `${page} loads ${load.bytes} bytes in ${load.chunks.length} chunks`).toBeLessThan(BUDGET);
  });
});
